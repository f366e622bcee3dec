/**
 * Table column alignment (`|--:|`) arrives as the `align` attribute, which HTML no longer has
 * (html-validate fails the page). Carry it as a class the post page styles instead.
 */
import type { Root, RootContent } from 'hast';

export const ALIGN_CLASSES = ['cap-align-left', 'cap-align-center', 'cap-align-right'] as const;

function visit(node: Root | RootContent): void {
  if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')) {
    const { align } = node.properties;
    delete node.properties.align;
    if (align === 'left' || align === 'center' || align === 'right') node.properties.className = [`cap-align-${align}`];
  }
  if ('children' in node) node.children.forEach(visit);
}

export function rehypeTableAlign() {
  return (tree: Root) => visit(tree);
}
