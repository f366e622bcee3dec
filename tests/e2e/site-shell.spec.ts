import type { Page } from '@playwright/test';
import { expect, test } from '../support/shared-tab.ts';

/**
 * Pages that use the shell, with the primary navigation item each marks as current. The goal page
 * is the richest and in no section of its own; the home page has no accordion; the overview is "Goals".
 */
const pages: Record<string, { name: string; href: string } | undefined> = {
  '/': { name: 'Home', href: '/' },
  '/CAP/cx/': undefined,
  '/CAP/overview/': { name: 'Goals', href: '/CAP/overview/' },
};

const bannerText = 'An official website of the United States government';
const requiredLinks = [
  'About OMB',
  'Accessibility statement',
  'FOIA requests',
  'No FEAR Act data',
  'Office of the Inspector General',
  'Performance reports',
  'Privacy policy',
  'Vulnerability disclosure policy',
  'Contact',
];

function banner(page: Page) {
  return page.getByRole('region', { name: 'Official website of the United States government' });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`official banner, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('opens and closes its guidance with a click', async ({ page }) => {
      await page.goto('/CAP/cx/');
      await expect(banner(page)).toContainText(bannerText);
      const toggle = banner(page).locator('summary');
      const guidance = banner(page).getByText('Official websites use .gov');
      await expect(toggle).toContainText('Here’s how you know');
      await expect(guidance).toBeHidden();
      await toggle.click();
      await expect(guidance).toBeVisible();
      await expect(banner(page).getByText('Secure .gov websites use HTTPS')).toBeVisible();
      await expect(banner(page).getByRole('img', { name: 'Locked padlock icon' })).toBeVisible();
      await toggle.click();
      await expect(guidance).toBeHidden();
    });
  });
}

test('the banner opens from the keyboard', async ({ tab: page }) => {
  await page.goto('/CAP/cx/');
  await banner(page).locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(banner(page).locator('details')).toHaveAttribute('open', '');
  await expect(banner(page).getByText('Official websites use .gov')).toBeVisible();
});

test('the shell ships no JavaScript of its own', async ({ tab: page }) => {
  await page.goto('/');
  await expect(page.locator('script')).toHaveCount(0);
});

for (const [path, currentItem] of Object.entries(pages)) {
  test.describe(path, () => {
    test('the skip link is the first focusable element and moves focus to main', async ({ tab: page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      await expect(skip).toBeFocused();
      // USWDS slides the link in; wait for it rather than measuring mid-transition.
      await expect(skip, 'the focused skip link is on screen').toBeInViewport({ ratio: 1 });
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main-content')).toBeFocused();
      expect(page.url()).toMatch(/#main-content$/);
    });

    test('has each landmark exactly once, and one h1 with no skipped heading levels', async ({ tab: page }) => {
      await page.goto(path);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Primary' })).toHaveCount(1);
      await expect(page.getByRole('banner').getByRole('navigation', { name: 'Primary' })).toHaveCount(1);
      await expect(page.getByRole('contentinfo').getByRole('navigation', { name: 'Important links' })).toHaveCount(1);
      await expect(banner(page)).toHaveCount(1);
      // The skip link comes first in the document, then the banner, then the header.
      const positions = [];
      for (const part of [page.getByRole('link', { name: 'Skip to main content' }), banner(page), page.getByRole('banner')]) {
        positions.push(await part.evaluate((el) => [...document.body.children].indexOf(el)));
      }
      expect(positions).toEqual([0, 1, 2]);

      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i} after h${levels[i - 1]}`).toBeLessThanOrEqual(1);
    });

    test('marks only the current page in the primary navigation', async ({ tab: page }) => {
      await page.goto(path);
      const nav = page.getByRole('navigation', { name: 'Primary' });
      await expect(nav.getByRole('link')).toHaveText(['Home', 'Goals', 'Action plans', 'News']);
      const current = nav.locator('[aria-current]');
      await expect(current).toHaveCount(currentItem ? 1 : 0);
      if (currentItem) {
        await expect(current).toHaveAttribute('aria-current', 'page');
        await expect(current).toHaveText(currentItem.name);
        await expect(current).toHaveAttribute('href', currentItem.href);
      }
      await expect(page.getByRole('banner').getByRole('link', { name: /Performance\.gov/ })).toHaveAttribute('href', '/');
    });

    test('the identifier has every required link: the site’s own accessibility statement, the contact setting, outside https pages', async ({ tab: page }) => {
      await page.goto(path);
      const footer = page.getByRole('contentinfo');
      await expect(footer).toContainText('performance.gov');
      await expect(footer).toContainText('Office of Management and Budget');
      const links = footer.getByRole('navigation', { name: 'Important links' }).getByRole('link');
      await expect(links).toHaveText(requiredLinks);
      const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      expect(hrefs[1]).toBe('/accessibility/');
      expect(hrefs[8]).toBe('mailto:contact@cap-goals.example.gov');
      for (const href of hrefs.filter((_, index) => index !== 1 && index !== 8)) {
        expect(href).toMatch(/^https:\/\/[a-z.]+\.gov\//);
      }
      await expect(footer.getByRole('link', { name: 'Visit USA.gov' })).toHaveAttribute('href', 'https://www.usa.gov/');
    });

    test('does not scroll sideways at 320 px', async ({ tab: page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(path);
      await banner(page).locator('summary').click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
    // axe with the banner closed and open runs on every page in accessibility.spec.ts.
  });
}

test.describe('print', () => {
  test('hides the chrome, shows every section and the address of outside links', async ({ tab: page }) => {
    await page.goto('/CAP/cx/');
    await page.emulateMedia({ media: 'print' });
    await expect(banner(page)).toBeHidden();
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Primary' })).toBeHidden();
    for (const content of await page.locator('.cap-accordion__content, .usa-accordion__content').all()) {
      await expect(content).toBeVisible();
    }
    const external = page.getByRole('main').getByRole('link', { name: 'US Forms System Library' });
    const after = await external.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('https://github.com/usds/us-forms-system');
    const local = page.getByRole('main').getByRole('link', { name: 'Customer experience plan for 2021' });
    expect(await local.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
  });
});
