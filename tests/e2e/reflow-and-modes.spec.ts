import type { Page } from '@playwright/test';
import { tabTo } from '../support/focus.ts';
import { pageKinds, type PageKind } from '../support/page-kinds.ts';
import { expect, test } from '../support/shared-tab.ts';

// How pages hold up in the display settings readers choose: 320 px wide (WCAG 1.4.10), text at 200 % (1.4.4), Windows
// High Contrast and other forced colours, and reduced motion. One page of each kind (tests/support/page-kinds.ts).

/** Opens a page, waits until it is ready, and opens everything a reader can open: the banner and every accordion section. */
async function openEverything(page: Page, { path, ready }: PageKind): Promise<void> {
  await page.goto(path);
  if (ready) await expect(page.locator(ready).first()).toBeVisible({ timeout: 20_000 });
  await page.locator('.cap-banner__summary').click();
  if ((await page.locator('cap-accordion').count()) > 0) {
    await page.locator('cap-accordion[data-enhanced] .cap-accordion__all').click();
    await expect(page.locator('.cap-accordion__all').first()).toHaveAttribute('aria-expanded', 'true');
  }
}

/** How far the page reaches past the viewport sideways, in CSS px (0: no horizontal scroll). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Elements that cut off their own text: `overflow` hidden or clip, holding text, with content larger than the box.
 * Visually hidden text (the 1 px `usa-sr-only` pattern) is meant to be cut and is left out, as are closed sections.
 */
function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const cuts = (value: string) => value === 'hidden' || value === 'clip';
        if (!cuts(style.overflowX) && !cuts(style.overflowY)) return false;
        if (!el.innerText?.trim() || !el.checkVisibility() || el.closest('[hidden]')) return false;
        if (el.clientWidth <= 1 || el.clientHeight <= 1) return false;
        return (cuts(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (cuts(style.overflowY) && el.scrollHeight > el.clientHeight + 1);
      })
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`),
  );
}

/** Every transition and animation on the page longer than 10 ms, with the element it runs on. */
function motion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (list: string) => list.split(',').map((value) => parseFloat(value) * (value.trim().endsWith('ms') ? 0.001 : 1));
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const moving = [...seconds(style.transitionDuration), ...(style.animationName === 'none' ? [] : seconds(style.animationDuration))];
        if (moving.some((duration) => duration > 0.01))
          found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${pseudo ?? ''}: ${style.transition || style.animation}`);
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html: scroll-behavior smooth');
    return found;
  });
}

for (const kind of pageKinds) {
  // One page load per kind for three settings: loading is what costs time on these machines.
  test(`${kind.path} (${kind.kind}): fits 320 px, takes 200 % text, and keeps still for reduced motion`, async ({ tab: page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 320, height: 800 });
    await openEverything(page, kind);
    // Hiding the overflow on html or body would pass the scroll check and cut content instead.
    const overflowX = await page.evaluate(() => [document.documentElement, document.body].map((el) => getComputedStyle(el).overflowX));
    expect(overflowX, 'html and body let overflow show').toEqual(['visible', 'visible']);
    expect(await sidewaysOverflow(page), 'sideways scroll at 320 px').toBeLessThanOrEqual(0);
    expect(await clippedText(page), 'text cut off at 320 px').toEqual([]);

    await page.keyboard.press('Tab'); // the skip link slides in when motion is allowed
    expect(await motion(page), 'motion with reduced motion asked for').toEqual([]);

    await page.setViewportSize({ width: 1280, height: 900 });
    const before = await page.locator('h1').evaluate((h1) => parseFloat(getComputedStyle(h1).fontSize));
    // Text-only zoom, as a browser's "text size" setting does: every size on the site is in rem.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const after = await page.locator('h1').evaluate((h1) => parseFloat(getComputedStyle(h1).fontSize));
    expect(after, 'the heading grew with the root font size').toBeCloseTo(before * 2, 0);
    expect(await sidewaysOverflow(page), 'sideways scroll with 200 % text').toBeLessThanOrEqual(0);
    expect(await clippedText(page), 'text cut off with 200 % text').toEqual([]);
  });
}

