/**
 * The one reader of content front matter. `readFrontMatter` reads a site content file strictly
 * (the content check, the build's loader, the importer's self-check and the tests use it);
 * `readFrontMatterEntries` reads a legacy file leniently, keeping every duplicate key, for the importer.
 */
import { isAlias, isMap, isNode, isPair, isScalar, parseDocument, visit, type Document } from 'yaml';

export type FrontMatter = { ok: true; data: unknown; body: string; bodyLine: number } | { ok: false; problems: string[] };

/** The YAML between the opening and closing `---` lines, and the Markdown after them. */
export function splitFrontMatter(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  const yaml = match?.[1];
  if (!match || yaml === undefined) return undefined;
  return { yaml, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1) };
}

/** Keys that would reach an object's prototype in a careless consumer. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Line (from 1, counted in the whole file) of `offset` within the YAML block. */
const lineOf = (yaml: string, offset: number) => yaml.slice(0, offset).split('\n').length + 1;

/**
 * YAML features a content file has no use for and that make a value mean something other than
 * what it shows: tags (`!!js/function`), anchors and aliases (`&a`, `*a`), merge keys (`<<`),
 * and keys that name an object's prototype.
 */
function refusedYaml(document: Document, yaml: string): string[] {
  const problems: string[] = [];
  const at = (node: { range?: [number, number, number] | null | undefined }) => `front matter line ${lineOf(yaml, node.range?.[0] ?? 0)}`;
  visit(document, (_key, node) => {
    if (isAlias(node)) {
      problems.push(`${at(node)}: YAML aliases ("*${node.source}") are not allowed; write the value out`);
      return;
    }
    if (isPair(node) && isScalar(node.key)) {
      const key = String(node.key.value);
      if (key === '<<') problems.push(`${at(node.key)}: YAML merge keys ("<<") are not allowed; write the keys out`);
      if (PROTOTYPE_KEYS.has(key)) problems.push(`${at(node.key)}: "${key}" is not allowed as a key`);
      return;
    }
    if ((isScalar(node) || isMap(node) || (node && typeof node === 'object' && 'items' in node)) && node && typeof node === 'object') {
      const { tag, anchor } = node as { tag?: string; anchor?: string };
      const where = node as { range?: [number, number, number] };
      if (anchor) problems.push(`${at(where)}: YAML anchors ("&${anchor}") are not allowed; write the value out`);
      if (tag) problems.push(`${at(where)}: YAML tags ("${tag.replace(/^tag:yaml\.org,2002:/, '!!')}") are not allowed; write the plain value`);
    }
  });
  return problems;
}

/**
 * Reads the YAML front matter of a Markdown file strictly: duplicate keys are errors,
 * because a lenient parser would silently keep only the last value.
 */
export function readFrontMatter(source: string): FrontMatter {
  const split = splitFrontMatter(source);
  if (!split) return { ok: false, problems: ['front matter: expected the file to start with a block between "---" lines'] };
  const { yaml } = split;
  const document = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false, merge: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const offset = error.pos[0];
        const key = /^[^:\n]+/.exec(yaml.slice(offset))?.[0]?.trim();
        const message = error.code === 'DUPLICATE_KEY' && key ? `"${key}" appears more than once; keep one` : error.message.split('\n', 1)[0];
        return `front matter line ${lineOf(yaml, offset)}: ${message}`;
      }),
    };
  }
  const refused = refusedYaml(document, yaml);
  if (refused.length > 0) return { ok: false, problems: refused };
  return { ok: true, data: document.toJS(), body: split.body, bodyLine: split.bodyLine };
}

/** One `key: value` of the front matter, as written. */
export interface FrontMatterEntry {
  key: string;
  value: unknown;
  /** Line in the file (the opening `---` is line 1). */
  line: number;
  /** The value was written over more than one line of the file. */
  multiline: boolean;
}

export type FrontMatterEntries =
  { ok: true; entries: FrontMatterEntry[]; body: string; /** Keys whose YAML `prepare` rewrote. */ prepared: string[] } | { ok: false; problems: string[] };

/**
 * Reads front matter leniently: duplicate keys are kept, every occurrence in order, with its line,
 * so that nothing is lost silently on the way in. `prepare` may rewrite the YAML first (the importer
 * indents Jekyll's unindented quoted lines) and says which keys it touched.
 */
export function readFrontMatterEntries(
  source: string,
  prepare: (yaml: string) => { yaml: string; keys: string[] } = (yaml) => ({ yaml, keys: [] }),
): FrontMatterEntries {
  const split = splitFrontMatter(source);
  if (!split) return { ok: false, problems: ['front matter: expected the file to start with a block between "---" lines'] };
  const { body } = split;
  const { yaml, keys: prepared } = prepare(split.yaml);
  const document = parseDocument(yaml, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  if (document.errors.length > 0) {
    return { ok: false, problems: document.errors.map((error) => `front matter line ${lineOf(yaml, error.pos[0])}: ${error.message.split('\n', 1)[0]}`) };
  }
  if (document.contents === null) return { ok: true, entries: [], body, prepared };
  if (!isMap(document.contents)) return { ok: false, problems: ['front matter: expected keys and values'] };
  const entries: FrontMatterEntry[] = [];
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
      line: lineOf(yaml, start),
      multiline: Boolean(range && isScalar(valueNode) && yaml.slice(range[0], range[1]).includes('\n')),
    });
  }
  return { ok: true, entries, body, prepared };
}
