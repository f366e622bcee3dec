import type { Page } from '@playwright/test';
import { axeViolations, axeViolationsByInitScript } from '../support/axe.ts';
import { distPageUrls } from '../support/dist-pages.ts';
import { expect, test } from '../support/shared-tab.ts';

// The one axe sweep of the site. Every page is checked once, at 375 px with everything a reader can open opened: that
// state shows the most content in the narrowest layout. The as-loaded 1280 px layout comes from the same templates on
// every page, so it is checked on one page of each template (DESKTOP_PAGES), not on all: axe is most of this suite's time.
// Component specs test their own states. The same load checks that nothing is fetched from another origin.

// The sweep's checks share one tab per worker (`axeTab`, tests/support/shared-tab.ts), whose context loads axe into every
// page: a new browser context for each page cost more than axe's own run, as each compiled axe's script again.

/** One page of each template of the site fixture, checked as loaded at 1280 px too. */
const DESKTOP_PAGES = [
  '/',
  '/404.html',
  '/CAP/overview/',
  '/CAP/overview/mission-priority-areas/',
  '/CAP/cx/',
  '/CAP/cx/action-plans/2021-01/',
  '/CAP/action-plans/',
  '/CAP/action-plans/fy2020/',
  '/CAP/action-plans/goal/cx/',
  '/CAP/CAP_goal_1.html',
  '/news/',
  '/news/page/2/',
  '/news/tags/',
  '/news/tags/cx/',
  '/news/2021-01-20-customer-experience-plan-for/',
  '/search/',
  '/data/',
  '/accessibility/',
];

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

/** Opens the banner's guidance and every accordion section. */
async function openEverything(page: Page): Promise<void> {
  for (const banner of await page.locator('details').all()) await banner.locator('summary').click();
  if ((await page.locator('cap-accordion').count()) > 0) {
    await page.getByRole('button', { name: 'Show all sections' }).click();
    await expect(page.getByRole('button', { name: 'Hide all sections' })).toHaveAttribute('aria-expanded', 'true');
  }
}

/** Collects requests to any origin but the site's. */
function foreignRequests(page: Page, baseURL: string | undefined): string[] {
  const origin = new URL(baseURL ?? 'http://invalid').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (/^https?:$/.test(target.protocol) && target.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

const urls = distPageUrls();

/** A page axe must fault: an image without a text alternative, and faint text. */
const CONTROL =
  '<!doctype html><html lang="en"><title>Control</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color: #999; background: #fff">Faint words</p></main></html>';

const ruleIds = (violations: string[]) => violations.map((line) => line.split(' ')[0]);

test('the axe check reports violations: an image without a text alternative, and faint text', async ({ page }) => {
  await page.setContent(CONTROL);
  expect(ruleIds(await axeViolations(page))).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
});

test('the sweep’s axe reports them too: on markup set in its tab, and on a site page, which loads with axe', async ({ axeTab: page }) => {
  await page.setContent(CONTROL);
  expect(ruleIds(await axeViolationsByInitScript(page))).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  await page.goto('/CAP/cx/');
  expect(await page.evaluate(() => 'axe' in window), 'axe loaded with the page, by the context').toBe(true);
  await page.evaluate(() => document.querySelector('main')?.append(document.createElement('img')));
  expect(ruleIds(await axeViolationsByInitScript(page))).toContain('image-alt');
});

test('every desktop sample page is a page of the site fixture', () => {
  expect(DESKTOP_PAGES.filter((url) => !urls.includes(url))).toEqual([]);
});

for (const url of urls) {
  test(`axe finds no WCAG A/AA violations on ${url} with everything open at 375 px, and nothing comes from another origin`, async ({
    axeTab: page,
    baseURL,
  }) => {
    const foreign = foreignRequests(page, baseURL);
    await page.setViewportSize({ width: 375, height: 900 });
    await open(page, url);
    await openEverything(page);
    expect(await axeViolationsByInitScript(page), 'banner and every section open, at 375 px').toEqual([]);
    expect(foreign, 'requests to another origin').toEqual([]);
  });
}

for (const url of DESKTOP_PAGES) {
  test(`axe finds no WCAG A/AA violations on ${url} as loaded at 1280 px`, async ({ axeTab: page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, url);
    // The tab is shared: a section left open by an earlier check would hide the closed state from this one.
    await expect(page.locator('cap-accordion h2 button[aria-expanded="true"]')).toHaveCount(0);
    expect(await axeViolationsByInitScript(page), 'as loaded, sections closed, at 1280 px').toEqual([]);
  });
}
