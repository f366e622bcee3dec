import { parseDocument } from 'yaml';

export type FrontMatter =
  | { ok: true; data: unknown; body: string }
  | { ok: false; problems: string[] };

/** The YAML between the opening and closing `---` lines, and the Markdown after them. */
export function splitFrontMatter(source: string): { yaml: string; body: string } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? { yaml: match[1]!, body: source.slice(match[0].length) } : undefined;
}

/**
 * Reads the YAML front matter of a Markdown file strictly: duplicate keys are errors,
 * because a lenient parser would silently keep only the last value.
 */
export function readFrontMatter(source: string): FrontMatter {
  const split = splitFrontMatter(source);
  if (!split) return { ok: false, problems: ['front matter: expected the file to start with a block between "---" lines'] };
  const { yaml } = split;
  const document = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const offset = error.pos[0];
        // +2: the file's line numbers start at 1, after the opening `---`.
        const line = yaml.slice(0, offset).split('\n').length + 1;
        const key = /^[^:\n]+/.exec(yaml.slice(offset))?.[0]?.trim();
        const message = error.code === 'DUPLICATE_KEY' && key ? `"${key}" appears more than once; keep one` : error.message.split('\n', 1)[0];
        return `front matter line ${line}: ${message}`;
      }),
    };
  }
  return { ok: true, data: document.toJS(), body: split.body };
}
