import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test as base } from '@playwright/test';
import pa11y from 'pa11y';
import puppeteer, { type Browser } from 'puppeteer';
import { distPageUrls } from '../support/dist-pages.ts';
import { pageKinds } from '../support/page-kinds.ts';
import { testBrowserPath } from '../support/test-browser.ts';

// pa11y runs HTML_CodeSniffer, a second opinion beside axe (accessibility.spec.ts), on one page of each kind.
// It drives Puppeteer, here pointed at the same Debian Chromium headless shell as Playwright (Puppeteer's own download is denied in
// package.json's allowScripts); a missing browser fails the test. One browser per worker: launching one per page costs more
// than checking the page.
const test = base.extend<object, { pa11yBrowser: Browser }>({
  pa11yBrowser: [
    // Playwright reads a fixture's dependencies from this pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await puppeteer.launch({ executablePath: testBrowserPath, args: ['--no-sandbox'] });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

/** pa11y's errors (WCAG 2 AA, HTML_CodeSniffer) on `url` after the actions (pa11y's own action language), one line each. */
async function pa11yErrors(browser: Browser, url: string, actions: string[] = []): Promise<string[]> {
  // Warnings and notices ask a person to look (is this alt="" right?); only errors are failures.
  const results = await pa11y(url, { browser, standard: 'WCAG2AA', runners: ['htmlcs'], includeWarnings: false, includeNotices: false, actions });
  return results.issues.filter((issue) => issue.type === 'error').map((issue) => `${issue.code} at ${issue.selector}: ${issue.message}`);
}

test('the page kinds checked are pages of the site fixture', () => {
  const urls = distPageUrls();
  for (const { path } of pageKinds) expect(urls, path).toContain(path.replace(/\?.*$/, ''));
});

test('pa11y reports the errors of a page that has them', async ({ pa11yBrowser }, testInfo) => {
  const file = testInfo.outputPath('broken.html');
  writeFileSync(file, '<!doctype html><html lang="en"><head><title>Broken</title></head><body><img src="a.png"><a href="/x"></a></body></html>');
  const errors = await pa11yErrors(pa11yBrowser, pathToFileURL(file).href);
  expect(
    errors.some((error) => error.includes('.H37 ')),
    `an image with no alt, in ${errors.join('\n')}`,
  ).toBe(true);
  expect(
    errors.some((error) => error.includes('.H91.A.')),
    `a link with no name, in ${errors.join('\n')}`,
  ).toBe(true);
});

for (const { kind, path, ready } of pageKinds) {
  test(`pa11y (HTML_CodeSniffer, WCAG2AA) finds no errors on ${path} (${kind})`, async ({ pa11yBrowser, baseURL }) => {
    const actions = ready ? [`wait for element ${ready} to be added`] : [];
    expect(await pa11yErrors(pa11yBrowser, new URL(path, baseURL).href, actions)).toEqual([]);
  });
}

test('pa11y finds no errors on the seed goal with the banner and every section open', async ({ pa11yBrowser, baseURL }) => {
  const actions = [
    'click element .cap-banner__summary',
    'click element .cap-accordion__all',
    'wait for element .cap-accordion__all[aria-expanded="true"] to be added',
  ];
  expect(await pa11yErrors(pa11yBrowser, new URL('/CAP/cx/', baseURL).href, actions)).toEqual([]);
});
