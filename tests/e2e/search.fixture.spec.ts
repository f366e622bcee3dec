/** Runs against the search fixture site (tests/fixtures/search), whose PDFs are generated at build time. */
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from '../support/axe.ts';
import { expect, test } from '../support/shared-tab.ts';

const PDF_ONLY_WORD = 'quillwort';

test('a word found only inside a plan’s PDF returns that plan’s page, with the PDF page it is on', async ({ tab: page }) => {
  await page.goto(`/search/?q=${PDF_ONLY_WORD}`);
  await expect(page.getByRole('status')).toHaveText(`1 result for “${PDF_ONLY_WORD}”.`);
  const result = page.locator('[data-search-results] > li');
  await expect(result.getByRole('link', { name: 'September 2020 action plan', exact: true })).toHaveAttribute('href', '/CAP/grants/action-plans/2020-09/');
  await expect(result).toContainText('Goal: Results-Oriented Accountability for Grants');
  // The word is on page 3 of the PDF only: one sub-result, named and linked to that page of the plan page.
  const pages = result.locator('.cap-result__pages > li');
  await expect(pages).toHaveCount(1);
  await expect(pages.getByRole('link')).toHaveText('September 2020 action plan, page 3 (PDF)');
  await expect(pages.getByRole('link')).toHaveAttribute('href', '/CAP/grants/action-plans/2020-09/#page-3');
  await expect(pages.locator('mark')).toHaveText([PDF_ONLY_WORD]);
  await expectNoAxeViolations(page);
});

test('a word on two pages of the PDF gives one result for the plan, with each page under it in order', async ({ tab: page }) => {
  await page.goto('/search/?q=sundew');
  await expect(page.getByRole('status')).toHaveText('1 result for “sundew”.');
  const pages = page.locator('[data-search-results] > li .cap-result__pages > li');
  await expect(pages.getByRole('link')).toHaveText(['September 2020 action plan, page 1 (PDF)', 'September 2020 action plan, page 3 (PDF)']);
  await expect(pages.getByRole('link').first()).toHaveAttribute('href', '/CAP/grants/action-plans/2020-09/#page-1');
  await expect(pages.getByRole('link').last()).toHaveAttribute('href', '/CAP/grants/action-plans/2020-09/#page-3');
});

test('a page of the PDF found by search opens the plan’s text at that page, with a link to that page of the PDF', async ({ tab: page }) => {
  await page.goto(`/search/?q=${PDF_ONLY_WORD}`);
  await page.getByRole('link', { name: 'September 2020 action plan, page 3 (PDF)' }).click();
  await expect(page).toHaveURL(/\/CAP\/grants\/action-plans\/2020-09\/#page-3$/);
  // The browser opens the <details> holding the target of the link.
  await expect(page.locator('details.cap-plan__text')).toHaveAttribute('open');
  const heading = page.getByRole('heading', { level: 2, name: 'Page 3' });
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('link', { name: 'Page 3 of the PDF' })).toHaveAttribute('href', '/CAP/action_plans/grants-2020-09.pdf#page=3');
  await expectNoAxeViolations(page);
});

test('the plan page shows the PDF’s text, collapsed, page by page, and its size', async ({ tab: page }) => {
  await page.goto('/CAP/grants/action-plans/2020-09/');
  const text = page.locator('details.cap-plan__text');
  await expect(text.locator('summary')).toHaveText('Text of the plan');
  await expect(text).not.toHaveAttribute('open');
  await expect(text).toContainText(`pilot the ${PDF_ONLY_WORD} risk dashboard`);
  // Page 2 of the PDF has no text: no heading, and the others keep the document's numbers.
  await expect(text.locator('h2')).toHaveText(['Page 1', 'Page 3']);
  await expect(text.locator('h2').first()).toHaveId('page-1');
  await expect(text.locator('h2').last()).toHaveId('page-3');
  await expect(text.getByRole('link', { includeHidden: true })).toHaveText(['Page 1 of the PDF', 'Page 3 of the PDF']);
  const link = page.getByRole('link', { name: /^Read the September 2020 action plan \(PDF, \d+(\.\d)? (KB|bytes)\)$/ });
  await expect(link).toHaveAttribute('href', '/CAP/action_plans/grants-2020-09.pdf');
  await expect(page.getByText('not searchable')).toHaveCount(0);
  // The document the content folder carries is published with the site.
  const response = await page.request.get('/CAP/action_plans/grants-2020-09.pdf');
  expect(response.status()).toBe(200);
  await expectNoAxeViolations(page);
  // Opened, the text and its page headings pass too.
  await text.locator('summary').click();
  await expect(text).toHaveAttribute('open');
  await expectNoAxeViolations(page);
});

test('an unreadable PDF is reported once by name and its page is built without text', async ({ tab: page }) => {
  const log = readFileSync(new URL('../.tmp/search-fixture/build.log', import.meta.url), 'utf8');
  const warnings = log.split('\n').filter((line) => line.includes('grants-2020-06.pdf'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/Could not read the text of \/CAP\/action_plans\/grants-2020-06\.pdf/);
  await page.goto('/CAP/grants/action-plans/2020-06/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('June 2020 action plan');
  await expect(page.locator('details.cap-plan__text')).toHaveCount(0);
  await expect(
    page.getByText('The text of this plan is not searchable on this site: the text could not be read from the PDF. Read it through the link above.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a plan linked off-site shows its type but no size', async ({ tab: page }) => {
  await page.goto('/CAP/grants/action-plans/2019-Q4/');
  await expect(page.getByRole('link', { name: 'Read the FY2019 Q4 action plan (PDF)' })).toHaveAttribute(
    'href',
    'https://www.performance.gov/CAP/action_plans/FY2019_Q4_Grants.pdf',
  );
  await expect(
    page.getByText(
      'The text of this plan is not searchable on this site: this site does not hold the document. Read it on www.performance.gov, through the link above.',
    ),
  ).toBeVisible();
});

test('news posts carry the goal they are tagged with', async ({ tab: page }) => {
  await page.goto('/search/?q=grants&type=news');
  const result = page.locator('[data-search-results] > li');
  await expect(result).toHaveCount(1);
  await expect(result).toContainText('Goal: Results-Oriented Accountability for Grants');
  await expect(result).toContainText('October 1, 2020');
});
