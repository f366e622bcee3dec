/**
 * Search in development: `astro dev` on the site fixture's content serves the fixture's last
 * build's index at `/pagefind/`, and `/search/` finds with it. The dev server is started here
 * (not as a Playwright webServer) on a port free at run time, and is ready when it says so.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { freePorts } from '../support/free-ports.ts';

const project = fileURLToPath(new URL('../../', import.meta.url));
const tmp = path.join(project, 'tests/.tmp');

/** Starts `astro dev`; resolves with its address once it prints its "Local" line, rejects if it exits first. */
function startDevServer(port: number): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(
    process.execPath,
    [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: project,
      env: {
        ...process.env,
        // The content and the build of `node tests/fixtures/site/build.ts`; a cache of its own, so the build's is untouched.
        CAP_CONTENT_DIR: path.join(tmp, 'site-content'),
        CAP_OUT_DIR: path.join(tmp, 'site-dist'),
        CAP_CACHE_DIR: path.join(tmp, 'site-dev-cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString('utf8'));
      const local = /ready in[\s\S]*?Local\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (local?.[1]) resolve({ child, origin: local[1] });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`astro dev exited (${code}) before it was ready:\n${output}`)));
  });
}

test.describe('search under astro dev', () => {
  let server: { child: ChildProcess; origin: string } | undefined;

  // Waits for the server's own "ready" line, however long a bigger site takes.
  test.beforeAll(async () => {
    test.setTimeout(0);
    server = await startDevServer((await freePorts(1))[0]!);
  });

  test.afterAll(() => {
    server?.child.kill('SIGTERM');
  });

  test('serves the last build’s index, and a query finds the seed goal', async ({ page, request }) => {
    // The first page compiles the USWDS Sass on demand (tens of seconds on a busy 2-core machine); that cost does not grow with the content.
    test.setTimeout(300_000);
    const compiling = { timeout: 240_000 };
    if (!server) throw new Error('astro dev did not start');
    const script = await request.get(`${server.origin}/pagefind/pagefind.js`);
    expect(script.status()).toBe(200);
    expect(script.headers()['content-type']).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain('pagefind');
    expect((await request.get(`${server.origin}/pagefind/no-such-file.js`)).status()).toBe(404);

    await page.goto(`${server.origin}/search/?q=hassle`);
    await expect(page.getByRole('status')).toHaveText('1 result for “hassle”.', compiling);
    const first = page.locator('[data-search-results] > li').first();
    await expect(first.getByRole('link')).toHaveText('Improving Customer Experience with Federal Services');
    await expect(first.getByRole('link')).toHaveAttribute('href', '/CAP/cx/');
  });
});
