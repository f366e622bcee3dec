import { expect, type Page } from '@playwright/test';

/**
 * Waits for the search page's first result. The first query loads Pagefind's worker, wasm and index, which on a busy
 * shared 2-core machine has taken longer than expect's default 5 s; the fixture's index is small and fixed, so this
 * bound does not grow with the site.
 */
export async function expectResults(page: Page): Promise<void> {
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible({ timeout: 20_000 });
}
