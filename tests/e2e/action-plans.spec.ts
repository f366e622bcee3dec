import { type Locator, type Page } from '@playwright/test';
import { documentArchive } from '../../src/site-config.ts';

// The seed's PDFs are not in the site, so their links go to the archive of the old site.
const archived = (path: string) => `${documentArchive}${path}`;
import { expectNoAxeViolations } from '../support/axe.ts';
import { expect, test } from '../support/shared-tab.ts';

test.describe('action plan pages', () => {
  test('a month plan shows its goal, period, fiscal quarter, document and neighbours', async ({ tab: page }) => {
    await page.goto('/CAP/cx/action-plans/2019-12/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('December 2019 action plan');
    const facts = page.locator('.cap-plan__facts');
    await expect(facts).toContainText('Improving Customer Experience with Federal Services');
    await expect(facts).toContainText('December 2019');
    await expect(facts).toContainText('FY2020 Q1');
    await expect(page.getByRole('link', { name: 'Read the December 2019 action plan (PDF)' })).toHaveAttribute(
      'href',
      archived('/CAP/action_plans/dec_2019_Improving_Customer_Experience.pdf'),
    );
    const nav = page.getByRole('navigation', { name: 'Other action plans for this goal' });
    await expect(nav.getByRole('link', { name: 'Previous September 2019 action plan' })).toHaveAttribute('href', '/CAP/cx/action-plans/2019-09/');
    await expect(nav.getByRole('link', { name: 'Next July 2020 action plan' })).toHaveAttribute('href', '/CAP/cx/action-plans/2020-07/');
    await expectNoAxeViolations(page);
  });

  test('a quarter plan is labelled with its fiscal quarter and claims no publication month', async ({ tab: page }) => {
    await page.goto('/CAP/cx/action-plans/2018-Q4/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('FY2018 Q4 action plan');
    await expect(page.locator('.cap-plan__facts')).toContainText('FY2018 Q4');
    await expect(page.locator('.cap-plan__facts')).not.toContainText('Published');
    await expect(page.getByRole('link', { name: /^Next / })).toHaveAttribute('href', '/CAP/cx/action-plans/2019-06/');
    await expect(page.getByRole('link', { name: /^Previous / })).toHaveAttribute('href', '/CAP/cx/action-plans/2018-Q3/');
    await expectNoAxeViolations(page);
  });

  test("the goal page links each plan's document and its page", async ({ tab: page }) => {
    // The hash opens the section, so its links are in the accessibility tree.
    await page.goto('/CAP/cx/#action-plans');
    await expect(page.getByRole('link', { name: 'January 2021 action plan (PDF)', exact: true })).toHaveAttribute(
      'href',
      archived('/CAP/action_plans/jan_2021_CX.pdf'),
    );
    await expect(page.getByRole('link', { name: /^Plan page ?: January 2021 action plan$/ })).toHaveAttribute('href', '/CAP/cx/action-plans/2021-01/');
    await expect(page.getByRole('link', { name: /^Plan page ?: / })).toHaveCount(10);
  });
});

test.describe('the action plan index', () => {
  const planLinks = (page: Page) => page.locator('tbody tr').getByRole('link', { name: /^(\w+ \d{4}|FY\d{4} Q\d)$/ });
  const hrefs = (links: Locator) => links.evaluateAll((found) => found.map((a) => a.getAttribute('href')));

  test('starts with every fiscal year, the newest plans and every goal with plans, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/CAP/action-plans/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action plans');
    // The site fixture: the seed's 10 plans, Grants 2, IT Modernization 2, Leveraging Data 1.
    await expect(page.getByText('15 action plans have been published for 4 goals.')).toBeVisible();
    const years = page.getByRole('navigation', { name: 'Action plans by fiscal year' }).getByRole('link');
    await expect(years).toHaveText(['FY2021 (4 plans)', 'FY2020 (4 plans)', 'FY2019 (2 plans)', 'FY2018 (5 plans)']);
    expect(await hrefs(years)).toEqual(['/CAP/action-plans/fy2021/', '/CAP/action-plans/fy2020/', '/CAP/action-plans/fy2019/', '/CAP/action-plans/fy2018/']);
    // The ten newest, one month's plans by goal title.
    expect(await hrefs(planLinks(page))).toEqual([
      '/CAP/grants/action-plans/2021-01/',
      '/CAP/leveraging-data/action-plans/2021-01/',
      '/CAP/cx/action-plans/2021-01/',
      '/CAP/it-modernization/action-plans/2020-12/',
      '/CAP/cx/action-plans/2020-09/',
      '/CAP/cx/action-plans/2020-07/',
      '/CAP/grants/action-plans/2020-06/',
      '/CAP/cx/action-plans/2019-12/',
      '/CAP/cx/action-plans/2019-09/',
      '/CAP/cx/action-plans/2019-06/',
    ]);
    const goals = page.locator('.cap-plan-goals').getByRole('link');
    await expect(goals).toHaveText([
      'Fixture Grants',
      'Fixture IT Modernization',
      'Fixture Leveraging Data',
      'Improving Customer Experience with Federal Services',
    ]);
    expect(await hrefs(goals)).toEqual([
      '/CAP/action-plans/goal/grants/',
      '/CAP/action-plans/goal/it-modernization/',
      '/CAP/action-plans/goal/leveraging-data/',
      '/CAP/action-plans/goal/cx/',
    ]);
    await context.close();
  });

  test('a fiscal year lists that year’s plans of every goal, each document link naming its plan and goal, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/CAP/action-plans/');
    await page.getByRole('link', { name: 'FY2020 (4 plans)' }).click();
    await expect(page).toHaveURL(/\/CAP\/action-plans\/fy2020\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action plans of fiscal year 2020');
    await expect(page.getByRole('link', { name: 'FY2020 (4 plans)' })).toHaveAttribute('aria-current', 'page');
    // FY2020 ran from October 2019 to September 2020.
    expect(await hrefs(planLinks(page))).toEqual([
      '/CAP/cx/action-plans/2020-09/',
      '/CAP/cx/action-plans/2020-07/',
      '/CAP/grants/action-plans/2020-06/',
      '/CAP/cx/action-plans/2019-12/',
    ]);
    const rows = page.locator('tbody tr');
    await expect(rows.first()).toContainText('FY2020 Q4');
    await expect(rows.last()).toContainText('FY2020 Q1');
    await expect(
      rows.first().getByRole('link', { name: /^September 2020 action plan ?, Improving Customer Experience with Federal Services \(PDF\)$/ }),
    ).toHaveAttribute('href', archived('/CAP/action_plans/september_2020_Improving_Customer_Experience.pdf'));
    // No document link is named only by its type.
    await expect(page.getByRole('link', { name: /^PDF\b/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'All fiscal years and goals' }).click();
    await expect(page).toHaveURL(/\/CAP\/action-plans\/$/);
    await context.close();
  });

  test('a goal lists its own plans, newest first, and links its page', async ({ tab: page }) => {
    await page.goto('/CAP/action-plans/goal/cx/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action plans of Improving Customer Experience with Federal Services');
    await expect(page.locator('tbody tr')).toHaveCount(10);
    await expect(planLinks(page).first()).toHaveAttribute('href', '/CAP/cx/action-plans/2021-01/');
    await expect(planLinks(page).last()).toHaveAttribute('href', '/CAP/cx/action-plans/2018-Q1/');
    await expect(page.getByRole('link', { name: 'January 2021 action plan (PDF)', exact: true })).toHaveAttribute(
      'href',
      archived('/CAP/action_plans/jan_2021_CX.pdf'),
    );
    await expect(page.getByRole('link', { name: 'About the goal: Improving Customer Experience with Federal Services' })).toHaveAttribute('href', '/CAP/cx/');
  });

  test('with JavaScript, a filter link replaces the list in place, and Back brings the last one back', async ({ page }) => {
    await page.goto('/CAP/action-plans/');
    // A marker on the page: a full page load would drop it.
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await page.getByRole('link', { name: 'FY2019 (2 plans)' }).click();
    await expect(page).toHaveURL(/\/CAP\/action-plans\/fy2019\/$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Action plans of fiscal year 2019');
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(/^Action plans of fiscal year 2019/);
    expect(await hrefs(planLinks(page))).toEqual(['/CAP/cx/action-plans/2019-09/', '/CAP/cx/action-plans/2019-06/']);
    await page.getByRole('link', { name: 'FY2018 (5 plans)' }).click();
    await expect(heading).toHaveText('Action plans of fiscal year 2018');
    await expect(page.locator('tbody tr')).toHaveCount(5);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    await page.goBack();
    await expect(page).toHaveURL(/\/CAP\/action-plans\/fy2019\/$/);
    await expect(heading).toHaveText('Action plans of fiscal year 2019');
    await page.goBack();
    await expect(heading).toHaveText('Action plans');
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    // A link out of the index (a plan's page) is an ordinary link.
    await planLinks(page).first().click();
    await expect(page).toHaveURL(/\/CAP\/grants\/action-plans\/2021-01\/$/);
  });
});
