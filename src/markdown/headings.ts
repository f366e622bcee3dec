import type { Heading, Nodes, Root } from 'mdast';

/**
 * Moves every heading of a post body by the same number of levels so the highest is `top`:
 * the page's title is its only `<h1>`, and the body's outline starts right below it.
 * Levels beyond 6 stay at 6.
 */
export function shiftHeadings(tree: Root, top: Heading['depth'] = 2): void {
  const headings: Heading[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading') headings.push(node);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  if (headings.length === 0) return;
  const shift = top - Math.min(...headings.map((heading) => heading.depth));
  for (const heading of headings) heading.depth = Math.min(6, heading.depth + shift) as Heading['depth'];
}
