import { z } from 'astro/zod';
import { BIDI_CONTROL, CONTROL_CHARACTER } from './characters.ts';
import { LIMITS } from './limits.ts';

/** One segment of an address or file path on this site: what a static host serves the same everywhere. */
const CLEAN_SEGMENT = /^[A-Za-z0-9._-]+$/;

/** Origin that site-relative links are resolved against, to judge them the way a browser does. */
const SITE_ORIGIN = 'https://site.invalid';

/** Whitespace and zero-width characters: browsers strip or reinterpret them inside URLs (controls are refused too). */
const INVISIBLE = /[\s\u200B-\u200F\u2060\uFEFF]/u;

/**
 * A clean path on this site, such as `/CAP/cx/` (or the legacy `../CAP/cx/`), normalised to start with `/`;
 * undefined unless every segment is letters, digits, `-`, `_` and `.`, with no `..`, percent-escape,
 * whitespace, query or fragment.
 */
export function normaliseSitePath(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > LIMITS.urlChars) return undefined;
  // Jekyll permalinks were written relative to a collection folder (`../CAP/cx/`).
  const absolute = `/${trimmed.replace(/^(\.\.?\/)+/, '').replace(/^\//, '')}`;
  const segments = absolute.slice(1).split('/');
  // A trailing slash leaves one empty last segment; any other empty segment is `//`.
  const inner = absolute.endsWith('/') ? segments.slice(0, -1) : segments;
  if (absolute === '/') return absolute;
  if (inner.some((segment) => !CLEAN_SEGMENT.test(segment) || segment === '.' || segment === '..')) return undefined;
  return absolute;
}

const pathIssue = (value: unknown) =>
  `expected a path on this site such as "/CAP/cx/" (letters, digits, "-", "_" and "." between slashes; no spaces, "..", "%", "?" or "#"), got ${JSON.stringify(value)}`;

/** Whether two values name the same site path, written with or without `../` and a trailing slash. */
export function sameSitePath(a: unknown, b: unknown): boolean {
  const clean = (value: unknown) => {
    const path = normaliseSitePath(String(value ?? '')) ?? String(value);
    return path.length > 1 ? path.replace(/\/+$/, '') : path;
  };
  return clean(a) === clean(b);
}

/** A path on this site (an address or a file); anything that would leave the site root, or build an odd folder, is rejected. */
export const sitePath = z
  .string({ error: (issue) => (issue.input === undefined ? 'required, but missing' : pathIssue(issue.input)) })
  .transform((value, ctx) => {
    const path = normaliseSitePath(value);
    if (path === undefined) {
      ctx.addIssue({ code: 'custom', message: pathIssue(value) });
      return z.NEVER;
    }
    return path;
  })
  .meta({ title: 'path on this site' });

/**
 * The address of a page, in the folder form the site is built in: `/CAP/cx`, `/CAP/cx/` and
 * `/CAP/cx/index.html` all become `/CAP/cx/`. An address ending in a file name (`/CAP/x.html`)
 * would be built as a folder of that name, so it is refused: such old addresses are redirects.
 */
export const pageAddress = sitePath
  .transform((path, ctx) => {
    const folder = path.replace(/\/index\.html?$/i, '/').replace(/\/?$/, '/');
    if (/\.(html?|xml|txt|json|pdf)\/$/i.test(folder)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a page address ending in "/", such as "/CAP/cx/", got ${JSON.stringify(path)}; list old file addresses in redirectFrom`,
      });
      return z.NEVER;
    }
    return folder;
  })
  .meta({ title: 'page address on this site' });

/**
 * A link as a browser would follow it, or undefined when it is not one a reader may be sent to:
 * `https:`/`http:` with a host and no credentials, `mailto:`, or a clean path on this site
 * (with an optional query or fragment). The value is parsed with the WHATWG URL parser, which
 * is what browsers use: a "path" that the parser resolves to another origin is refused.
 */
export function judgeLink(value: string): string | undefined {
  const trimmed = value.trim();
  if (
    trimmed === '' ||
    trimmed.length > LIMITS.urlChars ||
    INVISIBLE.test(trimmed) ||
    CONTROL_CHARACTER.test(trimmed) ||
    BIDI_CONTROL.test(trimmed) ||
    trimmed.includes('\\')
  )
    return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, `${SITE_ORIGIN}/`);
  } catch {
    return undefined;
  }
  if (url.origin === SITE_ORIGIN) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return undefined;
    const [, pathPart = '', rest = ''] = /^([^?#]*)(.*)$/.exec(trimmed) ?? [];
    const path = normaliseSitePath(pathPart);
    return path === undefined ? undefined : `${path}${rest}`;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') {
    return url.hostname && !url.username && !url.password && /^https?:\/\//i.test(trimmed) ? trimmed : undefined;
  }
  if (url.protocol === 'mailto:') return /^mailto:[^@/]+@[^@/]+$/i.test(trimmed) ? trimmed : undefined;
  return undefined;
}

/** A link a reader may follow: http(s), mailto, or a path on this site. */
export const safeUrl = z
  .string()
  .transform((value, ctx) => {
    const link = judgeLink(value);
    if (link === undefined) {
      ctx.addIssue({ code: 'custom', message: `expected an http(s), mailto or site-relative link, got ${JSON.stringify(value)}` });
      return z.NEVER;
    }
    return link;
  })
  .meta({ title: 'link (https, mailto or path on this site)' });
