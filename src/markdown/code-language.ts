import type { Nodes, Root } from 'mdast';

/**
 * A code fence's language becomes `class="language-…"`. Keep it only when it is a plain word
 * (`js`, `c++`, `shell-session`); anything else is dropped here rather than left to the sanitiser,
 * which would leave an empty `class=""`.
 */
export function plainCodeLanguages(tree: Root): void {
  const visit = (node: Nodes) => {
    if (node.type === 'code' && node.lang != null && !/^[\w+-]+$/.test(node.lang)) node.lang = null;
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
}
