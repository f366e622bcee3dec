import { test as base, type Page } from '@playwright/test';

/** Page events a test may listen to; the listeners go with the test. */
const TEST_EVENTS = ['console', 'dialog', 'download', 'pageerror', 'request', 'requestfailed', 'requestfinished', 'response'] as const;

/**
 * `tab`: one browser tab per worker, shared by the tests that only load pages of the site and read them. A new browser
 * context for each test (Playwright's `page`) costs more than most such tests' own work: a new renderer process, and
 * compiling axe's 550 KB script again where axe runs. After each test the tab is put back as a new one would be: its
 * listeners and routes removed, emulated media reset, cookies and storage cleared, and back on about:blank. Its size is the test's `viewport`.
 * A test that needs other context options (JavaScript off), init scripts, exposed functions or the tab's history uses
 * `page`.
 */
export const test = base.extend<{ tab: Page }, { workerTab: Page }>({
  workerTab: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  tab: async ({ workerTab: tab, viewport, baseURL }, use) => {
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
  },
});

export { expect } from '@playwright/test';
