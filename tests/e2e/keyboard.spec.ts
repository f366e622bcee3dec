import type { Page } from '@playwright/test';
import { expectVisibleRing, focusStop, tabTo } from '../support/focus.ts';
import { expectResults } from '../support/search-results.ts';
import { expect, test } from '../support/shared-tab.ts';

// A keyboard-only journey through the site: every Tab stop on the way shows a focus ring of 2 px or more that is not
// there without focus (tests/support/focus.ts), and each control works from the keyboard.

const GOAL = '/CAP/cx/';
/** The seed goal's accordion, once its script has run. */
const enhanced = (page: Page) => page.locator('cap-accordion[data-enhanced]');

test('skip link, banner, site title, navigation and header search, in that order, each with a focus ring', async ({ tab: page }) => {
  // Each stop is read focused and unfocused: on a busy 2-core machine the journey nears the default 30 s.
  test.slow();
  await page.goto(GOAL);
  await expect(enhanced(page)).toBeAttached();
  const stops = await tabTo(page, '.cap-header button[type="submit"]', 12);
  expect(stops).toEqual([
    '<a> "Skip to main content" #main-content',
    '<summary> "An official website of the United States government Here’s how you know"',
    '<a> "Performance.gov: CAP Goals" /',
    '<a> "Home" /',
    '<a> "Goals" /CAP/overview/',
    '<a> "Action plans" /CAP/action-plans/',
    '<a> "News" /news/',
    '<input#site-search> "" search',
    '<button> "Search" submit',
  ]);
});

test('the skip link moves focus to main, and the next Tab stays in main', async ({ tab: page }) => {
  await page.goto(GOAL);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main-content')).toBeFocused();
  await page.keyboard.press('Tab');
  expectVisibleRing(await focusStop(page));
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null), 'focus after main is inside main').toBe(true);
});

test('the banner’s guidance opens with Enter and closes with Space', async ({ tab: page }) => {
  await page.goto(GOAL);
  await tabTo(page, '.cap-banner__summary', 3);
  const details = page.locator('.cap-banner__details');
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('open', '');
  await page.keyboard.press('Space');
  await expect(details).not.toHaveAttribute('open');
});

test('a primary navigation link is followed with Enter', async ({ tab: page }) => {
  await page.goto(GOAL);
  await tabTo(page, '.cap-nav__link[href="/news/"]', 8);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/news\/$/);
});

test('the header search takes a query and Enter shows its results', async ({ tab: page }) => {
  await page.goto(GOAL);
  await tabTo(page, '.cap-header input[type="search"]', 10);
  await expect(page.getByRole('banner').getByRole('searchbox')).toHaveAttribute('placeholder', /\S/);
  await page.keyboard.type('customer');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=customer$/);
  await expectResults(page);
});

test('search filters: a type checkbox with Space and each list with the arrow keys, each with a focus ring', async ({ tab: page }) => {
  await page.goto('/search/?q=customer');
  await expectResults(page);
  await page.getByRole('searchbox', { name: 'Search goals, action plans and news' }).focus();
  expectVisibleRing(await focusStop(page));

  await tabTo(page, 'input[type="checkbox"]', 3);
  await page.keyboard.press('Space');
  await expect(page.locator('input[type="checkbox"]').first()).toBeChecked();
  await expect(page).toHaveURL(/[?&]type=/);

  // Every other type, then the lists: each reachable, each with a ring.
  await tabTo(page, '#search-goal', 6);
  // The goals are listed once the filters' files have loaded (reaching the filters starts that).
  await expect(page.locator('#search-goal option').nth(1)).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#search-goal')).not.toHaveValue('');
  await expect(page).toHaveURL(/[?&]goal=/);
  for (const list of ['#search-fy', '#search-quarter', '#search-sort']) await tabTo(page, list, 1);
});

test('the accordion: Show all, then one section closed with Enter and opened with Space, with a ring on each button', async ({ tab: page }) => {
  await page.goto(GOAL);
  await expect(enhanced(page)).toBeAttached();
  await page.locator('main').focus();
  const showAll = page.getByRole('button', { name: 'Show all sections' });
  await tabTo(page, '.cap-accordion__all', 20);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide all sections' })).toHaveAttribute('aria-expanded', 'true');
  await expect(showAll).toHaveCount(0);

  const challenge = page.locator('#the-challenge-heading > button');
  await tabTo(page, '#the-challenge-heading > button', 4);
  await expect(challenge).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(challenge).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#the-challenge-content')).toBeHidden();
  await page.keyboard.press('Space');
  await expect(challenge).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#the-challenge-content')).toBeVisible();
});

test('previous and next goal links have a ring, and Enter follows them', async ({ tab: page }) => {
  await page.goto(GOAL);
  await expect(enhanced(page)).toBeAttached();
  // From the end of the accordion, closed: its sections' links are hidden and take no focus.
  await page.locator('#resources-heading > button').focus();
  await tabTo(page, '.cap-prev-next a[rel="prev"]', 4);
  await tabTo(page, '.cap-prev-next a[rel="next"]', 1);
  const next = await page.locator('.cap-prev-next a[rel="next"]').getAttribute('href');
  expect(next).toMatch(/^\/CAP\/[^/]+\/$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${next}$`));
});

test('previous and next action plan links have a ring, and Enter follows them', async ({ tab: page }) => {
  await page.goto('/CAP/cx/action-plans/2021-01/');
  await page.locator('main').focus();
  await tabTo(page, '.cap-prev-next a[rel="prev"]', 20);
  const previous = await page.locator('.cap-prev-next a[rel="prev"]').getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${previous}$`));
});
