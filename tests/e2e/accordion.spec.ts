import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { expect, test } from '../support/shared-tab.ts';

/** The seed goal's accordion sections, in page order. */
const SECTIONS = [
  { id: 'goal-statement', name: 'Goal Statement', text: 'This goal will provide a modern, streamlined' },
  { id: 'the-challenge', name: 'The Challenge', text: 'Citizens and businesses expect well-designed' },
  { id: 'the-opportunity', name: 'The Opportunity', text: 'There are opportunities to: increase trust' },
  { id: 'action-plans', name: 'Action Plans and Updates', text: 'FY2018 Q1' },
  { id: 'resources', name: 'Resources', text: 'US Forms System Library' },
] as const;
type Section = (typeof SECTIONS)[number];

const PAGE = '/CAP/cx/';

const accordion = (page: Page) => page.locator('cap-accordion');
/** The section's own button: the one inside its h2. */
const button = (page: Page, s: Section) => page.locator(`#${s.id}-heading > button`);
const content = (page: Page, s: Section) => page.locator(`#${s.id}-content`);
/** A piece of the section's text: what a reader sees or does not see. */
const text = (page: Page, s: Section) => content(page, s).getByText(s.text).first();
const showAll = (page: Page) => page.getByRole('button', { name: 'Show all sections' });
const hideAll = (page: Page) => page.getByRole('button', { name: 'Hide all sections' });

async function expectOpen(page: Page, s: Section, open: boolean) {
  await expect(button(page, s)).toHaveAttribute('aria-expanded', String(open));
  if (open) {
    await expect(content(page, s)).not.toHaveAttribute('hidden');
    await expect(text(page, s)).toBeVisible();
  } else {
    await expect(content(page, s)).toHaveAttribute('hidden');
    await expect(text(page, s)).toBeHidden();
  }
}

async function expectAll(page: Page, open: boolean) {
  for (const s of SECTIONS) await expectOpen(page, s, open);
}

async function gotoEnhanced(page: Page, url = PAGE) {
  await page.goto(url);
  await expect(accordion(page)).toHaveAttribute('data-enhanced', '');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every section is a visible h2 with its content, and nothing claims to be collapsed', async ({ page }) => {
    await page.goto(PAGE);
    for (const s of SECTIONS) {
      await expect(page.getByRole('heading', { level: 2, name: s.name, exact: true })).toBeVisible();
      await expect(text(page, s)).toBeVisible();
    }
    await expect(accordion(page).getByRole('button')).toHaveCount(0);
    await expect(accordion(page).locator('[aria-expanded], [aria-controls], [hidden]')).toHaveCount(0);
    await expect(accordion(page)).not.toHaveAttribute('data-enhanced');
  });
});

