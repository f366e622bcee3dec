import { z } from 'astro/zod';

/** Paths inside the site, such as `/CAP/cx/` or the legacy `../CAP/cx/`, normalised to start with `/`. */
export function normaliseSitePath(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//') || trimmed.includes('\\')) {
    return undefined;
  }
  // Jekyll permalinks were written relative to a collection folder (`../CAP/cx/`): strip leading `./` and `../`.
  const withoutDots = trimmed.replace(/^(\.\.?\/)+/, '');
  const absolute = `/${withoutDots.replace(/^\/+/, '')}`;
  const segments = absolute.split(/[?#]/, 1)[0]!.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return undefined;
  return absolute;
}

/** A path on this site; anything that would leave the site root or point off-site is rejected. */
export const sitePath = z.string({ error: (issue) => (issue.input === undefined ? 'required, but missing' : 'expected a path on this site such as "/CAP/cx/"') }).transform((value, ctx) => {
  const path = normaliseSitePath(value);
  if (path === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a path on this site such as "/CAP/cx/", got ${JSON.stringify(value)}`,
    });
    return z.NEVER;
  }
  return path;
}).meta({ title: 'path on this site' });

/** A link a reader may follow: http(s), mailto, or a path on this site. */
export const safeUrl = z.string().transform((value, ctx) => {
  const trimmed = value.trim();
  if (/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(trimmed) || /^mailto:[^\s@]+@[^\s@]+$/i.test(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) {
    ctx.addIssue({
      code: 'custom',
      message: `expected an http(s), mailto or site-relative link, got ${JSON.stringify(value)}`,
    });
    return z.NEVER;
  }
  const path = normaliseSitePath(trimmed);
  if (path === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `expected an http(s), mailto or site-relative link, got ${JSON.stringify(value)}`,
    });
    return z.NEVER;
  }
  return path;
}).meta({ title: 'link (https, mailto or path on this site)' });
