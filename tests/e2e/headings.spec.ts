import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { distDir, distPageUrls } from '../support/dist-pages.ts';
import { expectResults } from '../support/search-results.ts';
import { expect, test } from '../support/shared-tab.ts';

// Read from the built files, so every page of the site fixture is checked, redirect pages included (a browser would leave them at once).

/** The heading levels of an HTML document, in document order. */
function headingLevels(html: string): number[] {
  return parse(html)
    .querySelectorAll('h1, h2, h3, h4, h5, h6')
    .map((heading) => Number(heading.tagName.slice(1)));
}

/** What is wrong with a page's heading outline: not exactly one h1, not starting with it, or a level skipped on the way down. */
function outlineProblems(levels: number[]): string[] {
  const problems: string[] = [];
  const h1s = levels.filter((level) => level === 1).length;
  if (h1s !== 1) problems.push(`${h1s} h1 elements`);
  if (levels.length > 0 && levels[0] !== 1) problems.push(`starts with h${levels[0]}`);
  levels.forEach((level, i) => {
    const before = levels[i - 1];
    if (before !== undefined && level > before + 1) problems.push(`h${level} right after h${before}`);
  });
  return problems;
}

test('the outline check catches what it is for', () => {
  expect(outlineProblems(headingLevels('<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2><h3>e</h3><h4>f</h4><h2>g</h2>'))).toEqual([]);
  expect(outlineProblems(headingLevels('<h2>a</h2>'))).toEqual(['0 h1 elements', 'starts with h2']);
  expect(outlineProblems(headingLevels('<h1>a</h1><h1>b</h1>'))).toEqual(['2 h1 elements']);
  expect(outlineProblems(headingLevels('<h1>a</h1><h2>b</h2><h4>c</h4>'))).toEqual(['h4 right after h2']);
});

test('every page of the site fixture has one h1 and skips no heading level', () => {
  const problems: string[] = [];
  for (const url of distPageUrls()) {
    const file = path.join(distDir, url.endsWith('/') ? `${url}index.html` : url);
    for (const problem of outlineProblems(headingLevels(readFileSync(file, 'utf8')))) problems.push(`${url}: ${problem}`);
  }
  expect(problems).toEqual([]);
});

test('the search page keeps one h1 and no skipped level once its script has added results', async ({ tab: page }) => {
  // The first query loads Pagefind's worker, wasm and index: on a busy shared machine that alone has taken 20 s.
  test.slow();
  await page.goto('/search/?q=customer');
  await expectResults(page);
  // Only headings a reader can reach: the no-JavaScript notice is hidden once the script runs.
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => Number(el.tagName.slice(1))));
  expect(levels.length).toBeGreaterThan(2);
  expect(outlineProblems(levels)).toEqual([]);
});
