import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { watchPolicy } from '../support/csp-watch.ts';
import { get, startNginx, type NginxServer, type RawResponse } from '../support/nginx.ts';

/**
 * The site fixture served by Debian's nginx with deploy/nginx.conf (only root, port, pid, log and temporary paths replaced:
 * tests/support/nginx.ts): the security headers, the statuses (200, 301, 404), compression and caching.
 */
const dist = path.resolve(import.meta.dirname, '../.tmp/site-dist');
const work = path.resolve(import.meta.dirname, '../.tmp/nginx');

// One nginx for the file: its tests share it, one after another.
test.describe.configure({ mode: 'serial' });

let server: NginxServer;
test.beforeAll(async () => {
  server = await startNginx(dist, work);
});
test.afterAll(async () => {
  await server?.stop();
});

const header = (response: RawResponse, name: string) => {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
};

function directives(policy: string | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The headers every response must carry, whatever its status. */
function expectSecurityHeaders(response: RawResponse, where: string) {
  const csp = directives(header(response, 'Content-Security-Policy'));
  expect(csp.get('default-src'), where).toEqual(["'self'"]);
  expect(csp.get('object-src'), where).toEqual(["'none'"]);
  expect(csp.get('base-uri'), where).toEqual(["'self'"]);
  expect(csp.get('form-action'), where).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors'), where).toEqual(["'none'"]);
  expect(header(response, 'Content-Security-Policy'), where).not.toContain("'unsafe-inline'");
  const hsts = /^max-age=(\d+); includeSubDomains; preload$/.exec(header(response, 'Strict-Transport-Security') ?? '');
  expect(Number(hsts?.[1]), `${where}: HSTS of at least a year`).toBeGreaterThanOrEqual(31_536_000);
  expect(header(response, 'X-Content-Type-Options'), where).toBe('nosniff');
  expect(header(response, 'Referrer-Policy'), where).toBe('strict-origin-when-cross-origin');
  expect(header(response, 'Permissions-Policy'), where).toMatch(/^camera=\(\), microphone=\(\), geolocation=\(\)/);
  expect(header(response, 'Cross-Origin-Opener-Policy'), where).toBe('same-origin');
  expect(header(response, 'Server'), `${where}: no version`).toBe('nginx');
}

/** The page's `<meta>` policy: what the header must say too, plus frame-ancestors. */
function metaPolicy(html: string): Map<string, string[]> {
  return directives(parse(html).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? undefined);
}

test('a page: 200, the security headers, and the same policy as its meta tag', async () => {
  for (const address of ['/', '/CAP/cx/', '/news/', '/search/']) {
    const response = await get(server.origin, address);
    expect(response.status, address).toBe(200);
    expect(header(response, 'Content-Type'), address).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response, address);
    const fromHeader = directives(header(response, 'Content-Security-Policy'));
    fromHeader.delete('frame-ancestors');
    expect(fromHeader, `${address}: header and meta agree`).toEqual(metaPolicy(response.body.toString()));
  }
  const search = directives(header(await get(server.origin, '/search/'), 'Content-Security-Policy'));
  expect(search.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(search.has('worker-src')).toBe(false);
  expect(directives(header(await get(server.origin, '/CAP/cx/'), 'Content-Security-Policy')).has('script-src')).toBe(false);
  // A worker runs under the policy of its own script's response: Pagefind's needs WebAssembly too.
  const worker = directives(header(await get(server.origin, '/pagefind/pagefind-worker.js'), 'Content-Security-Policy'));
  expect(worker.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
});

test('old addresses answer 301 with the new one', async () => {
  const expected: [string, string][] = [
    ['/CAP/CAP_goal_4.html', '/CAP/cx/'],
    ['/CAP/leveragingdata', '/CAP/leveraging-data/'],
    ['/CAP/leveragingdata/', '/CAP/leveraging-data/'],
    ['/CAP/leveragingdata/index.html', '/CAP/leveraging-data/'],
    ['/CAP/CAP_goal_2.html?from=mail', '/CAP/leveraging-data/?from=mail'],
    ['/CX-HISP-Action-Plans', '/news/2019-09-19-first-hisp-action-plans/'],
  ];
  for (const [from, to] of expected) {
    const response = await get(server.origin, from);
    expect(response.status, from).toBe(301);
    expect(header(response, 'Location'), from).toBe(to);
    expectSecurityHeaders(response, from);
  }
});

test('every redirect page of the build is also an HTTP 301 to the same place', async () => {
  const pages = (function walk(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith('.html') ? [path.join(dir, entry.name)] : [],
    );
  })(dist)
    .map((file) => ({ file, refresh: parse(readFileSync(file, 'utf8')).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') }))
    .filter((page) => page.refresh);
  expect(pages.length).toBeGreaterThanOrEqual(7);
  for (const { file, refresh } of pages) {
    const address = `/${path.relative(dist, file).split(path.sep).join('/')}`.replace(/\/index\.html$/, '/');
    const response = await get(server.origin, address);
    expect(response.status, address).toBe(301);
    expect(header(response, 'Location'), address).toBe(/url=(.+)$/.exec(refresh!)?.[1]);
  }
});

test('an unknown address answers 404 with the site’s 404 page and the headers', async () => {
  for (const address of ['/no-such-page/', '/CAP/no-such-goal', '/_astro/missing.js']) {
    const response = await get(server.origin, address);
    expect(response.status, address).toBe(404);
    expect(response.body.toString(), address).toContain('<h1>Page not found</h1>');
    expect(response.body.toString()).toBe(readFileSync(path.join(dist, '404.html'), 'utf8'));
    expectSecurityHeaders(response, address);
  }
});

test('the build’s server files are not served', async () => {
  for (const address of ['/_server/nginx-maps.conf', '/_server/nginx-redirects.conf', '/_server/nginx-headers.conf', '/_headers']) {
    const response = await get(server.origin, address);
    expect(response.status, address).toBe(404);
    expect(response.body.toString(), address).toContain('<h1>Page not found</h1>');
  }
});

/** The CSS and script files the goal page loads, and a Pagefind fragment. */
function assets() {
  const page = parse(readFileSync(path.join(dist, 'CAP/cx/index.html'), 'utf8'));
  const css = page.querySelector('link[rel="stylesheet"]')?.getAttribute('href');
  const js = page.querySelector('script[src]')?.getAttribute('src');
  const fragment = readdirSync(path.join(dist, 'pagefind/fragment'))[0];
  const meta = readdirSync(path.join(dist, 'pagefind')).find((name) => name.endsWith('.pf_meta'));
  expect([css, js, fragment, meta].every(Boolean)).toBe(true);
  return { css: css!, js: js!, fragment: `/pagefind/fragment/${fragment}`, meta: `/pagefind/${meta}` };
}

test('HTML, CSS, JavaScript, JSON, XML and WebAssembly are sent gzip-compressed', async () => {
  const { css, js, fragment } = assets();
  const gzip = { 'Accept-Encoding': 'gzip' };
  for (const [address, type] of [
    ['/CAP/cx/', 'text/html'],
    [css, 'text/css'],
    [js, 'application/javascript'],
    ['/pagefind/pagefind-entry.json', 'application/json'],
    ['/pagefind/pagefind.js', 'application/javascript'],
    ['/sitemap-0.xml', 'text/xml'],
    ['/news/rss.xml', 'text/xml'],
    ['/pagefind/wasm.en.pagefind', 'application/octet-stream'],
    [fragment, 'application/octet-stream'],
  ] as const) {
    const response = await get(server.origin, address, gzip);
    expect(response.status, address).toBe(200);
    expect(header(response, 'Content-Type'), address).toContain(type);
    expect(header(response, 'Content-Encoding'), address).toBe('gzip');
    const body = gunzipSync(response.body);
    if (address.startsWith('/pagefind/') && !/\.(js|json)$/.test(address)) {
      // Pagefind's own files, sent as Pagefind wrote them: one gzip layer around its signed data, not two.
      expect(body.subarray(0, 12).toString(), address).toBe('pagefind_dcd');
    } else {
      expect(body.equals(readFileSync(path.join(dist, address.endsWith('/') ? `${address}index.html` : address))), address).toBe(true);
    }
  }
  // A client that asks for no compression gets the text as it is.
  const plain = await get(server.origin, css);
  expect(header(plain, 'Content-Encoding')).toBeUndefined();
  expect(plain.body.equals(readFileSync(path.join(dist, css)))).toBe(true);
});

test('hashed files are cached for a year as immutable; pages and unhashed files briefly', async () => {
  const { css, js, fragment, meta } = assets();
  for (const address of [css, js, fragment, meta]) {
    expect(header(await get(server.origin, address), 'Cache-Control'), address).toBe('public, max-age=31536000, immutable');
  }
  for (const address of ['/', '/CAP/cx/', '/search/', '/news/rss.xml', '/no-such-page/']) {
    const cacheControl = header(await get(server.origin, address), 'Cache-Control') ?? '';
    const maxAge = Number(/max-age=(\d+)/.exec(cacheControl)?.[1]);
    expect(cacheControl, address).not.toContain('immutable');
    expect(maxAge, `${address}: ${cacheControl}`).toBeLessThanOrEqual(600);
  }
  // Pagefind's unhashed files name the hashed index of their build: always revalidated.
  for (const address of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind']) {
    expect(header(await get(server.origin, address), 'Cache-Control'), address).toBe('no-cache');
  }
});

test('in the browser, search works through nginx under its header policy', async ({ page }) => {
  const problems = await watchPolicy(page);
  await page.goto(`${server.origin}/search/?q=customer&type=action-plan&fy=2020`);
  // The first search loads and compiles Pagefind's WebAssembly, slow on a busy machine: wait for it as for a page load.
  await expect(page.getByRole('status')).toHaveText('3 results for “customer”, filtered by Action plan, FY2020.', { timeout: 30_000 });
  await page.goto(`${server.origin}/CAP/CAP_goal_4.html`);
  await expect(page).toHaveURL(`${server.origin}/CAP/cx/`);
  await page.getByRole('button', { name: 'Show all sections' }).click();
  expect(await problems()).toEqual([]);
  expect(await server.errors()).not.toMatch(/\[(emerg|alert|crit|error)\]/);
});