test('the motion check sees the motion the site has when motion is allowed', async ({ tab: page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/CAP/cx/');
  expect((await motion(page)).length).toBeGreaterThan(0);
});

test.describe('forced colours (Windows High Contrast)', () => {
  test.beforeEach(async ({ tab: page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
  });

  // Forced colours drop box shadows, so a ring must be an outline to survive.
  test('every focus ring on a goal page, from the skip link to the accordion, is an outline', async ({ tab: page }) => {
    // Some 25 stops, each read twice: on a busy 2-core machine that nears the default 30 s.
    test.slow();
    await page.goto('/CAP/cx/');
    await expect(page.locator('cap-accordion[data-enhanced]')).toBeAttached();
    await tabTo(page, '.cap-header button[type="submit"]', 12, { shadowCounts: false });
    await tabTo(page, '#the-challenge-heading > button', 30, { shadowCounts: false });
  });

  test('every focus ring among the search page’s filters is an outline', async ({ tab: page }) => {
    await page.goto('/search/?q=customer');
    await page.locator('#search-q').focus();
    await tabTo(page, '#search-sort', 12, { shadowCounts: false });
  });

  test('accordion buttons, buttons and fields keep a border, and the accordion icons are drawn in the text colour', async ({ tab: page }) => {
    await page.goto('/CAP/cx/');
    await expect(page.locator('cap-accordion[data-enhanced]')).toBeAttached();
    const borders = await page.locator('.usa-accordion__button, .usa-button:not(.usa-button--unstyled), .usa-input, .cap-prev-next__link').evaluateAll((els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        return {
          el: el.textContent?.trim().slice(0, 30) ?? el.tagName,
          style: style.borderTopStyle,
          width: parseFloat(style.borderTopWidth),
          color: style.borderTopColor,
        };
      }),
    );
    expect(borders.length).toBeGreaterThan(5);
    for (const border of borders) {
      expect(border.style, border.el).not.toBe('none');
      expect(border.width, border.el).toBeGreaterThanOrEqual(1);
      expect(border.color, border.el).not.toMatch(/^(transparent|rgba\(\d+, \d+, \d+, 0\))$/);
    }
    // USWDS draws the plus and minus as a mask filled with ButtonText in forced colours.
    const icons = await page.locator('.usa-accordion__button').evaluateAll((els) =>
      els.map((el) => {
        const icon = getComputedStyle(el, '::before');
        return { fill: icon.backgroundColor, mask: icon.maskImage, text: getComputedStyle(el).color };
      }),
    );
    for (const icon of icons) {
      expect(icon.mask).toContain('svg');
      expect(icon.fill).toBe(icon.text);
    }
  });

  test('inline SVG icons take the text colour, and links keep a colour of their own', async ({ tab: page }) => {
    for (const path of ['/CAP/cx/', '/news/2020-10-01-new-fiscal-year/']) {
      await page.goto(path);
      await page.locator('.cap-banner__summary').click();
      const shapes = await page.locator('svg path, svg circle, svg rect, svg polygon').evaluateAll((els) =>
        els.map((el) => {
          const style = getComputedStyle(el);
          return { shape: el.closest('svg')?.getAttribute('class') ?? '', fill: style.fill, stroke: style.stroke, color: style.color };
        }),
      );
      expect(shapes.length, `${path} has inline icons`).toBeGreaterThan(0);
      for (const shape of shapes) {
        expect([shape.fill, shape.stroke], `${path}: ${shape.shape} is drawn in currentColor`).toContain(shape.color);
      }
      const canvas = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      for (const color of await page.locator('a:visible').evaluateAll((els) => els.map((el) => getComputedStyle(el).color))) expect(color).not.toBe(canvas);
    }
  });
});
