import { test as base, type Browser, type Page } from '@playwright/test';
import { axeScriptPath } from './axe.ts';

/** Page events a test may listen to; the listeners go with the test. */
const TEST_EVENTS = ['console', 'dialog', 'download', 'pageerror', 'request', 'requestfailed', 'requestfinished', 'response'] as const;

/**
 * `tab`: one browser tab per worker, shared by the tests that only load pages of the site and read them. A new browser
 * context for each test (Playwright's `page`) costs more than most such tests' own work: a new renderer process, and
 * compiling axe's 550 KB script again where axe runs. After each test the tab is put back as a new one would be: its
 * listeners and routes removed, emulated media reset, cookies and storage cleared, and back on about:blank. Its size is the test's `viewport`.
 * A test that needs other context options (JavaScript off), init scripts, exposed functions or the tab's history uses
 * `page`.
 *
 * `axeTab`: the same, in a context that loads axe-core into every page (for `axeViolationsByInitScript`), kept apart
 * so that no other test's pages carry axe.
 */
export const test = base.extend<{ tab: Page; axeTab: Page }, { workerTab: Page; workerAxeTab: Page }>({
  workerTab: [async ({ browser }, use) => useTab(browser, use), { scope: 'worker' }],
  workerAxeTab: [async ({ browser }, use) => useTab(browser, use, axeScriptPath), { scope: 'worker' }],
  tab: async ({ workerTab, viewport, baseURL }, use) => lend(workerTab, viewport, baseURL, use),
  axeTab: async ({ workerAxeTab, viewport, baseURL }, use) => lend(workerAxeTab, viewport, baseURL, use),
});

async function useTab(browser: Browser, use: (tab: Page) => Promise<void>, initScript?: string): Promise<void> {
  const context = await browser.newContext();
  if (initScript) await context.addInitScript({ path: initScript });
  await use(await context.newPage());
  await context.close();
}

/** Gives a test the tab at its viewport, then puts the tab back as a new one would be. */
async function lend(
  tab: Page,
  viewport: { width: number; height: number } | null,
  baseURL: string | undefined,
  use: (tab: Page) => Promise<void>,
): Promise<void> {
  if (viewport) await tab.setViewportSize(viewport);
  await use(tab);
  for (const event of TEST_EVENTS) tab.removeAllListeners(event);
  await tab.unrouteAll({ behavior: 'ignoreErrors' });
  await tab.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
  await tab.context().clearCookies();
  if (baseURL && tab.url().startsWith(baseURL)) {
    await tab.evaluate(() => {
      sessionStorage.clear();
      localStorage.clear();
    });
  }
  // A new tab shows about:blank: markup a test sets there has no address to resolve against and no page's policy.
  await tab.goto('about:blank');
}

export { expect } from '@playwright/test';
