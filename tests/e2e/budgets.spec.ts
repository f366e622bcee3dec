import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { CSS_BUDGET_GZ_BYTES, INDEX_PAGE_BUDGET_GZ_BYTES, PAGE_BUDGET_GZ_BYTES } from '../budgets.ts';
import { checkPageBudgets, gzippedBytes as gz, htmlPages as allHtmlPages, kb } from '../support/page-budgets.ts';

// Byte budgets on the built fixture sites (`npm run build:fixtures`): no browser involved. The axe sweep
// (accessibility.spec.ts) checks, page by page in the browser, that nothing is requested from another origin.
const tmp = path.resolve(import.meta.dirname, '../.tmp');
const FIXTURES = { site: path.join(tmp, 'site-dist'), search: path.join(tmp, 'search-fixture/dist'), 'hostile posts': path.join(tmp, 'hostile-posts-dist') };

/** Every HTML file of a built site, as `[address, file]`; a site without any fails. */
async function htmlPages(dist: string): Promise<[string, string][]> {
  const pages = await allHtmlPages(dist).catch(() => []);
  expect(pages.length, `no HTML in ${dist}: run \`npm run build:fixtures\` first`).toBeGreaterThan(0);
  return pages;
}

test('the built CSS stays within its gzipped budget', async () => {
  const assets = path.join(FIXTURES.site, '_astro');
  const files = (await readdir(assets)).filter((name) => name.endsWith('.css'));
  expect(files.length, 'the build wrote no CSS: run `npm run build:fixtures` first').toBeGreaterThan(0);
  let total = 0;
  for (const name of files) total += gz(await readFile(path.join(assets, name)));
  console.log(`all CSS: ${kb(total)} gz (budget ${kb(CSS_BUDGET_GZ_BYTES)})`);
  expect(total).toBeLessThanOrEqual(CSS_BUDGET_GZ_BYTES);
});

for (const [name, dist] of Object.entries(FIXTURES)) {
  test(`every HTML page of the ${name} fixture is within ${kb(PAGE_BUDGET_GZ_BYTES)} gzipped, a page of a paginated index within ${kb(INDEX_PAGE_BUDGET_GZ_BYTES)}`, async () => {
    const { pages, over, largest } = await checkPageBudgets(dist);
    expect(pages, `no HTML in ${dist}: run \`npm run build:fixtures\` first`).toBeGreaterThan(0);
    console.log(
      `${name} fixture: largest page ${largest.page.address}, ${kb(largest.page.bytes)} gz; largest index page ${largest.indexPage.address || '–'}, ${kb(largest.indexPage.bytes)} gz`,
    );
    expect(over).toEqual([]);
  });

  test(`no page of the ${name} fixture loads anything from another origin`, async () => {
    // What a browser fetches by itself: scripts, styles, images, frames, media, preloads and icons, and url() in inline styles.
    const external: string[] = [];
    const isExternal = (url: string | undefined) =>
      url !== undefined && /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !/^(?:data|blob):/i.test(url.trim());
    for (const [address, file] of await htmlPages(dist)) {
      const html = parse(await readFile(file, 'utf8'));
      const fetched = [
        ...html
          .querySelectorAll('script[src], img[src], iframe[src], audio[src], video[src], source[src], track[src], embed[src]')
          .map((el) => el.getAttribute('src')),
        ...html
          .querySelectorAll('img[srcset], source[srcset]')
          .flatMap((el) => (el.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0])),
        ...html.querySelectorAll('object[data]').map((el) => el.getAttribute('data')),
        ...html
          .querySelectorAll('link[href]')
          .filter((el) => /\b(stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest)\b/i.test(el.getAttribute('rel') ?? ''))
          .map((el) => el.getAttribute('href')),
        ...[...html.toString().matchAll(/url\(\s*['"]?([^'")\s]+)/gi)].map((match) => match[1]),
      ];
      for (const url of fetched) if (isExternal(url)) external.push(`${address}: ${url}`);
    }
    expect(external).toEqual([]);
  });
}
