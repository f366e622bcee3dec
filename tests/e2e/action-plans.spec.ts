import { expect, test } from '@playwright/test';
import { documentArchive } from '../../src/site-config.ts';
import { distPageUrls } from '../support/dist-pages.ts';

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
    await expect(page.getByRole('link', { name: 'January 2021 action plan (PDF)', exact: true })).toHaveAttribute('href', archived('/CAP/action_plans/jan_2021_CX.pdf'));
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
    // One row per plan page the site built, for every goal.
    await expect(rows).toHaveCount(distPageUrls().filter((url) => /^\/CAP\/[^/]+\/action-plans\/[^/]+\/$/.test(url)).length);
    await expect(rows.first()).toContainText('January 2021');
    await expect(rows.first()).toContainText('FY2021 Q2');
    await expect(rows.last()).toContainText('FY2018 Q1');
    await expect(rows.first().getByRole('link', { name: /^PDF ?: January 2021 action plan, Improving Customer Experience with Federal Services$/ })).toHaveAttribute(
      'href',
      archived('/CAP/action_plans/jan_2021_CX.pdf'),
    );
    await expect(rows.first().getByRole('link', { name: 'January 2021', exact: true })).toHaveAttribute('href', '/CAP/cx/action-plans/2021-01/');
    await context.close();
  });

  test('passes axe', async ({ page }) => {
    await page.goto('/CAP/action-plans/');
    await expectNoAxeViolations(page);
  });
});
