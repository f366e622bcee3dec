/**
 * What outside checkers (Lighthouse, link previews, crawlers) read on every page of the site fixture
 * (tests/.tmp/site-dist, `node tests/fixtures/site/build.ts`): the canonical address and Open Graph
 * card, the favicon, link texts that say where they go, and the header search box's visible hint.
 * Pages are found by walking the folder; every expected value is written by hand from the fixture.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { pageAddress, readSite, refreshTarget } from '../support/link-check.ts';

const dist = path.resolve(import.meta.dirname, '../.tmp/site-dist');
const ORIGIN = new URL(process.env.CAP_SITE_URL ?? 'https://cap-goals.example.gov').origin;
const site = readSite(dist);
const pages = [...site.html].map(([file, html]) => ({ file, address: pageAddress(file), root: parse(html) })).sort((a, b) => a.file.localeCompare(b.file));
/** Redirect pages (old addresses) are not pages of their own: they point their canonical at the new address, checked below. */
const contentPages = pages.filter((page) => refreshTarget(page.root) === undefined && page.file !== '404.html');

/** Link texts Lighthouse's SEO audit and screen reader link lists cannot tell apart, listed by hand. */
const GENERIC = ['learn more', 'read more', 'click here', 'here', 'more', 'more info', 'more information', 'details', 'link', 'this page'];

const meta = (root: HTMLElement, property: string) => root.querySelectorAll(`meta[property="${property}"]`).map((el) => el.getAttribute('content'));
const canonicals = (root: HTMLElement) => root.querySelectorAll('link[rel="canonical"]').map((el) => el.getAttribute('href'));
/** What a screen reader announces for a link: its aria-label, else its text (visually hidden text included) and image alts. */
const linkName = (a: HTMLElement) =>
  (a.getAttribute('aria-label') ?? [a.text, ...a.querySelectorAll('img[alt]').map((img) => img.getAttribute('alt'))].join(' ')).replace(/\s+/g, ' ').trim();

test('the fixture has the pages this file expects', () => {
  expect(contentPages.length).toBeGreaterThan(30);
  expect(contentPages.map((page) => page.address)).toEqual(expect.arrayContaining(['/', '/CAP/cx/', '/news/', '/search/', '/CAP/overview/']));
  expect(pages.map((page) => page.address)).toEqual(expect.arrayContaining(['/404.html', '/CAP/CAP_goal_4.html']));
});

test('every page names its own address as canonical and has an Open Graph card', () => {
  for (const { address, root } of contentPages) {
    const own = `${ORIGIN}${address}`;
    expect(canonicals(root), address).toEqual([own]);
    expect(meta(root, 'og:url'), address).toEqual([own]);
    // A page that states when it last changed (goals, plans, the accessibility statement) is an Open Graph article.
    expect(meta(root, 'og:type'), address).toEqual([meta(root, 'article:modified_time').length > 0 ? 'article' : 'website']);
    expect(meta(root, 'og:site_name'), address).toEqual(['CAP Goals']);
    const [title] = meta(root, 'og:title');
    expect(`${title} | CAP Goals`, address).toBe(root.querySelector('title')?.text);
    const [description] = meta(root, 'og:description');
    expect(description?.length, address).toBeGreaterThan(20);
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content'), address).toBe(description);
  }
});

test('the seed goal and a page without a description of its own, by hand', () => {
  const cx = pages.find((page) => page.address === '/CAP/cx/')!.root;
  expect(meta(cx, 'og:title')).toEqual(['Improving Customer Experience with Federal Services']);
  expect(meta(cx, 'og:description')).toEqual([
    'This goal will provide a modern, streamlined, and responsive customer experience across government, comparable to leading private-sector organizations.',
  ]);
  expect(canonicals(cx)).toEqual([`${ORIGIN}/CAP/cx/`]);
  const search = pages.find((page) => page.address === '/search/')!.root;
  expect(meta(search, 'og:description')).toEqual(['Search Cross-Agency Priority goals, their action plans and news.']);
});

test('the 404 page, served at unknown addresses, names no canonical address; old addresses point theirs at the new one', () => {
  const notFound = pages.find((page) => page.file === '404.html')!.root;
  expect(canonicals(notFound)).toEqual([]);
  expect(meta(notFound, 'og:url')).toEqual([]);
  expect(meta(notFound, 'og:title')).toEqual(['Page not found']);
  const old = pages.find((page) => page.address === '/CAP/CAP_goal_4.html')!.root;
  expect(canonicals(old)).toEqual([`${ORIGIN}/CAP/cx/`]);
});

test('every page built with the site layout links the favicon', () => {
  for (const { address, root } of [...contentPages, pages.find((page) => page.file === '404.html')!]) {
    expect(
      root.querySelectorAll('link[rel="icon"]').map((el) => el.getAttribute('href')),
      address,
    ).toEqual(['/favicon.ico', '/favicon.svg']);
  }
});

test('/favicon.ico and every linked icon answer 200 with an image', async ({ request }) => {
  const home = pages.find((page) => page.address === '/')!.root;
  const linked = home.querySelectorAll('link[rel="icon"]').map((el) => el.getAttribute('href')!);
  for (const href of new Set(['/favicon.ico', ...linked])) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toMatch(/^image\//);
    expect((await response.body()).length, href).toBeGreaterThan(100);
  }
});

test('no link on any page is named only "Learn More", "Read more", "click here" or the like', () => {
  const bare: string[] = [];
  let links = 0;
  for (const { address, root } of pages) {
    for (const a of root.querySelectorAll('a[href]')) {
      links++;
      const name = linkName(a);
      if (GENERIC.includes(name.toLowerCase().replace(/[\s.!:…»›]+$/u, ''))) bare.push(`${address}: "${name}"`);
    }
  }
  expect(links).toBeGreaterThan(1000);
  expect(bare).toEqual([]);
});

test('the seed\'s "Learn More" button tells screen readers where it goes', () => {
  const cx = pages.find((page) => page.address === '/CAP/cx/')!.root;
  const button = cx.querySelectorAll('.cap-featured a');
  expect(button.map(linkName)).toEqual(['Learn More: Explore 25 of the nation’s highest impact service providers (HISPs)']);
  expect(button[0]!.querySelector('.usa-sr-only')?.text).toBe(': Explore 25 of the nation’s highest impact service providers (HISPs)');
});

test('the header search box shows what it is for', async ({ page }) => {
  await page.goto('/CAP/cx/');
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search goals, action plans and news' });
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('placeholder', 'Search goals and news');
});
