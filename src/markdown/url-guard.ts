/**
 * Last check on the HTML a post body becomes: every `href` and `src` left after sanitising must
 * pass the same browser-like rule as the Markdown did. Refused links keep their text; refused
 * images go. Catches anything a later change to the earlier steps might let through.
 */
import type { Root, RootContent } from 'hast';
import { isAllowedImage, isAllowedLink } from './url-rule.ts';

function guard(node: Root | RootContent): RootContent[] {
  if ('children' in node) (node as { children: RootContent[] }).children = node.children.flatMap(guard);
  if (node.type === 'root') return node.children;
  if (node.type !== 'element') return [node];
  const { href, src } = node.properties;
  if (href !== undefined && (typeof href !== 'string' || !isAllowedLink(href))) {
    return node.tagName === 'a' ? (node.children as RootContent[]) : [];
  }
  if (src !== undefined && (typeof src !== 'string' || !isAllowedImage(src))) return [];
  return [node];
}

/** Removes from `tree` every link and image whose address may not be published. */
export function guardUrls(tree: Root): void {
  guard(tree);
}

/** `guardUrls` as a rehype plugin. */
export function rehypeGuardUrls() {
  return (tree: Root) => guardUrls(tree);
}
