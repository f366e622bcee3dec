import type { Page } from '@playwright/test';
import { expect, test } from '../support/shared-tab.ts';

/**
 * Layout at a phone (375 px) and a laptop (1280 px) width, on the site fixture: nothing wider than the window,
 * no breadcrumb separator or button label alone on a line, and the footer at the bottom of the window on a
 * short page. Each page is saved as a screenshot (a test artifact, never compared pixel by pixel).
 */
const pages = {
  home: '/',
  overview: '/CAP/overview/',
  category: '/CAP/overview/cross-cutting-priority-areas/',
  goal: '/CAP/cx/',
  plan: '/CAP/cx/action-plans/2021-01/',
  'plan index': '/CAP/action-plans/',
  search: '/search/',
  post: '/news/2020-03-18-spring-update/',
};

/** Elements wider than the page's own width, or reaching past its right edge, named for the failure message. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px > ${width} px`);
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(element).position === 'fixed') continue;
      // An element inside a scrolling box (a wide table) may be wider; the box itself may not.
      if (element.closest('[data-scrolls], .usa-sr-only')) continue;
      if (box.right > width + 1) found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ends at ${Math.round(box.right)} px`);
    }
    return found.slice(0, 5);
  });
}

/**
 * Breadcrumb separators and button labels that sit on a line with nothing else of their item: a separator whose
 * box starts a new line below its crumb's text, or a button whose label breaks so that one word stands alone.
 */
async function strandedPieces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const lineBoxes = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return [...range.getClientRects()].filter((rect) => rect.width > 0);
    };
    for (const item of document.querySelectorAll('.usa-breadcrumb__list-item:not(:last-child)')) {
      if (getComputedStyle(item).display === 'none' || item.getBoundingClientRect().width === 0) continue;
      const link = item.querySelector('a');
      const after = getComputedStyle(item, '::after');
      if (!link || after.content === 'none') continue;
      const text = lineBoxes(link);
      const last = text.at(-1);
      // The separator is drawn after the text; it is alone when the item is taller than its text lines.
      const itemBox = item.getBoundingClientRect();
      if (last && itemBox.bottom - last.bottom > last.height * 0.75)
        found.push(`breadcrumb separator after "${link.textContent?.trim()}" is on a line of its own`);
    }
    // Each word of a button's label, by the line it sits on: a line holding a single word of a longer label is a stranded word.
    for (const button of document.querySelectorAll('.usa-button, button')) {
      if (button.getBoundingClientRect().width === 0) continue;
      // A word is on a line when its middle lies within the line's height: smaller text ("(PDF)") sits lower on the same line.
      const lines: { top: number; bottom: number; words: number }[] = [];
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rect = range.getBoundingClientRect();
          if (rect.width === 0) continue;
          const middle = (rect.top + rect.bottom) / 2;
          const line = lines.find((l) => middle >= l.top && middle <= l.bottom);
          if (line) line.words += 1;
          else lines.push({ top: rect.top, bottom: rect.bottom, words: 1 });
        }
      }
      const words = lines.reduce((sum, line) => sum + line.words, 0);
      if (lines.length > 1 && lines.some((line) => line.words === 1)) found.push(`button "${button.textContent?.trim()}" leaves a word on a line of its own`);
      else if (lines.length > 1 && words <= 3) found.push(`button "${button.textContent?.trim()}" wraps a short label`);
    }
    return found;
  });
}

for (const width of [375, 1280]) {
  test.describe(`layout at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const [name, path] of Object.entries(pages)) {
      test(`${name} (${path})`, async ({ tab: page }, testInfo) => {
        await page.goto(path);
        const screenshot = testInfo.outputPath(`${name.replace(/\W+/g, '-')}-${width}.png`);
        await page.screenshot({ path: screenshot, fullPage: true });
        await testInfo.attach(`${name} at ${width} px`, { path: screenshot, contentType: 'image/png' });
        expect(await overflowing(page), 'elements past the right edge').toEqual([]);
        expect(await strandedPieces(page), 'stranded separators and button words').toEqual([]);
        const footer = await page.locator('body > footer').boundingBox();
        const viewport = page.viewportSize()!;
        const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(footer, 'the page has a footer').not.toBeNull();
        // On a page shorter than the window the footer ends at the window's bottom; on a long one, at the page's.
        expect(Math.round(footer!.y + footer!.height)).toBe(Math.max(viewport.height, pageHeight));
      });
    }
  });
}

test('the checks find overflow, a stranded separator and a stranded button word when they are there', async ({ tab: page }) => {
  await page.setViewportSize({ width: 375, height: 600 });
  await page.setContent(`<!doctype html><html lang="en"><body>
    <ol><li class="usa-breadcrumb__list-item" style="display: inline-block; max-width: 200px">
      <a href="#">A crumb whose words fill the box</a><style>.usa-breadcrumb__list-item::after { content: ''; display: inline-block; width: 190px; height: 1em }</style>
    </li><li class="usa-breadcrumb__list-item">Here</li></ol>
    <a class="usa-button" href="#" style="display: inline-block; width: 90px; font-size: 16px">Read the whole action plan</a>
    <div style="width: 600px">wide</div></body></html>`);
  expect((await overflowing(page)).join('\n')).toContain('the page scrolls sideways');
  const stranded = (await strandedPieces(page)).join('\n');
  expect(stranded).toContain('breadcrumb separator after "A crumb whose words fill the box"');
  expect(stranded).toContain('button "Read the whole action plan" leaves a word on a line of its own');
});

test.describe('a short page', () => {
  test.use({ viewport: { width: 1280, height: 2400 } });

  test('the footer reaches the bottom of a window taller than the page', async ({ tab: page }) => {
    await page.goto('/CAP/overview/other-goals/');
    const contentHeight = await page.evaluate(() => [...document.body.children].reduce((sum, child) => sum + child.getBoundingClientRect().height, 0));
    const footer = (await page.locator('body > footer').boundingBox())!;
    expect(Math.round(footer.y + footer.height)).toBe(2400);
    expect(contentHeight).toBeGreaterThanOrEqual(2399);
  });
});

test.describe('goal page section links', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('each section link is one line at 1280 px', async ({ tab: page }) => {
    await page.goto('/CAP/cx/');
    const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    expect(await links.count()).toBeGreaterThan(2);
    for (const link of await links.all()) {
      const lines = await link.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      });
      expect(lines, await link.innerText()).toBe(1);
    }
  });
});
