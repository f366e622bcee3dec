/**
 * Search benchmark (measures, asserts nothing): index size on disk, bytes a browser transfers
 * for the search page and for queries, and time from typing to first results. Runs the built
 * site (`npm run build` first) in Debian's Chromium.
 *
 *   npm run bench:search            (on a free port chosen at run time)
 *
 * Bytes are counted with Playwright's context-level request events, which include the search
 * worker's fetches (the page's own resource timings do not). `astro preview` does not compress,
 * so the gzip size of each fetched text file is computed from dist/ as well, for what a server with
 * compression would send.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from '@playwright/test';
import { freePorts } from '../support/free-ports.ts';

const project = fileURLToPath(new URL('../../', import.meta.url));
const dist = path.join(project, process.env.CAP_OUT_DIR ?? 'dist');
const [port] = await freePorts(1);
const base = `http://127.0.0.1:${port}`;

async function sizeOf(dir: string, filter: (file: string) => boolean = () => true): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let files = 0;
  let bytes = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (!filter(path.relative(dir, file))) continue;
    files++;
    bytes += (await stat(file)).size;
  }
  return { files, bytes };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${base}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server did not start on ${base}.`);
}

const pagefindDir = path.join(dist, 'pagefind');
const runtime = /^(pagefind\.js|pagefind-worker\.js|wasm\..*)$/;
const disk = {
  total: await sizeOf(pagefindDir),
  runtime: await sizeOf(pagefindDir, (f) => runtime.test(f)),
  index: await sizeOf(pagefindDir, (f) => !runtime.test(f)),
  fragments: await sizeOf(path.join(pagefindDir, 'fragment')),
};

const server = spawn(path.join(project, 'node_modules/.bin/astro'), ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
  cwd: project,
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext();
  let log: { url: string; bytes: number; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request: Request) => {
    pending.push(
      (async () => {
        const sizes = await request.sizes();
        const url = new URL(request.url());
        const file = path.join(dist, decodeURIComponent(url.pathname).replace(/\/$/, '/index.html'));
        // Pagefind's index and wasm files are gzipped already; only text files would shrink further.
        const gzip = await readFile(file).then(
          (data) => (/\.(js|json|html|css)$/.test(file) ? gzipSync(data, { level: 9 }).byteLength : data.byteLength),
          () => 0,
        );
        log.push({ url: url.pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize, gzip });
      })(),
    );
  });
  const settle = async () => {
    await Promise.all(pending);
    const taken = log;
    log = [];
    return {
      requests: taken.length,
      bytes: taken.reduce((n, r) => n + r.bytes, 0),
      gzip: taken.reduce((n, r) => n + r.gzip, 0),
      files: taken.map((r) => r.url),
    };
  };

  const page = await context.newPage();
  await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
  const pageLoad = await settle();

  const box = page.getByRole('searchbox', { name: 'Search goals, action plans and news' });
  const results = page.locator('[data-search-results] > li');
  const timeQuery = async (term: string) => {
    await box.fill('');
    await page.waitForTimeout(300);
    await settle();
    const started = performance.now();
    await box.fill(term); // the page waits 200 ms after the last keystroke before searching
    await results.first().waitFor();
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    return { term, msToFirstResult: Math.round(ms), results: await results.count(), transfer: await settle() };
  };
  const first = await timeQuery('customer');
  const second = await timeQuery('services');
  const third = await timeQuery('action plan');
  await browser.close();

  const fragmentsOnDisk = disk.fragments.files;
  console.log(JSON.stringify({ disk, pagesIndexed: fragmentsOnDisk, pageLoad, queries: [first, second, third] }, null, 2));
  console.log(`
Index on disk: ${kb(disk.total.bytes)} in dist/pagefind (${kb(disk.index.bytes)} index for ${fragmentsOnDisk} pages, ${kb(disk.runtime.bytes)} runtime: pagefind.js, worker, wasm)
/search/ page load: ${pageLoad.requests} requests, ${kb(pageLoad.bytes)} (${kb(pageLoad.gzip)} if gzip -9 per file)
First query "${first.term}" (loads the runtime and index): ${first.transfer.requests} requests, ${kb(first.transfer.bytes)} (${kb(first.transfer.gzip)} if gzip -9 per file); ${first.msToFirstResult} ms from typing to first result (incl. 200 ms typing delay)
Next query "${second.term}": ${second.transfer.requests} requests, ${kb(second.transfer.bytes)} (${kb(second.transfer.gzip)} if gzip -9 per file); ${second.msToFirstResult} ms
Next query "${third.term}": ${third.transfer.requests} requests, ${kb(third.transfer.bytes)}; ${third.msToFirstResult} ms`);
} finally {
  server.kill();
}
