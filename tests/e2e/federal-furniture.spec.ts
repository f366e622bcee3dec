/**
 * The federal furniture (Federal Website Standards, OMB M-23-22) on the site fixture (tests/.tmp/site-dist, built with the
 * default settings by `npm run build:fixtures`): a feedback question and "Report a problem" that carry the page's address
 * without JavaScript, a contact link, the accessibility statement, privacy and vulnerability disclosure links (the latter
 * also security.txt's `Policy:`), a date of last update that the page, its metadata and the sitemap agree on, and a unique
 * title and description on every page. Pages are found by walking the folder; expected values are written by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { pageAddress, readSite, refreshTarget } from '../support/link-check.ts';

const dist = path.resolve(import.meta.dirname, '../.tmp/site-dist');
const ORIGIN = new URL(process.env.CAP_SITE_URL ?? 'https://cap-goals.example.gov').origin;
const site = readSite(dist);
const all = [...site.html].map(([file, html]) => ({ file, address: pageAddress(file), root: parse(html) }));
/**
 * Redirect pages (old addresses) are left out of the title and description checks: they are not pages of their own, but a
 * "this page has moved" notice whose canonical address is the page it sends readers to (head-tags.spec.ts checks that).
 */
const pages = all.filter((page) => refreshTarget(page.root) === undefined);
const page = (address: string) => {
  const found = pages.find((p) => p.address === address);
  if (!found) throw new Error(`no page ${address} in the fixture`);
  return found.root;
};

