/** The small text files every site publishes: robots.txt, security.txt, and what the sitemap lists. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { statedModifiedTime } from './page-dates.ts';

/** robots.txt: everything may be crawled; the sitemap index is named in full. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/**
 * `/.well-known/security.txt` (RFC 9116). `Expires` is required and should be less than a year
 * ahead: it is set `days` after `now`, so every build renews it.
 */
export function securityTxt(options: { contact: string; canonical: string; now: Date; days?: number; policy?: string | undefined }): string {
  if (!/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+|tel:\+?[\d-]+)$/.test(options.contact)) {
    throw new Error(`The security contact must be a mailto:, https: or tel: address, got ${JSON.stringify(options.contact)}`);
  }
  const expires = new Date(options.now.getTime() + (options.days ?? 180) * 86_400_000);
  expires.setUTCHours(0, 0, 0, 0);
  return [
    `Contact: ${options.contact}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    ...(options.policy ? [`Policy: ${options.policy}`] : []),
    'Preferred-Languages: en',
    `Canonical: ${options.canonical}`,
    '',
  ].join('\n');
}

/**
 * Whether a URL belongs in the sitemap. Real pages are folders (`/CAP/cx/`, with
 * `trailingSlash: 'always'`); files written by endpoints are not: redirect pages
 * (`/CAP/CAP_goal_4.html`, `/CAP/leveragingdata/index.html`), the feed, robots.txt, security.txt.
 */
export function isSitemapPage(url: string): boolean {
  return new URL(url).pathname.endsWith('/');
}

/**
 * A sitemap entry with `<lastmod>` set to the date its built page states in `article:modified_time`
 * (goal, plan and accessibility pages); other entries are returned as they are. Reads the page
 * from `outDir`, where Astro has just written it, so the sitemap and the page cannot disagree.
 */
export async function sitemapLastmod<T extends { url: string }>(item: T, outDir: string): Promise<T & { lastmod?: string }> {
  const file = path.join(outDir, decodeURIComponent(new URL(item.url).pathname), 'index.html');
  const html = await readFile(file, 'utf8').catch(() => undefined);
  const modified = html === undefined ? undefined : statedModifiedTime(html);
  return modified === undefined ? item : { ...item, lastmod: modified };
}
