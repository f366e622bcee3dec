/**
 * Jekyll's YAML parser accepted a quoted value whose later lines start at the left margin
 * (paragraphs inside `statement: "…"`, a leader title broken over two lines); the YAML
 * specification, and the `yaml` package, do not. This indents such lines so the value reads as
 * Jekyll read it, and says which keys needed it. Line numbers do not change.
 */
import { readFrontMatterEntries, type FrontMatterEntries } from '../collections/front-matter.ts';

export interface QuotedLines {
  yaml: string;
  /** Keys whose quoted value ran over unindented lines. */
  keys: string[];
}

/** Index just after the quote that closes a `quote`-quoted scalar starting at `from`, or -1 when the line ends first. */
function closingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') {
      i++;
    } else if (c === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

export function indentQuotedContinuations(yaml: string): QuotedLines {
  const lines = yaml.split('\n');
  const keys: string[] = [];
  let open: { key: string; quote: string } | undefined;
  lines.forEach((line, n) => {
    if (open) {
      const indented = line.trim() !== '' && !/^\s/.test(line) ? `  ${line}` : line;
      if (indented !== line) {
        lines[n] = indented;
        if (!keys.includes(open.key)) keys.push(open.key);
      }
      if (closingQuote(indented, 0, open.quote) >= 0) open = undefined;
      return;
    }
    const [start, key = '', quote = ''] = /^([^\s#][^:#]*?):[ \t]+(["'])/.exec(line) ?? [];
    if (start && closingQuote(line, start.length, quote) < 0) open = { key: key.trim(), quote };
  });
  return { yaml: lines.join('\n'), keys };
}

/** A legacy file's front matter as Jekyll read it: by the site's one reader, unindented quoted lines indented first. */
export const readLegacyFrontMatter = (source: string): FrontMatterEntries => readFrontMatterEntries(source, indentQuotedContinuations);
