/**
 * Every HTML page of a built site against its gzipped budget (tests/budgets.ts): the byte budget test runs it on the
 * fixture sites, the benchmark on a site of any size, where a page that grows with the site would show.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { INDEX_PAGE_BUDGET_GZ_BYTES, PAGE_BUDGET_GZ_BYTES, PAGINATED_INDEXES } from '../budgets.ts';

/** Gzipped bytes at level 9, as the budgets are measured. */
export const gzippedBytes = (data: Buffer | string): number => gzipSync(data, { level: 9 }).byteLength;

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Every HTML file of a built site, as `[address, file]` (`/CAP/cx/` for `CAP/cx/index.html`). */
export async function htmlPages(dist: string): Promise<[string, string][]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry): [string, string] => {
      const file = path.join(entry.parentPath, entry.name);
      return [`/${path.relative(dist, file).split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'), file];
    });
}

export interface PageBudgetReport {
  pages: number;
  /** One line for each page over its budget: its address, size and budget. */
  over: string[];
  /** The largest page outside the paginated indexes, and the largest page of one. */
  largest: { page: { address: string; bytes: number }; indexPage: { address: string; bytes: number } };
}

/** Checks every HTML page of `dist`: a page of a paginated index against its budget, any other against the page budget. */
export async function checkPageBudgets(dist: string): Promise<PageBudgetReport> {
  const pages = await htmlPages(dist);
  const over: string[] = [];
  const largest = { page: { address: '', bytes: 0 }, indexPage: { address: '', bytes: 0 } };
  for (const [address, file] of pages) {
    const bytes = gzippedBytes(await readFile(file));
    const paginated = PAGINATED_INDEXES.some((pattern) => pattern.test(address));
    const budget = paginated ? INDEX_PAGE_BUDGET_GZ_BYTES : PAGE_BUDGET_GZ_BYTES;
    if (bytes > budget) over.push(`${address}: ${kb(bytes)} gz, budget ${kb(budget)}`);
    const kind = paginated ? 'indexPage' : 'page';
    if (bytes > largest[kind].bytes) largest[kind] = { address, bytes };
  }
  return { pages: pages.length, over, largest };
}
