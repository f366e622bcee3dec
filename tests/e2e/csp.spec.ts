import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { watchPolicy } from '../support/csp-watch.ts';

/**
 * The Content-Security-Policy on the site fixture, as `astro preview` serves it: it sends no headers, so what is tested here
 * is each page's `<meta http-equiv>` policy (tests/e2e/nginx.spec.ts tests the headers). Every kind of page is opened and
 * used, and any violation or console error fails.
 */
const dist = path.resolve(import.meta.dirname, '../.tmp/site-dist');

/** One page of each kind in the site fixture. */
const PAGES: Record<string, string> = {
  home: '/',
  overview: '/CAP/overview/',
  goal: '/CAP/cx/',
  plan: '/CAP/cx/action-plans/2021-01/',
  'plan index': '/CAP/action-plans/',
  news: '/news/',
  'news page 2': '/news/page/2/',
  post: '/news/2019-09-19-first-hisp-action-plans/',
  tag: '/news/tags/cx/',
  search: '/search/',
};

/** Every directive of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

async function openBanner(page: Page) {
  const banner = page.getByRole('region', { name: 'Official website of the United States government' });
  await banner.locator('summary').click();
  await expect(banner.getByText('Official websites use .gov')).toBeVisible();
}

test.describe('every built page', () => {
  const files = htmlFiles(dist);

  test('carries a policy without unsafe-inline, and nothing inline for it to refuse', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const name = path.relative(dist, file);
      const html = parse(readFileSync(file, 'utf8'));
      const metas = html.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      expect(metas, `${name}: one CSP meta`).toHaveLength(1);
      const policy = directives(metas[0]!.getAttribute('content') ?? '');
      expect(policy.get('default-src'), name).toEqual(["'self'"]);
      expect(policy.get('object-src'), name).toEqual(["'none'"]);
      expect(policy.get('base-uri'), name).toEqual(["'self'"]);
      expect(policy.get('form-action'), name).toEqual(["'self'"]);
      // A meta policy cannot carry frame-ancestors (browsers ignore it and log an error): the headers do.
      expect(policy.has('frame-ancestors'), name).toBe(false);
      expect(metas[0]!.getAttribute('content'), name).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'nonce-|'sha(256|384|512)-/);
      // The policy must come before anything it governs.
      const head = html.querySelector('head');
      expect(head?.querySelector('meta:not([charset])'), `${name}: the policy is the first meta after charset`).toBe(metas[0]);
      for (const script of html.querySelectorAll('script')) expect(script.getAttribute('src'), `${name}: inline script`).toBeTruthy();
      expect(html.querySelectorAll('style'), `${name}: <style>`).toHaveLength(0);
      expect(
        html.querySelectorAll('[style]').map((el) => el.outerHTML.slice(0, 80)),
        `${name}: style attributes`,
      ).toEqual([]);
      const handlers = html.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((attr) => /^on/i.test(attr)));
      expect(handlers, `${name}: event handler attributes`).toEqual([]);
    }
  });

  test('only the search page allows WebAssembly, and no page allows a worker from a blob', () => {
    for (const file of files) {
      const name = path.relative(dist, file);
      const policy = directives(parse(readFileSync(file, 'utf8')).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
      if (name === 'search/index.html') {
        expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
        expect(policy.has('worker-src')).toBe(false);
        expect(policy.get('connect-src')).toEqual(["'self'"]);
      } else {
        expect([...policy.keys()], name).toEqual(['default-src', 'object-src', 'base-uri', 'form-action']);
      }
    }
  });

  test('CSS loads no image from a data: address, which img-src (default-src) refuses', () => {
    const css = readdirSync(path.join(dist, '_astro')).filter((name) => name.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const name of css) expect(readFileSync(path.join(dist, '_astro', name), 'utf8'), name).not.toMatch(/url\(\s*["']?data:/);
  });
});

test.describe('in the browser, no page breaks its policy', () => {
  test('the watcher sees a violation when there is one', async ({ page }) => {
    const problems = await watchPolicy(page);
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "ran"';
      document.body.append(script);
    });
    const seen = await problems();
    expect(seen.some((problem) => problem.what.startsWith('script-src-elem blocked inline'))).toBe(true);
    await expect(page).not.toHaveTitle('ran');
  });

  for (const [kind, address] of Object.entries(PAGES)) {
    test(`${kind} page (${address}), with the banner opened`, async ({ page }) => {
      const problems = await watchPolicy(page);
      await page.goto(address);
      await expect(page.locator('h1')).toHaveCount(1);
      await openBanner(page);
      if (kind === 'goal') {
        await page.getByRole('button', { name: 'Show all sections' }).click();
        await expect(page.getByRole('button', { name: 'Hide all sections' })).toBeVisible();
        await page.locator('#the-challenge-heading > button').click();
        await expect(page.locator('#the-challenge-content')).toHaveAttribute('hidden');
      }
      if (kind === 'search') {
        await page.getByRole('searchbox', { name: 'Search goals, action plans and news' }).fill('customer');
        await expect(page.getByRole('status')).toContainText('results for “customer”');
        await page.getByRole('checkbox', { name: /^Action plan( \(\d+\))?$/ }).check();
        await page.getByLabel('Fiscal year').selectOption('2020');
        await expect(page.getByRole('status')).toHaveText('3 results for “customer”, filtered by Action plan, FY2020.');
        await expect(page.locator('[data-search-results] > li').first().locator('mark').first()).toBeVisible();
      }
      expect(await problems()).toEqual([]);
    });
  }

  test('the 404 page', async ({ page }) => {
    // The only console error expected: the browser's note that the address answered 404.
    const problems = await watchPolicy(page, (text) => /status of 404/.test(text));
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await openBanner(page);
    expect(await problems()).toEqual([]);
  });

  test('a redirect page, followed to the goal', async ({ page }) => {
    const problems = await watchPolicy(page);
    await page.goto('/CAP/CAP_goal_4.html');
    await expect(page).toHaveURL(/\/CAP\/cx\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Customer Experience');
    expect(await problems()).toEqual([]);
  });
});
