/**
 * What a post body holds that the site does not publish, found and removed in one pass so the
 * page and the content check's warnings cannot disagree.
 */
import type { Definition, Nodes, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import { describeRawHtml } from './raw-html.ts';
import { markdownSyntax } from './syntax.ts';
import { IMAGE_RULE, isAllowedImage, isAllowedLink, LINK_RULE, publishedUrl, quoteUrl } from './url-rule.ts';

/** One construct left out of the page. */
export interface Refused {
  /** Line in the Markdown given (1-based), or counted from `firstLine` when one is given. */
  line: number;
  /** Plain language, such as `raw HTML <script> is not published`. */
  what: string;
}

/** Nodes whose children are blocks: raw HTML in them is a whole HTML block, closing tag included. */
const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/** An inline opening tag of an element whose content is code or inert, not text for readers. */
const HIDDEN_CONTENT = /^<(script|style|template)(?=[\s/>])[^]*>$/i;

interface Found extends Refused {
  column: number;
}

const parser = unified().use(markdownSyntax);

function definitionsOf(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  const visit = (node: Nodes) => {
    // CommonMark: the first definition of a label wins.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return definitions;
}

/**
 * Removes from `tree` (Markdown as read by `markdownSyntax`) every raw HTML node, every link whose
 * address is not allowed (its text stays) and every image whose address is not allowed, and says
 * what went, in document order. Lines count from `firstLine` for the tree's first line. Addresses that
 * stay are written as the browser reads them (`publishedUrl`).
 */
export function dropRefused(tree: Root, firstLine = 1): Refused[] {
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + firstLine - 1;
  const definitions = definitionsOf(tree);
  const found: Found[] = [];
  const refuse = (node: Nodes, what: string, line = lineOf(node)) => {
    found.push({ line, column: node.position?.start.column ?? 1, what });
  };
  const definedOn = (definition: Definition) => ` (defined on line ${lineOf(definition)})`;

  // In a paragraph, `<script>` and `</script>` are separate nodes with the code as text between
  // them: leave that text out with the tags, up to the closing tag or the paragraph's end.
  const cleanChildren = (parent: Nodes & { children: RootContent[] }): RootContent[] => {
    const inline = !BLOCK_CONTAINERS.has(parent.type);
    const kept: RootContent[] = [];
    let hiddenUntil: RegExp | undefined;
    for (const child of parent.children) {
      if (hiddenUntil) {
        if (child.type === 'html' && hiddenUntil.test(child.value)) hiddenUntil = undefined;
        continue;
      }
      kept.push(...clean(child));
      const opens = inline && child.type === 'html' ? HIDDEN_CONTENT.exec(child.value) : null;
      if (opens) hiddenUntil = new RegExp(`^</${opens[1]}\\s*>$`, 'i');
    }
    return kept;
  };

  // Children first, so an image inside a refused link is judged before the link is unwrapped.
  const clean = (node: Nodes): RootContent[] => {
    if ('children' in node) {
      const before = node.children.length;
      (node as { children: RootContent[] }).children = cleanChildren(node);
      // A paragraph that held only refused things would publish as an empty `<p>`.
      if (node.type === 'paragraph' && before > 0 && node.children.length === 0) return [];
    }
    switch (node.type) {
      case 'html':
        for (const part of describeRawHtml(node.value)) refuse(node, part.what, lineOf(node) + part.lineOffset);
        return [];
      case 'definition':
        // Refused addresses stay as written, so warnings quote what the editor wrote.
        if (isAllowedLink(node.url)) node.url = publishedUrl(node.url);
        break;
      case 'link':
        if (isAllowedLink(node.url)) {
          node.url = publishedUrl(node.url);
          break;
        }
        refuse(node, `link to ${quoteUrl(node.url)} is not published (${LINK_RULE})`);
        return node.children;
      case 'linkReference': {
        const definition = definitions.get(node.identifier);
        if (!definition || isAllowedLink(definition.url)) break;
        refuse(node, `link to ${quoteUrl(definition.url)}${definedOn(definition)} is not published (${LINK_RULE})`);
        return node.children;
      }
      case 'image':
        if (isAllowedImage(node.url)) {
          node.url = publishedUrl(node.url);
          break;
        }
        refuse(node, `image ${quoteUrl(node.url)} is not published (${IMAGE_RULE})`);
        return [];
      case 'imageReference': {
        const definition = definitions.get(node.identifier);
        if (!definition || isAllowedImage(definition.url)) break;
        refuse(node, `image ${quoteUrl(definition.url)}${definedOn(definition)} is not published (${IMAGE_RULE})`);
        return [];
      }
    }
    return node.type === 'root' ? node.children : [node];
  };
  clean(tree);
  return found.sort((a, b) => a.line - b.line || a.column - b.column).map(({ line, what }) => ({ line, what }));
}

/**
 * Everything in a post body that the page leaves out, one entry per construct, in order.
 * `source` is the Markdown body alone (below the front matter); line 1 is its first line unless
 * `firstLine` says which line of the file the body starts on.
 */
export function refusedMarkdown(source: string, options: { firstLine?: number } = {}): Refused[] {
  // A preset loses unified's parser type; remark-parse always yields a Root.
  return dropRefused(parser.parse(source) as Root, options.firstLine);
}

/**
 * The file line a body starts on, for `firstLine`: `body` is the end of `file` after the front
 * matter (as `splitFrontMatter` in src/collections/front-matter.ts returns it).
 */
export function bodyFirstLine(file: string, body: string): number {
  if (!file.endsWith(body)) throw new Error('bodyFirstLine: body is not the end of file');
  return file.slice(0, file.length - body.length).split('\n').length;
}
