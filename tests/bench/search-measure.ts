/**
 * Measures search on a built site in Chromium: bytes the server sends (gzipped, the search
 * worker's fetches included) for the search page and for each query, and the time from the last
 * keystroke to the first result on screen. The first query loads Pagefind's runtime and the
 * index's entry files; later ones fetch only the index chunks they need.
 */
import { chromium } from '@playwright/test';
import { serveCounting } from './static-server.ts';

interface QueryMeasure {
  term: string;
  /** From the last keystroke (the input event) to the first result of this query on screen, including the page's typing delay. */
  msToFirstResult: number;
  results: number;
  requests: number;
  /** Bytes sent by the server for this query (gzipped where a server would compress). */
  bytes: number;
  files: string[];
  /** The first link of a result into a page of a plan's PDF ("… action plan, page 3 (PDF)"), if any. */
  pdfPage: { text: string; href: string } | undefined;
}

export interface SearchMeasure {
  /** The search page, and of it what Pagefind loads before the first query (runtime, entry, metadata, filters). */
  pageLoad: { requests: number; bytes: number; pagefindBytes: number };
  queries: QueryMeasure[];
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function measureSearch(siteDir: string, terms: readonly string[]): Promise<SearchMeasure> {
  const server = await serveCounting(siteDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
    await server.quiet();
    const loaded = server.take();
    // Pagefind's files fetched with the page (runtime, metadata, filters) count toward the first query too.
    const box = page.getByRole('searchbox', { name: 'Search goals, action plans and news' });
    const results = page.locator('[data-search-results] > li');
    const queries: QueryMeasure[] = [];
    for (const term of terms) {
      // Clearing the box (and, the first time, focusing it, which may load Pagefind) counts toward this query: nothing is dropped.
      await box.fill('');
      await server.quiet();
      // Timed inside the page: from the input event (the last keystroke) to the first result of this query on screen.
      const ms = await box.evaluate(
        (input: HTMLInputElement, value: string) =>
          new Promise<number>((resolve) => {
            const list = document.querySelector('[data-search-results]');
            list?.querySelectorAll('li').forEach((li) => li.setAttribute('data-bench-old', ''));
            let started = 0;
            const observer = new MutationObserver(() => {
              if (list?.querySelector(':scope > li:not([data-bench-old])')) {
                observer.disconnect();
                resolve(performance.now() - started);
              }
            });
            if (list) observer.observe(list, { childList: true, subtree: true });
            input.value = value;
            started = performance.now();
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        term,
      );
      await server.quiet();
      const sent = server.take();
      queries.push({
        term,
        msToFirstResult: Math.round(ms),
        results: await results.count(),
        requests: sent.length,
        bytes: sent.reduce((n, s) => n + s.bytes, 0),
        files: sent.map((s) => s.path),
        pdfPage: await page.evaluate(() => {
          const a = document.querySelector<HTMLAnchorElement>('[data-search-results] .cap-result__page a');
          return a ? { text: a.textContent.trim(), href: a.getAttribute('href') ?? '' } : undefined;
        }),
      });
    }
    const pagefind = loaded.filter((s) => s.path.startsWith('/pagefind/'));
    return {
      pageLoad: { requests: loaded.length, bytes: loaded.reduce((n, s) => n + s.bytes, 0), pagefindBytes: pagefind.reduce((n, s) => n + s.bytes, 0) },
      queries,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
