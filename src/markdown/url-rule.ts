/**
 * Which addresses a post may link to or show an image from, judged the way a browser reads them.
 * The WHATWG parser drops tabs and newlines and reads `\` as `/`, so `"/\t/evil.example"` looks
 * like a site path as written and still leaves the site: only the parsed URL is trusted.
 */

/** Stands in for the site's own origin while resolving relative addresses. */
const BASE = new URL('https://site.invalid/');

const LINK_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['https:', 'http:']);

export const LINK_RULE = 'only https, http, mailto and paths on this site';
export const IMAGE_RULE = 'only https, http and paths on this site';

function allowed(value: string, protocols: ReadonlySet<string>): boolean {
  // Parses without a base only when the value names its own scheme.
  if (URL.canParse(value)) return protocols.has(new URL(value).protocol);
  // No scheme of its own: it must stay on the site (not `//host`, `/\host`, `/\t/host`).
  return URL.canParse(value, BASE) && new URL(value, BASE).origin === BASE.origin;
}

/** True when a link to `value` may be published. */
export function isAllowedLink(value: string): boolean {
  return allowed(value, LINK_PROTOCOLS);
}

/** True when an image at `value` may be published. */
export function isAllowedImage(value: string): boolean {
  return allowed(value, IMAGE_PROTOCOLS);
}

/**
 * The address to publish for an allowed `value`: one that names its scheme is written the way the
 * browser will read it (`HTTP://x` becomes `http://x/`), so later steps judge what the reader gets.
 * Paths on the site stay as written.
 */
export function publishedUrl(value: string): string {
  return URL.canParse(value) ? new URL(value).href : value;
}

/** An address as it can be quoted in a message: escaped (tabs show as `\t`) and cut short. */
export function quoteUrl(value: string, max = 60): string {
  return value.length > max ? `${JSON.stringify(value.slice(0, max)).slice(0, -1)}…"` : JSON.stringify(value);
}
