/**
 * What in a Markdown body the site will not publish: raw HTML (the site renders Markdown only)
 * and links whose target runs script or embeds data. Found with a Markdown parser, so that code
 * spans, code blocks and escaped `<` are not mistaken for HTML.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Note } from './types.ts';

interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  position?: { start: { line: number } };
  children?: MarkdownNode[];
}

const parser = unified().use(remarkParse);

// Browsers ignore ASCII whitespace and control characters inside a scheme (`java\tscript:`).
const UNSAFE_SCHEME = /^(javascript|vbscript|data):/;
const schemeOf = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Tags opened in one piece of raw HTML, each with its line offset within it. */
function tagsIn(html: string): { offset: number; tag: string }[] {
  const tags: { offset: number; tag: string }[] = [];
  for (const match of html.matchAll(/<!--|<([A-Za-z][A-Za-z0-9-]*)/g)) {
    const offset = html.slice(0, match.index).split('\n').length - 1;
    tags.push({ offset, tag: match[1] ? `<${match[1].toLowerCase()}>` : '<!-- -->' });
  }
  return tags;
}

/**
 * Warnings for `body`, with line numbers in the source file: `firstLine` is the file's line on
 * which the body starts.
 */
export function unsafeMarkdown(body: string, firstLine = 1): Note[] {
  const html = new Map<number, string[]>();
  const links: { line: number; message: string }[] = [];
  const visit = (node: MarkdownNode) => {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    // Only opening tags are named: a lone closing tag closes one already reported.
    if (node.type === 'html' && node.value) {
      for (const { offset, tag } of tagsIn(node.value)) {
        const tags = html.get(line + offset) ?? [];
        if (!tags.includes(tag)) html.set(line + offset, [...tags, tag]);
      }
    }
    if (node.url !== undefined && UNSAFE_SCHEME.test(schemeOf(node.url))) {
      const what = node.type === 'image' ? 'image source' : 'link target';
      links.push({ line, message: `line ${line}: ${what} ${JSON.stringify(shorten(node.url))} will not be published` });
    }
    node.children?.forEach(visit);
  };
  visit(parser.parse(body) as MarkdownNode);
  return [...[...html].map(([line, tags]) => ({ line, message: `line ${line}: raw HTML ${tags.join(', ')} will not be published` })), ...links]
    .sort((a, b) => a.line - b.line)
    .map(({ message }) => ({ message }));
}
