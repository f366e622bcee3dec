/**
 * Relevance on the site fixture (tests/fixtures/site plus the seed goal tests/fixtures/legacy/cx.md),
 * through the search page as a reader uses it. Expectations are written by hand from the fixture.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/shared-tab.ts';

const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.getByRole('status');

/** Opens `/search/?…` and waits until the results are announced. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto(`/search/?${query}`);
  await expect(status(page)).toHaveText(/^\d+ results? for /);
}

const firstLink = (page: Page) => results(page).first().getByRole('link').first();

test.describe('a goal’s own page ranks first', () => {
  const cases = [
    // Full names.
    { query: 'Improving Customer Experience with Federal Services', href: '/CAP/cx/' },
    { query: 'Fixture Leveraging Data', href: '/CAP/leveraging-data/' },
    // Short names. Two news posts are titled "Customer experience …", three "Grants …": shorter pages that say the name too.
    { query: 'Customer Experience', href: '/CAP/cx/' },
    { query: 'CX', href: '/CAP/cx/' },
    { query: 'Grants', href: '/CAP/grants/' },
    { query: 'IT Modernization', href: '/CAP/it-modernization/' },
    { query: 'Leveraging Data', href: '/CAP/leveraging-data/' },
  ];
  for (const { query, href } of cases) {
    test(`for “${query}”`, async ({ tab: page }) => {
      await searchFor(page, new URLSearchParams({ q: query }).toString());
      await expect(firstLink(page)).toHaveAttribute('href', href);
    });
  }
});

test('among equally relevant plans the newest comes first', async ({ tab: page }) => {
  // Every plan of the seed goal names the goal once, in the same place: the ten of them match alike.
  await searchFor(page, 'q=Improving+Customer+Experience+with+Federal+Services&type=action-plan');
  await expect(status(page)).toHaveText('10 results for “Improving Customer Experience with Federal Services”, filtered by Action plan.');
  await expect(results(page).getByRole('heading')).toHaveText([
    'January 2021 action plan',
    'September 2020 action plan',
    'July 2020 action plan',
    'December 2019 action plan',
    'September 2019 action plan',
    'June 2019 action plan',
    'FY2018 Q4 action plan',
    'FY2018 Q3 action plan',
    'FY2018 Q2 action plan',
    'FY2018 Q1 action plan',
  ]);
});

test('“FY2020” finds that fiscal year’s plans, newest first', async ({ tab: page }) => {
  await searchFor(page, 'q=FY2020');
  // FY2020 ran from October 2019 to September 2020: three plans of the seed goal and one of Fixture Grants.
  await expect(results(page).getByRole('heading')).toHaveText([
    'September 2020 action plan',
    'July 2020 action plan',
    'June 2020 action plan',
    'December 2019 action plan',
  ]);
  await expect(results(page).nth(2).getByRole('link').first()).toHaveAttribute('href', '/CAP/grants/action-plans/2020-06/');
});

test('“2020 Q3” finds that fiscal quarter’s plan first, and no other plan', async ({ tab: page }) => {
  await searchFor(page, 'q=2020+Q3');
  // FY2020 Q3 is April to June 2020: only Fixture Grants published a plan then.
  await expect(firstLink(page)).toHaveAttribute('href', '/CAP/grants/action-plans/2020-06/');
  await expect(results(page).first().getByRole('heading')).toHaveText('June 2020 action plan');
  const hrefs = await results(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => href.includes('/action-plans/'))).toEqual(['/CAP/grants/action-plans/2020-06/']);
});

test('words every plan page repeats find no plan: its notes and its document button are not indexed', async ({ tab: page }) => {
  // The seed goal's plans link to documents the site does not hold; each says so in the same words ("…not searchable on
  // this site…Read it on trumpadministration.archives.performance.gov…") under a "Read the … action plan" button.
  await page.goto('/CAP/cx/action-plans/2021-01/');
  await expect(page.locator('.cap-plan')).toContainText('not searchable on this site');
  for (const query of ['searchable', 'trumpadministration', 'Read']) {
    await page.goto(`/search/?${new URLSearchParams({ q: query, type: 'action-plan' }).toString()}`);
    await expect(status(page)).toHaveText(`No results for “${query}”, filtered by Action plan. Try removing a filter, or use fewer or different words.`);
  }
});
