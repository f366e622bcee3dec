import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations } from '../support/axe.ts';
import { distDir, distPageUrls } from '../support/dist-pages.ts';
import { expect, test } from '../support/shared-tab.ts';

/** Pages in dist that carry `data-pagefind-body`, as URLs, sorted. */
function searchablePages(): string[] {
  return distPageUrls().filter((url) => {
    const file = path.join(distDir, url.endsWith('/') ? `${url}index.html` : url);
    return readFileSync(file, 'utf8').includes('data-pagefind-body');
  });
}

const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.getByRole('status');
const more = (page: Page) => page.getByRole('button', { name: 'Show more results' });
/** A type checkbox, by its label with or without the count written beside it: "Goal", "Goal (7)". */
const typeBox = (page: Page, label: string) => page.getByRole('checkbox', { name: new RegExp(`^${label}( \\(\\d+\\))?$`) });
/** Waits until the browser has drawn two more frames, so a late layout shift is measured. */
const nextFrame = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
/** The filters, whose counts load when a reader first reaches them. */
const filtersGroup = (page: Page) => page.getByRole('group', { name: 'Filter results' });
/** The text of every option of a list, as a reader sees them. */
const optionTexts = (page: Page, label: string) => page.getByLabel(label).locator('option').allTextContents();

