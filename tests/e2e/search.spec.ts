import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations } from '../support/axe.ts';
import { distDir, distPageUrls } from '../support/dist-pages.ts';

/** Pages in dist that carry `data-pagefind-body`, as URLs, sorted. */
function searchablePages(): string[] {
  return distPageUrls().filter((url) => {
    const file = path.join(distDir, url.endsWith('/') ? `${url}index.html` : url);
    return readFileSync(file, 'utf8').includes('data-pagefind-body');
  });
}

const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.getByRole('status');

test.describe('search', () => {
  test('a word only in the seed goal’s challenge text finds the goal page first', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Search goals, action plans and news' }).fill('hassle');
    await expect(status(page)).toHaveText('1 result for “hassle”.');
    const first = results(page).first();
    await expect(first.getByRole('link')).toHaveText('Improving Customer Experience with Federal Services');
    await expect(first.getByRole('link')).toHaveAttribute('href', '/CAP/cx/');
    await expect(first).toContainText('Goal');
    await expect(first).toContainText('Latest action plan: January 2021');
    await expect(first.locator('mark')).toHaveText(['hassle']);
    await expect(page).toHaveURL(/\/search\/\?q=hassle$/);
    await expectNoAxeViolations(page);
  });

  test('type action plan and fiscal year 2020 give only those plans', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('checkbox', { name: 'Action plan' }).check();
    await page.getByLabel('Fiscal year').selectOption('2020');
    await expect(page).toHaveURL(/\/search\/\?type=action-plan&fy=2020$/);
    // The site fixture's FY2020 plans: three of the seed's and one of Fixture Grants.
    await expect(status(page)).toHaveText('4 results, filtered by Action plan, FY2020.');
    // No words: newest first.
    await expect(results(page).getByRole('heading')).toHaveText([
      'September 2020 action plan',
      'July 2020 action plan',
      'June 2020 action plan',
      'December 2019 action plan',
    ]);
    await expect(results(page).first()).toContainText('Goal: Improving Customer Experience with Federal Services');
    await expect(results(page).first()).toContainText('Published September 2020');
    await expectNoAxeViolations(page);

    // Words narrow the filtered list further: the Grants plan does not say "customer".
    await page.getByRole('searchbox', { name: 'Search goals, action plans and news' }).fill('customer');
    await expect(status(page)).toHaveText('3 results for “customer”, filtered by Action plan, FY2020.');
    const hrefs = await results(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(['/CAP/cx/action-plans/2019-12/', '/CAP/cx/action-plans/2020-07/', '/CAP/cx/action-plans/2020-09/']);
  });

  test('a query with no results says so and suggests what to do', async ({ page }) => {
    await page.goto('/search/?q=xylophonic');
    await expect(status(page)).toHaveText('No results for “xylophonic”. Check the spelling, or try fewer or more general words.');
    await expect(results(page)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('checkbox', { name: 'News' }).check();
    await expect(status(page)).toHaveText('No results for “xylophonic”, filtered by News. Try removing a filter, or use fewer or different words.');
  });

  test('the URL carries query and filters, and Back restores the previous search', async ({ page }) => {
    await page.goto('/search/?q=customer&type=goal&type=news&fy=2021');
    const box = page.getByRole('searchbox', { name: 'Search goals, action plans and news' });
    await expect(box).toHaveValue('customer');
    await expect(page.getByRole('checkbox', { name: 'Goal', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'News' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Action plan' })).not.toBeChecked();
    await expect(page.getByLabel('Fiscal year')).toHaveValue('2021');
    // FY2021 pages saying "customer": the seed goal, Fixture IT Modernization (its resource "The customer experience goal") and one post.
    await expect(status(page)).toHaveText('3 results for “customer”, filtered by Goal, News, FY2021.');
    const fy2021 = await results(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(fy2021.sort()).toEqual(['/CAP/cx/', '/CAP/it-modernization/', '/news/2021-01-20-customer-experience-plan-for/']);

    await page.getByLabel('Order').selectOption('newest');
    await expect(page).toHaveURL(/\?q=customer&type=goal&type=news&fy=2021&sort=newest$/);
    await page.getByLabel('Fiscal year').selectOption('');
    await expect(page).toHaveURL(/\?q=customer&type=goal&type=news&sort=newest$/);
    // Every year: the same two goals and the three posts that say "customer", newest first; a goal is dated by its latest plan.
    await expect(status(page)).toHaveText('5 results for “customer”, filtered by Goal, News, newest first.');
    await expect(results(page).getByRole('heading')).toHaveText([
      'Customer experience plan for 2021', // 2021-01-20
      'Improving Customer Experience with Federal Services', // January 2021 plan
      'Fixture IT Modernization', // December 2020 plan
      'Customer experience in September', // 2020-09-10
      'First High Impact Service Provider action plans released', // 2019-09-19
    ]);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=customer&type=goal&type=news&fy=2021&sort=newest$/);
    await expect(page.getByLabel('Fiscal year')).toHaveValue('2021');
    await expect(status(page)).toHaveText('3 results for “customer”, filtered by Goal, News, FY2021, newest first.');
    await page.goBack();
    await expect(page.getByLabel('Order')).toHaveValue('relevance');

    // Submitting with the keyboard adds a history entry too.
    await box.fill('surveys');
    await box.press('Enter');
    await expect(page).toHaveURL(/\?q=surveys&type=goal&type=news&fy=2021$/);
  });

  test('can be used with the keyboard alone', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Search goals, action plans and news' }).focus();
    await page.keyboard.type('hassle');
    await page.keyboard.press('Enter');
    await expect(results(page)).toHaveCount(1);
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // first type checkbox
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: 'Goal', exact: true })).toBeChecked();
    await expect(page).toHaveURL(/type=goal/);
  });

  test('without JavaScript the page says search needs it and links elsewhere', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=customer');
    await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'every action plan' })).toHaveAttribute('href', '/CAP/action-plans/');
    await expect(page.getByRole('link', { name: 'the list of goals' })).toHaveAttribute('href', '/CAP/overview/');
    await expect(page.getByRole('searchbox', { name: 'Search goals, action plans and news' })).toBeHidden();
    await context.close();
  });

  test('the message shown when the search script does not run passes axe', async ({ page }) => {
    // axe needs JavaScript itself, so stop only the page's own scripts: the state a reader sees when they fail to load.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto('/search/?q=customer');
    await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('only the search page loads search code', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (['script', 'fetch', 'other'].includes(request.resourceType())) scripts.push(request.url());
    });
    await page.goto('/CAP/cx/');
    await page.goto('/CAP/cx/action-plans/2021-01/');
    expect(scripts.filter((url) => url.includes('pagefind'))).toEqual([]);
  });
});

test.describe('what the index holds', () => {
  test('goal, plan and news pages only; not the index, home, or search pages', async ({ page }) => {
    await page.goto('/search/');
    const urls = await page.evaluate(async () => {
      const pf = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
      const found = await pf.search(null, {});
      const data = await Promise.all(found.results.map((r: { data(): Promise<{ url: string }> }) => r.data()));
      return data.map((d: { url: string }) => d.url).sort();
    });
    // Exactly the pages marked for search: the site fixture's 7 goals, 15 plans and 12 posts, and nothing else.
    expect(urls).toEqual(searchablePages());
    expect(urls).toHaveLength(34);
    expect(urls).toContain('/CAP/cx/');
    expect(urls).toContain('/news/2019-09-19-first-hisp-action-plans/');
    expect(urls).toContain('/CAP/cx/action-plans/2018-Q4/');
    for (const index of ['/', '/search/', '/CAP/action-plans/', '/CAP/overview/', '/news/']) expect(urls).not.toContain(index);
    expect(
      urls.every((url: string) => /^\/(CAP\/[^/]+\/(action-plans\/[^/]+\/)?|news\/[^/]+\/)$/.test(url)),
      urls.join(' '),
    ).toBe(true);
  });
});
