/**
 * The sanitiser prefixes every id (`fn-1` becomes `user-content-fn-1`) so a post cannot clobber
 * the page's own ids or globals; in-page links such as footnote references still say `#fn-1`.
 * Point each such link at the prefixed id when the body has one.
 */
import type { Element, Root, RootContent } from 'hast';

const ID_PREFIX = 'user-content-';

function elements(node: Root | RootContent, found: Element[] = []): Element[] {
  if (node.type === 'element') found.push(node);
  if ('children' in node) for (const child of node.children) elements(child, found);
  return found;
}

export function rehypeFragmentLinks() {
  return (tree: Root) => {
    const all = elements(tree);
    const ids = new Set(all.map((element) => element.properties.id).filter((id) => typeof id === 'string'));
    for (const element of all) {
      const { href } = element.properties;
      if (element.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) continue;
      const target = ID_PREFIX + decodeURIComponentSafe(href.slice(1));
      if (ids.has(target)) element.properties.href = `#${encodeURIComponent(target)}`;
    }
  };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