test.describe('with JavaScript', () => {
  test('upgrades each h2 to hold a button that controls its closed content', async ({ tab: page }) => {
    await gotoEnhanced(page);
    for (const s of SECTIONS) {
      const heading = page.getByRole('heading', { level: 2, name: s.name, exact: true });
      await expect(heading).toBeVisible();
      await expect(heading.getByRole('button')).toHaveCount(1);
      await expect(button(page, s)).toHaveAccessibleName(s.name);
      await expect(button(page, s)).toHaveAttribute('type', 'button');
      await expect(button(page, s)).toHaveClass('usa-accordion__button');
      await expect(button(page, s)).toHaveAttribute('aria-controls', `${s.id}-content`);
      await expectOpen(page, s, false);
    }
  });

  test('collapsed content uses hidden="until-found" so find-in-page can reach it', async ({ tab: page }) => {
    await gotoEnhanced(page);
    for (const s of SECTIONS) await expect(content(page, s)).toHaveAttribute('hidden', 'until-found');
  });

  test('a click opens and closes one section, and several may be open at once', async ({ tab: page }) => {
    await gotoEnhanced(page);
    const [statement, challenge, opportunity] = SECTIONS;
    await button(page, challenge).click();
    await expectOpen(page, challenge, true);
    await expectOpen(page, statement, false);
    await expectOpen(page, opportunity, false);

    await button(page, opportunity).click();
    await expectOpen(page, challenge, true);
    await expectOpen(page, opportunity, true);

    await button(page, challenge).click();
    await expectOpen(page, challenge, false);
    await expectOpen(page, opportunity, true);
  });

  test('by keyboard: Tab reaches the buttons in order, Enter and Space toggle, open content joins the tab order', async ({ tab: page }) => {
    await gotoEnhanced(page);
    const focusedIs = (id: string) => page.evaluate((i) => document.activeElement?.closest('h2')?.id === i, id);

    // Tab from the top of the page until the "Show all sections" button has focus.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === 'Show all sections');
    }
    expect(reached, 'Tab reaches "Show all sections"').toBe(true);

    // Closed content is skipped: each Tab lands on the next section's button.
    for (const s of SECTIONS) {
      await page.keyboard.press('Tab');
      await expect(button(page, s)).toBeFocused();
    }

    const resources = SECTIONS[4];
    await page.keyboard.press('Enter');
    await expectOpen(page, resources, true);
    await expect(button(page, resources)).toBeFocused();
    await page.keyboard.press('Space');
    await expectOpen(page, resources, false);
    await page.keyboard.press('Space');
    await expectOpen(page, resources, true);

    // Once open, the next Tab goes into the section's own links.
    await page.keyboard.press('Tab');
    await expect(content(page, resources).getByRole('link').first()).toBeFocused();
    expect(await focusedIs(`${resources.id}-heading`)).toBe(false);
  });

  test('"Show all sections" opens every section and becomes "Hide all sections"', async ({ tab: page }) => {
    await gotoEnhanced(page);
    await expect(hideAll(page)).toHaveCount(0);
    await expect(showAll(page)).toHaveAttribute('aria-expanded', 'false');
    await showAll(page).click();
    await expectAll(page, true);
    await expect(showAll(page)).toHaveCount(0);
    await expect(hideAll(page)).toHaveAttribute('aria-expanded', 'true');

    await hideAll(page).click();
    await expectAll(page, false);
    await expect(showAll(page)).toBeVisible();

    // Opening every section one by one also changes the label.
    for (const s of SECTIONS) await button(page, s).click();
    await expect(hideAll(page)).toBeVisible();
    await button(page, SECTIONS[0]).click();
    await expect(showAll(page)).toBeVisible();
  });

  test('a URL hash opens the section it names, on load', async ({ tab: page }) => {
    await gotoEnhanced(page, `${PAGE}#the-challenge`);
    await expectOpen(page, SECTIONS[1], true);
    await expect(page.locator('#the-challenge')).toBeInViewport();
    for (const s of [SECTIONS[0], SECTIONS[2], SECTIONS[3], SECTIONS[4]]) await expectOpen(page, s, false);
  });

  test('a URL hash naming an element inside a section opens that section, on load', async ({ tab: page }) => {
    await gotoEnhanced(page, `${PAGE}#plans-2019`);
    await expectOpen(page, SECTIONS[3], true);
    await expect(page.locator('#plans-2019')).toBeInViewport();
    await expectOpen(page, SECTIONS[1], false);
  });

  test('a hash change opens its section: the "On this page" links work', async ({ tab: page }) => {
    await gotoEnhanced(page);
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Resources' }).click();
    await expect(page).toHaveURL(/#resources$/);
    await expectOpen(page, SECTIONS[4], true);
    await page.evaluate(() => (location.hash = '#the-opportunity-heading'));
    await expectOpen(page, SECTIONS[2], true);
    await expectOpen(page, SECTIONS[4], true);
  });

  test('a malformed hash names nothing and breaks nothing', async ({ tab: page }) => {
    await gotoEnhanced(page, `${PAGE}#%E0%A4%A`);
    await expectAll(page, false);
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'The Challenge' }).click();
    await expectOpen(page, SECTIONS[1], true);
  });

  test('open sections survive a reload in the same session, and only there', async ({ page, context }) => {
    await gotoEnhanced(page);
    await button(page, SECTIONS[2]).click();
    await button(page, SECTIONS[4]).click();
    await page.reload();
    await expect(accordion(page)).toHaveAttribute('data-enhanced', '');
    await expectOpen(page, SECTIONS[2], true);
    await expectOpen(page, SECTIONS[4], true);
    await expectOpen(page, SECTIONS[0], false);

    await button(page, SECTIONS[4]).click();
    await page.reload();
    await expectOpen(page, SECTIONS[2], true);
    await expectOpen(page, SECTIONS[4], false);

    // A new session (a fresh tab has its own sessionStorage) starts closed.
    const other = await context.browser()!.newContext();
    const fresh = await other.newPage();
    await gotoEnhanced(fresh, new URL(PAGE, page.url()).href);
    await expectAll(fresh, false);
    await other.close();
  });

  test('still works when sessionStorage throws', async ({ page }) => {
    await page.addInitScript(() => {
      const fail = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.getItem = fail;
      Storage.prototype.setItem = fail;
    });
    await gotoEnhanced(page);
    await expectAll(page, false);
    await button(page, SECTIONS[1]).click();
    await expectOpen(page, SECTIONS[1], true);
  });

  test('find-in-page style reveal: the browser fires beforematch and the button follows', async ({ tab: page }) => {
    await gotoEnhanced(page);
    // Fragment navigation into hidden="until-found" content runs the same reveal as find-in-page:
    // the browser fires `beforematch` and removes `hidden` synchronously, before `hashchange` is queued.
    const expandedRightAway = await page.evaluate(() => {
      location.hash = '#plans-2019';
      return document.querySelector('#action-plans-heading > button')?.getAttribute('aria-expanded');
    });
    expect(expandedRightAway).toBe('true');
    await expectOpen(page, SECTIONS[3], true);

    // The event alone (as find-in-page would send it) also opens a section.
    await content(page, SECTIONS[1]).dispatchEvent('beforematch');
    await expectOpen(page, SECTIONS[1], true);
  });

  test('falls back to plain hidden where until-found is not supported', async ({ page }) => {
    await page.addInitScript(() => {
      delete (HTMLElement.prototype as { onbeforematch?: unknown }).onbeforematch;
    });
    await gotoEnhanced(page);
    for (const s of SECTIONS) await expect(content(page, s)).toHaveAttribute('hidden', '');
    await expectAll(page, false);
    await button(page, SECTIONS[0]).click();
    await expectOpen(page, SECTIONS[0], true);

    // No beforematch here: the hash change alone opens the section and brings the target into view.
    await page.evaluate(() => (location.hash = '#plans-2019'));
    await expectOpen(page, SECTIONS[3], true);
    await expect(page.locator('#plans-2019')).toBeInViewport();

    await page.emulateMedia({ media: 'print' });
    for (const s of SECTIONS) await expect(text(page, s)).toBeVisible();
  });

  test('printing shows every section, closed ones included', async ({ tab: page }) => {
    await gotoEnhanced(page);
    await button(page, SECTIONS[1]).click();
    await expectOpen(page, SECTIONS[0], false);
    await page.emulateMedia({ media: 'print' });
    for (const s of SECTIONS) await expect(text(page, s)).toBeVisible();
    await expect(showAll(page)).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expectOpen(page, SECTIONS[0], false);
  });
  // axe with every section closed and open: accessibility.spec.ts, on every page.
});

test('axe finds no WCAG 2.2 AA violations in the server HTML (the page as it is without JavaScript)', async ({ page }) => {
  // axe needs JavaScript to run, so serve the built page with its scripts removed instead.
  let removed = 0;
  await page.route(`**${PAGE}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, () => {
      removed++;
      return '';
    });
    await route.fulfill({ response, body: html });
  });
  await page.goto(PAGE);
  expect(removed).toBeGreaterThan(0);
  await expect(accordion(page)).not.toHaveAttribute('data-enhanced');
  await expect(accordion(page).getByRole('button')).toHaveCount(0);
  expect(await axeViolations(page, 'cap-accordion')).toEqual([]);
});
