/**
 * Reads legacy front matter leniently: duplicate keys are kept, every occurrence in order, with
 * its line, so that later steps can place or report each value. (The site's own reader refuses
 * duplicates; this one exists so that nothing is lost silently on the way in.)
 */
import { isMap, isNode, isScalar, parseDocument } from 'yaml';
import { splitFrontMatter } from '../content-check/front-matter.ts';
import { indentQuotedContinuations } from './quoted-lines.ts';

/** One `key: value` of the front matter, as written. */
export interface LegacyEntry {
  key: string;
  value: unknown;
  /** Line in the file (the opening `---` is line 1). */
  line: number;
  /** The value was written over more than one line of the file. */
  multiline: boolean;
}

export type LegacyFrontMatter =
  | { ok: true; entries: LegacyEntry[]; body: string; /** Keys whose quoted value ran over unindented lines (read as Jekyll read them). */ unindented: string[] }
  | { ok: false; problems: string[] };

export function readLegacyFrontMatter(source: string): LegacyFrontMatter {
  const split = splitFrontMatter(source);
  if (!split) return { ok: false, problems: ['front matter: expected the file to start with a block between "---" lines'] };
  const { body } = split;
  const { yaml, keys: unindented } = indentQuotedContinuations(split.yaml);
  const document = parseDocument(yaml, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  const lineOf = (offset: number) => yaml.slice(0, offset).split('\n').length + 1;
  if (document.errors.length > 0) {
    return { ok: false, problems: document.errors.map((error) => `front matter line ${lineOf(error.pos[0])}: ${error.message.split('\n', 1)[0]}`) };
  }
  if (document.contents === null) return { ok: true, entries: [], body, unindented };
  if (!isMap(document.contents)) return { ok: false, problems: ['front matter: expected keys and values'] };
  const entries: LegacyEntry[] = [];
  for (const pair of document.contents.items) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const valueNode = pair.value;
    const value: unknown = isNode(valueNode) ? valueNode.toJS(document) : valueNode;
    const range = isNode(valueNode) ? valueNode.range : undefined;
    const start = (isScalar(keyNode) ? keyNode.range?.[0] : undefined) ?? range?.[0] ?? 0;
    entries.push({
      key,
      value: value ?? null,
      line: lineOf(start),
      multiline: Boolean(range && isScalar(valueNode) && yaml.slice(range[0], range[1]).includes('\n')),
    });
  }
  return { ok: true, entries, body, unindented };
}
