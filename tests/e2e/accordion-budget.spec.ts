import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { GOAL_PAGE_JS_BUDGET_GZ_BYTES } from '../budgets.ts';

/**
 * Byte budget for the goal page's JavaScript, read from the site fixture's build (`tests/.tmp/site-dist/`): no browser involved.
 * The accordion must be the page's only script, and weigh at most 1 KB gzipped as shipped.
 * Astro inlines a processed script smaller than `build.assetsInlineLimit` (4 KB) into the page and
 * writes bigger ones to `_astro/*.js`: both are counted, with any chunks they import.
 */
const BUDGET = GOAL_PAGE_JS_BUDGET_GZ_BYTES;
const dist = new URL('../.tmp/site-dist/', import.meta.url);
const page = parse(readFileSync(new URL('CAP/cx/index.html', dist), 'utf8'));

/** The text of a built script and of every local chunk it imports, once each. */
function withImports(file: URL, seen = new Set<string>()): string[] {
  if (seen.has(file.href)) return [];
  seen.add(file.href);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{0,2}\/[^"'`]+)["'`]/g)];
  return [code, ...imports.flatMap(([, spec]) => withImports(new URL(spec!, file), seen))];
}

function shippedScripts(): string[] {
  return page.querySelectorAll('script').flatMap((script) => {
    const src = script.getAttribute('src');
    if (!src) return [script.textContent];
    expect(src, 'scripts are served from this site').toMatch(/^\/(?!\/)/);
    return withImports(new URL(src.slice(1), dist));
  });
}

test('the goal page ships no script but the accordion', () => {
  const scripts = page.querySelectorAll('script');
  expect(scripts).toHaveLength(1);
  expect(shippedScripts().join('\n')).toMatch(/customElements\.define\(["'`]cap-accordion["'`]/);
  expect(page.querySelectorAll('link[rel="modulepreload"], link[rel="preload"][as="script"]')).toHaveLength(0);
  const handlers = page.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((name) => /^on/i.test(name)));
  expect(handlers, 'no inline event handler attributes').toEqual([]);
});

test(`the accordion script is at most ${BUDGET} bytes gzipped`, () => {
  const code = shippedScripts().join('\n');
  // Level 9, as every budget is measured (tests/budgets.ts); deterministic for the same input.
  const gzipped = gzipSync(Buffer.from(code), { level: 9 }).length;
  console.log(`accordion script: ${Buffer.byteLength(code)} bytes, ${gzipped} bytes gzipped`);
  expect(gzipped).toBeGreaterThan(0);
  expect(gzipped).toBeLessThanOrEqual(BUDGET);
});
