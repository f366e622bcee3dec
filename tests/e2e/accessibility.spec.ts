import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { distPageUrls } from '../support/dist-pages.ts';

// The one axe sweep of the site: every page, loaded once, checked as loaded at 1280 px and with everything open at 375 px,
// so both widths and both states are covered with two axe runs a page instead of four (axe is most of this suite's time).
// Component specs test their own states. The same load checks that nothing is fetched from another origin.

/**
 * Opens a page for checking. A redirect page would leave at once, so its exact markup is
 * loaded with `setContent`: with no base URL its relative refresh target cannot resolve,
 * and axe sees the page a browser shows for that instant (and a reader with refresh blocked).
 */
async function open(page: Page, url: string): Promise<void> {
  const response = await page.request.get(url);
  expect(response.status(), `${url} answers`).toBe(200);
  const html = await response.text();
  if (/http-equiv="refresh"/i.test(html)) await page.setContent(html, { waitUntil: 'load' });
  else await page.goto(url, { waitUntil: 'load' });
}

for (const url of distPageUrls()) {
  test(`axe finds no WCAG A/AA violations on ${url}, as loaded at 1280 px and all open at 375 px, and nothing comes from another origin`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? 'http://invalid').origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (/^https?:$/.test(target.protocol) && target.origin !== origin) foreign.push(request.url());
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, url);
    expect(await axeViolations(page), 'as loaded, sections closed, at 1280 px').toEqual([]);

    // Then everything a reader can open (the banner's guidance and every accordion section), at the narrow width.
    await page.setViewportSize({ width: 375, height: 900 });
    for (const banner of await page.locator('details').all()) await banner.locator('summary').click();
    if ((await page.locator('cap-accordion').count()) > 0) {
      const showAll = page.getByRole('button', { name: 'Show all sections' });
      await showAll.click();
      await expect(page.getByRole('button', { name: 'Hide all sections' })).toHaveAttribute('aria-expanded', 'true');
    }
    expect(await axeViolations(page), 'banner and every section open, at 375 px').toEqual([]);
    expect(foreign, 'requests to another origin').toEqual([]);
  });
}
