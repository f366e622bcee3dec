/**
 * Link texts that do not say where they go. Screen reader users often list a page's links out
 * of context, and Lighthouse's SEO audit flags these; content (the legacy
 * `featured-box-button: Learn More`) still writes them.
 */
const GENERIC_LINK_TEXTS = new Set([
  'click here',
  'here',
  'learn more',
  'more',
  'read more',
  'more info',
  'more information',
  'details',
  'link',
  'go',
  'start',
]);

/** True when a link's text, alone, does not name its target ("Learn More", "click here."). */
export function isGenericLinkText(text: string): boolean {
  return GENERIC_LINK_TEXTS.has(
    text
      .trim()
      .toLowerCase()
      .replace(/[\s.!:…»›>-]+$/u, '')
      .replace(/\s+/g, ' '),
  );
}
