import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/** The WCAG levels the site promises: 2.0, 2.1 and 2.2, A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's script (the version `@axe-core/playwright` runs), for a context to load into every page it opens. */
export const axeScriptPath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe's script, read when a page first lacks it. */
let axeSource: string | undefined;

/** axe-core's violations on the page as it is now (or within `include`), in a form that reads well in a failed assertion. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default opens a second page to merge each frame's results, which only
  // cross-origin frames need, and the site has no frames: it cost about a second a check. Only violations are read, so
  // axe details no other result (every rule still runs).
  const builder = new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .setLegacyMode()
    .options({ resultTypes: ['violations'] });
  return described(await (include ? builder.include(include) : builder).analyze());
}

/**
 * The same check as {@link axeViolations}, run by the axe a context loaded into the page as an init script
 * ({@link axeScriptPath}): the script is then compiled once per worker, not sent and compiled again for every check
 * (about 0.2 s a check). A page without it (markup set with `setContent`) is given it first.
 */
export async function axeViolationsByInitScript(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate((axeSource ??= readFileSync(axeScriptPath, 'utf8')));
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  );
  return described(results);
}

function described(results: AxeResults): string[] {
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fails with the rule ids and targets when axe finds any violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}