test.describe('search', () => {
  test('a word only in the seed goal’s challenge text finds the goal page first', async ({ tab: page }) => {
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

  test('type action plan and fiscal year 2020 give only those plans', async ({ tab: page }) => {
    await page.goto('/search/');
    await typeBox(page, 'Action plan').check();
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

  test('a query with no results says so and suggests what to do', async ({ tab: page }) => {
    await page.goto('/search/?q=xylophonic');
    await expect(status(page)).toHaveText('No results for “xylophonic”. Check the spelling, or try fewer or more general words.');
    await expect(results(page)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await typeBox(page, 'News').check();
    await expect(status(page)).toHaveText('No results for “xylophonic”, filtered by News. Try removing a filter, or use fewer or different words.');
  });

  test('the URL carries query and filters, and Back restores the previous search', async ({ page }) => {
    await page.goto('/search/?q=customer&type=goal&type=news&fy=2021');
    const box = page.getByRole('searchbox', { name: 'Search goals, action plans and news' });
    await expect(box).toHaveValue('customer');
    await expect(typeBox(page, 'Goal')).toBeChecked();
    await expect(typeBox(page, 'News')).toBeChecked();
    await expect(typeBox(page, 'Action plan')).not.toBeChecked();
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

  test('the status is a polite live region that announces the count', async ({ tab: page }) => {
    await page.goto('/search/');
    await expect(status(page)).toHaveAttribute('aria-live', 'polite');
    await expect(status(page)).toHaveText('');
    await page.getByRole('searchbox', { name: 'Search goals, action plans and news' }).fill('customer');
    // Every page saying "customer": 2 goals, 10 action plans, 3 news posts.
    await expect(status(page)).toHaveText('15 results for “customer”.');
  });

  test('“Show more” shows only when there is more, and adds the rest', async ({ tab: page }) => {
    await page.goto('/search/?q=hassle');
    await expect(status(page)).toHaveText('1 result for “hassle”.');
    await expect(results(page)).toHaveCount(1);
    await expect(more(page)).toBeHidden();

    // The site fixture's 15 action plans: ten, then five more.
    await page.goto('/search/?type=action-plan');
    await expect(status(page)).toHaveText('15 results, filtered by Action plan.');
    await expect(results(page)).toHaveCount(10);
    await expect(more(page)).toBeVisible();
    await more(page).click();
    await expect(results(page)).toHaveCount(15);
    await expect(more(page)).toBeHidden();
    // Focus goes to the first result added, so a keyboard reader carries on from there.
    await expect(results(page).nth(10).getByRole('link')).toBeFocused();
    // Newest first: the five oldest plans come last, the seed's four FY2018 quarters at the end.
    await expect(results(page).nth(14).getByRole('link')).toHaveText('FY2018 Q1 action plan');
  });

  test('each filter value shows how many results choosing it gives, once the reader reaches the filters', async ({ tab: page }) => {
    const pagefindFiles: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindFiles.push(new URL(request.url()).pathname);
    });
    await page.goto('/search/', { waitUntil: 'networkidle' });
    // Nothing is searched or reached yet: no index file is sent, and no count shown.
    expect(pagefindFiles).toEqual([]);
    await expect(typeBox(page, 'Goal')).toHaveAccessibleName('Goal');
    // The whole site fixture: 7 goals, 15 plans, 12 posts.
    await filtersGroup(page).hover();
    await expect(typeBox(page, 'Goal')).toHaveAccessibleName('Goal (7)');
    expect(pagefindFiles.filter((file) => file.startsWith('/pagefind/filter/')).length).toBeGreaterThan(0);
    await expect(typeBox(page, 'Action plan')).toHaveAccessibleName('Action plan (15)');
    await expect(typeBox(page, 'News')).toHaveAccessibleName('News (12)');

    await page.goto('/search/?type=action-plan&fy=2020');
    await expect(status(page)).toHaveText('4 results, filtered by Action plan, FY2020.');
    // A type counts with the year kept and the type left out: FY2020 has 2 goals with plans, 4 plans, 5 posts.
    await expect(typeBox(page, 'Goal')).toHaveAccessibleName('Goal (2)');
    await expect(typeBox(page, 'Action plan')).toHaveAccessibleName('Action plan (4)');
    await expect(typeBox(page, 'News')).toHaveAccessibleName('News (5)');
    // A year counts the plans of that year (the type kept, the year left out).
    expect(await optionTexts(page, 'Fiscal year')).toEqual(['All years', 'FY2021 (4)', 'FY2020 (4)', 'FY2019 (2)', 'FY2018 (5)']);
    // A quarter counts within FY2020 plans: September and July 2020 in Q4, June 2020 in Q3, December 2019 in Q1.
    expect(await optionTexts(page, 'Fiscal quarter')).toEqual([
      'All quarters',
      'FY2021 Q2 (0)',
      'FY2021 Q1 (0)',
      'FY2020 Q4 (2)',
      'FY2020 Q3 (1)',
      'FY2020 Q2 (0)',
      'FY2020 Q1 (1)',
      'FY2019 Q4 (0)',
      'FY2019 Q3 (0)',
      'FY2019 Q2 (0)',
      'FY2018 Q4 (0)',
      'FY2018 Q3 (0)',
      'FY2018 Q2 (0)',
      'FY2018 Q1 (0)',
    ]);
    expect(await optionTexts(page, 'Goal')).toEqual([
      'All goals',
      'Fixture goal without a category (0)',
      'Fixture Grants (1)',
      'Fixture IT Modernization (0)',
      'Fixture Lab-to-Market (0)',
      'Fixture Leveraging Data (0)',
      'Fixture Sharing Quality Services (0)',
      'Improving Customer Experience with Federal Services (3)',
    ]);
    await expectNoAxeViolations(page);
  });

  test('the fiscal quarter filter gives that quarter’s plans and is kept in the URL', async ({ tab: page }) => {
    await page.goto('/search/?type=action-plan');
    await page.getByLabel('Fiscal quarter').selectOption({ label: 'FY2020 Q4 (2)' });
    await expect(page).toHaveURL(/\/search\/\?type=action-plan&quarter=2020-Q4$/);
    await expect(status(page)).toHaveText('2 results, filtered by Action plan, FY2020 Q4.');
    await expect(results(page).getByRole('heading')).toHaveText(['September 2020 action plan', 'July 2020 action plan']);
    // A plan written as a quarter is filtered by the quarter it reports on.
    await page.goto('/search/?type=action-plan&quarter=2018-Q4');
    await expect(status(page)).toHaveText('2 results, filtered by Action plan, FY2018 Q4.');
    const hrefs = await results(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(['/CAP/cx/action-plans/2018-Q4/', '/CAP/it-modernization/action-plans/2018-Q4/']);
  });

  for (const viewport of [
    { width: 1350, height: 940 },
    { width: 375, height: 667 },
  ]) {
    test(`nothing moves as the page starts and results load (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // Every layout shift from the first paint on, user input or not: the sum is what Lighthouse reports as CLS, or more.
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { layoutShifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const shiftSum = () => page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0));

      // A shared link: the form replaces the no-JavaScript message, then results arrive.
      await page.goto('/search/?q=customer');
      await expect(status(page)).toHaveText('15 results for “customer”.');
      await nextFrame(page);
      expect(await shiftSum()).toBeLessThan(0.1);
      // A search typed on the empty page, then narrowed, then changed.
      await page.goto('/search/');
      await filtersGroup(page).hover();
      await expect(typeBox(page, 'Goal')).toHaveAccessibleName('Goal (7)');
      await page.getByRole('searchbox', { name: 'Search goals, action plans and news' }).fill('customer');
      await expect(status(page)).toHaveText('15 results for “customer”.');
      await typeBox(page, 'Goal').check();
      await expect(status(page)).toHaveText('2 results for “customer”, filtered by Goal.');
      await page.getByRole('searchbox', { name: 'Search goals, action plans and news' }).fill('hassle');
      await expect(status(page)).toHaveText('1 result for “hassle”, filtered by Goal.');
      await nextFrame(page);
      expect(await shiftSum()).toBeLessThan(0.1);
    });
  }

  test('can be used with the keyboard alone', async ({ tab: page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Search goals, action plans and news' }).focus();
    await page.keyboard.type('hassle');
    await page.keyboard.press('Enter');
    await expect(results(page)).toHaveCount(1);
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // first type checkbox
    // Reaching the filters by keyboard loads their counts.
    await expect(typeBox(page, 'Goal')).toHaveAccessibleName('Goal (1)');
    await page.keyboard.press('Space');
    await expect(typeBox(page, 'Goal')).toBeChecked();
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

  test('only the search page loads search code', async ({ tab: page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (['script', 'fetch', 'other'].includes(request.resourceType())) scripts.push(request.url());
    });
    await page.goto('/CAP/cx/');
    await page.goto('/CAP/cx/action-plans/2021-01/');
    expect(scripts.filter((url) => url.includes('pagefind'))).toEqual([]);
  });
});

test.describe('excerpts come from content, not page furniture', () => {
  test('a word only in one news post finds that post and no goal page, though the goal page shows the post’s description', async ({ tab: page }) => {
    // The goal page's News and events block repeats the post's description, word for word.
    await page.goto('/CAP/cx/');
    await expect(page.getByRole('region', { name: 'News and events' })).toContainText('progress at the kaleidoscope forum');
    await page.goto('/search/?q=kaleidoscope');
    await expect(status(page)).toHaveText('1 result for “kaleidoscope”.');
    await expect(results(page).getByRole('link')).toHaveText(['Customer experience in September']);
    await expect(results(page).getByRole('link')).toHaveAttribute('href', '/news/2020-09-10-customer-experience-in-september/');
  });

  test('a goal result’s excerpt starts with the goal’s title, not the hero’s eyebrow or labels', async ({ tab: page }) => {
    await page.goto('/search/?q=improving&type=goal');
    await expect(status(page)).toHaveText('1 result for “improving”, filtered by Goal.');
    // Not "Priority goal. Improving Customer Experience … Featured. Explore …".
    await expect(results(page).locator('.cap-result__excerpt')).toHaveText(
      /^Improving Customer Experience with Federal Services\. Explore 25 of the nation’s highest impact service providers/,
    );
  });

  test('the hero’s eyebrow is not searched: “cross-agency” finds only the goal whose own text says it', async ({ tab: page }) => {
    // Every goal page shows "Cross-Agency Priority goal" above its title.
    await page.goto('/CAP/grants/');
    await expect(page.getByText('Cross-Agency Priority goal')).toBeVisible();
    // Of the seven goals, only the seed names a resource "Mapping the Cross-Agency Experience".
    await page.goto('/search/?q=cross-agency&type=goal');
    await expect(status(page)).toHaveText('1 result for “cross-agency”, filtered by Goal.');
    await expect(results(page).getByRole('link')).toHaveAttribute('href', '/CAP/cx/');
  });
});

test.describe('what the index holds', () => {
  test('goal, plan and news pages only; not the index, home, or search pages', async ({ tab: page }) => {
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
