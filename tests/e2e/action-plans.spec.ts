import { expect, test } from '@playwright/test';
import { documentArchive } from '../../src/site-config.ts';

// The seed's PDFs are not in the site, so their links go to the archive of the old site.
const archived = (path: string) => `${documentArchive}${path}`;
import { expectNoAxeViolations } from '../support/axe.ts';

test.describe('action plan pages', () => {
  test('a month plan shows its goal, period, fiscal quarter, document and neighbours', async ({ page }) => {
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

  test('a quarter plan is labelled with its fiscal quarter and claims no publication month', async ({ page }) => {
    await page.goto('/CAP/cx/action-plans/2018-Q4/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('FY2018 Q4 action plan');
    await expect(page.locator('.cap-plan__facts')).toContainText('FY2018 Q4');
    await expect(page.locator('.cap-plan__facts')).not.toContainText('Published');
    await expect(page.getByRole('link', { name: /^Next / })).toHaveAttribute('href', '/CAP/cx/action-plans/2019-06/');
    await expect(page.getByRole('link', { name: /^Previous / })).toHaveAttribute('href', '/CAP/cx/action-plans/2018-Q3/');
    await expectNoAxeViolations(page);
  });

  test("the goal page links each plan's document and its page", async ({ page }) => {
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
  test('lists every plan newest first, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/CAP/action-plans/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All action plans');
    const rows = page.locator('tbody tr');
    // Every plan of the site fixture: the seed's 10, Grants 2, IT Modernization 2, Leveraging Data 1; one month's plans by goal title.
    const planPages = rows.getByRole('link', { name: /^(\w+ \d{4}|FY\d{4} Q\d)/ });
    expect(await planPages.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
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
      '/CAP/it-modernization/action-plans/2018-Q4/',
      '/CAP/cx/action-plans/2018-Q4/',
      '/CAP/cx/action-plans/2018-Q3/',
      '/CAP/cx/action-plans/2018-Q2/',
      '/CAP/cx/action-plans/2018-Q1/',
    ]);
    await expect(rows).toHaveCount(15);
    await expect(rows.first()).toContainText('Fixture Grants');
    await expect(rows.first()).toContainText('FY2021 Q2');
    await expect(rows.last()).toContainText('FY2018 Q1');
    const cx = rows.nth(2);
    await expect(cx.getByRole('link', { name: /^PDF ?: January 2021 action plan, Improving Customer Experience with Federal Services$/ })).toHaveAttribute(
      'href',
      archived('/CAP/action_plans/jan_2021_CX.pdf'),
    );
    await expect(cx.getByRole('link', { name: 'January 2021', exact: true })).toHaveAttribute('href', '/CAP/cx/action-plans/2021-01/');
    await context.close();
  });

  test('passes axe', async ({ page }) => {
    await page.goto('/CAP/action-plans/');
    await expectNoAxeViolations(page);
  });
});
