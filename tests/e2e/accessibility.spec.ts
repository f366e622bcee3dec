import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { distPageUrls } from '../support/dist-pages.ts';

const WIDTHS = [375, 1280];

// The one axe sweep of the site: every page, two widths, closed and open. Component specs test their own states.

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
  for (const width of WIDTHS) {
    test(`axe finds no WCAG A/AA violations on ${url} at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, url);
      expect(await axeViolations(page), 'as loaded, sections closed').toEqual([]);

      // Then everything a reader can open: the banner's guidance and every accordion section.
      for (const banner of await page.locator('details').all()) await banner.locator('summary').click();
      if ((await page.locator('cap-accordion').count()) > 0) {
        const showAll = page.getByRole('button', { name: 'Show all sections' });
        await showAll.click();
        await expect(page.getByRole('button', { name: 'Hide all sections' })).toHaveAttribute('aria-expanded', 'true');
      }
      expect(await axeViolations(page), 'banner and every section open').toEqual([]);
    });
  }
}