const titleOf = (root: HTMLElement) => root.querySelector('title')?.text ?? '';
const descriptionOf = (root: HTMLElement) => root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
const modifiedOf = (root: HTMLElement) => root.querySelector('meta[property="article:modified_time"]')?.getAttribute('content');
const updatedOf = (root: HTMLElement) => {
  const time = root.querySelector('.cap-updated time');
  return time && { iso: time.getAttribute('datetime'), text: root.querySelector('.cap-updated')?.text.replace(/\s+/g, ' ').trim() };
};
/** `<lastmod>` of each address in the sitemap, by path. */
const lastmods = new Map(
  [...readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map(([, loc, lastmod]) => [
    new URL(loc!).pathname,
    lastmod,
  ]),
);
const PLAN_PAGE = /^\/CAP\/[^/]+\/action-plans\/[^/]+\/$/;
/** The fixture's goals with a plan or their own `updated` day (sharing-quality-services and uncategorised have neither). */
const GOAL_PAGES = ['/CAP/cx/', '/CAP/grants/', '/CAP/it-modernization/', '/CAP/lab-to-market/', '/CAP/leveraging-data/'];

test('the fixture has the pages this file expects', () => {
  expect(pages.length).toBeGreaterThan(40);
  expect(pages.map((p) => p.address)).toEqual(expect.arrayContaining(['/', '/404.html', '/accessibility/', '/search/', ...GOAL_PAGES]));
  expect(pages.filter((p) => PLAN_PAGE.test(p.address)).length).toBeGreaterThan(10);
});

test('every page has a title of at least 20 characters that no other page has', () => {
  const seen = new Map<string, string>();
  for (const { address, root } of pages) {
    const title = titleOf(root);
    expect(title.length, `${address}: "${title}"`).toBeGreaterThanOrEqual(20);
    expect(seen.get(title), `${address} has the title of ${seen.get(title)}: "${title}"`).toBeUndefined();
    seen.set(title, address);
  }
});

test('every page has a meta description of at least 50 characters that no other page has', () => {
  const seen = new Map<string, string>();
  for (const { address, root } of pages) {
    const description = descriptionOf(root);
    expect(description.length, `${address}: "${description}"`).toBeGreaterThanOrEqual(50);
    expect(seen.get(description), `${address} has the description of ${seen.get(description)}`).toBeUndefined();
    seen.set(description, address);
  }
});

test('goal and plan pages show when they were updated, the same day as article:modified_time and the sitemap’s lastmod', () => {
  const dated = pages.filter((p) => GOAL_PAGES.includes(p.address) || PLAN_PAGE.test(p.address));
  for (const { address, root } of dated) {
    const modified = modifiedOf(root);
    expect(modified, address).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(updatedOf(root)?.iso, address).toBe(modified);
    expect(lastmods.get(address)?.slice(0, 10), address).toBe(modified);
    expect(root.querySelector('meta[property="og:type"]')?.getAttribute('content'), address).toBe('article');
  }
  // By hand, from the fixture: the newest plan's month; a quarter plan's last month; a goal's own `updated` day.
  expect(updatedOf(page('/CAP/cx/'))).toEqual({ iso: '2021-01-01', text: 'Updated January 2021' });
  expect(updatedOf(page('/CAP/grants/'))).toEqual({ iso: '2021-01-01', text: 'Updated January 2021' });
  expect(updatedOf(page('/CAP/cx/action-plans/2018-Q1/'))).toEqual({ iso: '2017-12-01', text: 'Updated December 2017' });
  expect(updatedOf(page('/CAP/it-modernization/action-plans/2020-12/'))).toEqual({ iso: '2020-12-01', text: 'Updated December 2020' });
  expect(updatedOf(page('/CAP/lab-to-market/'))).toEqual({ iso: '2020-05-04', text: 'Updated May 4, 2020' });
  expect(lastmods.get('/CAP/lab-to-market/')).toMatch(/^2020-05-04/);
});

test('pages without a date from content claim none', () => {
  for (const address of ['/', '/news/', '/CAP/overview/', '/CAP/uncategorised/', '/CAP/sharing-quality-services/']) {
    expect(modifiedOf(page(address)), address).toBeUndefined();
    expect(updatedOf(page(address)), address).toBeNull();
    expect(lastmods.get(address), address).toBeUndefined();
  }
});

test('every page asks whether it helped, with Yes, No and Report a problem links that carry its address', () => {
  for (const { address, root } of pages) {
    const feedback = root.querySelector('.cap-feedback');
    expect(feedback?.querySelector('h2')?.text, address).toBe('Was this page helpful?');
    const links = feedback?.querySelectorAll('a') ?? [];
    expect(
      links.map((a) => [a.text.trim(), a.getAttribute('aria-label')]),
      address,
    ).toEqual([
      ['Yes', 'Yes, this page was helpful'],
      ['No', 'No, this page was not helpful'],
      ['Report a problem', 'Report a problem with this page'],
    ]);
    for (const link of links) {
      // The default target is an email address: the page's own address is in the subject and the body.
      const href = link.getAttribute('href')!;
      expect(href, address).toMatch(/^mailto:feedback@cap-goals\.example\.gov\?subject=/);
      const fields = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
      expect(fields.get('subject'), address).toMatch(new RegExp(`: ${ORIGIN}${address.replace(/[.?*+^$()|[\]\\]/g, '\\$&')}$`));
      expect(fields.get('body'), address).toContain(`Page: ${ORIGIN}${address}`);
    }
  }
});

test('no page loads a script from another site', () => {
  for (const { address, root } of all) {
    for (const script of root.querySelectorAll('script[src]')) expect(script.getAttribute('src'), address).toMatch(/^\/(?!\/)/);
  }
});

test('the footer links the accessibility statement, privacy policy, vulnerability disclosure policy and contact on every page', () => {
  const expected = {
    'Accessibility statement': '/accessibility/',
    'Privacy policy': 'https://www.gsa.gov/website-information/website-policies',
    'Vulnerability disclosure policy': 'https://www.gsa.gov/vulnerability-disclosure-policy',
    Contact: 'mailto:contact@cap-goals.example.gov',
  };
  for (const { address, root } of pages) {
    const links = new Map(root.querySelectorAll('.usa-identifier__required-link').map((a) => [a.text.trim(), a.getAttribute('href')]));
    for (const [label, href] of Object.entries(expected)) expect(links.get(label), `${address}: ${label}`).toBe(href);
  }
});

test('the accessibility statement names the Section 508 contact, its review date and how to report a problem', () => {
  const root = page('/accessibility/');
  expect(root.querySelector('h1')?.text).toBe('Accessibility statement');
  expect(root.querySelectorAll('h2').map((h) => h.text)).toEqual(expect.arrayContaining(['Report a problem', 'Section 508 contact']));
  const main = root.querySelector('main')!;
  const contact = main.querySelectorAll('a').find((a) => a.getAttribute('href') === 'mailto:section508@cap-goals.example.gov');
  expect(contact?.text).toBe('section508@cap-goals.example.gov');
  const report = main.querySelectorAll('a').find((a) => a.text === 'Report a problem');
  expect(decodeURIComponent(report?.getAttribute('href') ?? '')).toContain(`Page: ${ORIGIN}/accessibility/`);
  expect(main.text).toContain('Section 508');
  expect(main.text).toContain('WCAG 2.2');
  expect(main.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-02');
  expect(main.text).toContain('last reviewed on December 2, 2026');
});

test('security.txt names the vulnerability disclosure policy the footer links to', async ({ request }) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.status()).toBe(200);
  const policy = (await response.text()).split('\n').filter((line) => line.startsWith('Policy: '));
  expect(policy).toEqual(['Policy: https://www.gsa.gov/vulnerability-disclosure-policy']);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the feedback links are there and name the page they were followed from', async ({ page: tab }) => {
    await tab.goto('/CAP/cx/action-plans/2021-01/');
    const feedback = tab.getByRole('region', { name: 'Was this page helpful?' });
    await expect(feedback.getByRole('link', { name: 'Yes, this page was helpful' })).toBeVisible();
    await expect(feedback.getByRole('link', { name: 'No, this page was not helpful' })).toBeVisible();
    const problem = feedback.getByRole('link', { name: 'Report a problem with this page' });
    await expect(problem).toBeVisible();
    expect(decodeURIComponent((await problem.getAttribute('href')) ?? '')).toContain(`Page: ${ORIGIN}/CAP/cx/action-plans/2021-01/`);
    await expect(tab.getByText('Updated January 2021')).toBeVisible();
  });
});
