import { expect, test } from '@playwright/test';

test('the seed goal page shows its title, featured box and quote', async ({ page }) => {
  await page.goto('/CAP/cx/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Improving Customer Experience with Federal Services');
  await expect(page.getByText('Explore 25 of the nation’s highest impact service providers (HISPs)')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Learn More' })).toHaveAttribute('href', 'https://www.performance.gov/cx/');
  await expect(page.locator('blockquote')).toContainText('Federal customers deserve an experience that compares to—or exceeds—that of leading private sector organizations.');
  await expect(page.locator('figcaption')).toHaveText("President's Management Agenda");
});
