/** The small text files every site publishes: robots.txt, security.txt, and what the sitemap lists. */
import { open, readFile } from 'node:fs/promises';
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

/** The stated date is in the head, within the first few hundred bytes; a longer head is read whole. */
const HEAD_BYTES = 16 * 1024;
/** Files read at once: enough to keep the disk and libuv's threads busy, few enough to stay within open-file limits. */
const READS_IN_FLIGHT = 64;

/** The date a built page states in `article:modified_time` (goal, plan and accessibility pages), read from its head. */
async function statedPageDate(file: string): Promise<string | undefined> {
  const handle = await open(file).catch(() => undefined);
  if (!handle) return undefined;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const start = buffer.toString('utf8', 0, bytesRead);
    const head = start.includes('</head>') || bytesRead < HEAD_BYTES ? start : await readFile(file, 'utf8');
    const end = head.indexOf('</head>');
    return statedModifiedTime(end === -1 ? head : head.slice(0, end));
  } finally {
    await handle.close();
  }
}

/**
 * The date each built page states, by its path (`/CAP/cx/`), read from `outDir` where Astro has just written it: once
 * per build, many files at a time, so the sitemap's `<lastmod>` and the page cannot disagree.
 */
export async function statedPageDates(outDir: string, pathnames: readonly string[]): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < pathnames.length) {
      const pathname = pathnames[next++] ?? '';
      const date = await statedPageDate(path.join(outDir, pathname, 'index.html'));
      if (date !== undefined) dates.set(pathname, date);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, pathnames.length) }, worker));
  return dates;
}

/** A sitemap entry with `<lastmod>` set to its page's stated date from {@link statedPageDates}; other entries as they are. */
export function withLastmod<T extends { url: string }>(item: T, dates: ReadonlyMap<string, string>): T & { lastmod?: string } {
  const lastmod = dates.get(decodeURIComponent(new URL(item.url).pathname));
  return lastmod === undefined ? item : { ...item, lastmod };
}
