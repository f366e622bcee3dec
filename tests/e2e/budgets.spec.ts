import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { CSS_BUDGET_GZ_BYTES } from '../budgets.ts';

// The site fixture's CSS: the stylesheets do not depend on the content.
const assets = new URL('../.tmp/site-dist/_astro/', import.meta.url);

test('the built CSS stays within its gzipped budget', async () => {
  const files = (await readdir(assets)).filter((name) => name.endsWith('.css'));
  expect(files.length, 'the build wrote no CSS: run `npm run build:fixtures` first').toBeGreaterThan(0);
  let total = 0;
  for (const name of files) {
    const size = gzipSync(await readFile(new URL(name, assets)), { level: 9 }).byteLength;
    console.log(`${name}: ${(size / 1024).toFixed(1)} KB gz`);
    total += size;
  }
  console.log(`all CSS: ${(total / 1024).toFixed(1)} KB gz (budget ${(CSS_BUDGET_GZ_BYTES / 1024).toFixed(1)} KB)`);
  expect(total).toBeLessThanOrEqual(CSS_BUDGET_GZ_BYTES);
});
