import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Banner from '../../src/components/site/Banner.astro';
import Header from '../../src/components/site/Header.astro';
import Identifier from '../../src/components/site/Identifier.astro';
import SkipLink from '../../src/components/site/SkipLink.astro';
import BaseLayout from '../../src/layouts/BaseLayout.astro';

// The site shell every page wears, rendered alone. Every expectation is written out here, from
// the USWDS banner and identifier guidance and the site's navigation, not read from the code.

let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

type Component = Parameters<AstroContainer['renderToString']>[0];

/** Renders a component as the page at `path` would. */
async function render(component: Component, { path = '/', props = {}, slot }: { path?: string; props?: Record<string, unknown>; slot?: string } = {}) {
  const html = await container.renderToString(component, {
    props,
    request: new Request(`https://cap-goals.example.gov${path}`),
    ...(slot === undefined ? {} : { slots: { default: slot } }),
  });
  return parse(html);
}

const squash = (el: HTMLElement | null | undefined) => el?.text.replace(/\s+/g, ' ').trim();

/** The primary navigation as a reader meets it: label, address, and whether it is marked current. */
function navItems(html: HTMLElement) {
  return html.querySelectorAll('nav[aria-label="Primary"] a').map((a) => [a.text.trim(), a.getAttribute('href'), a.getAttribute('aria-current') ?? null]);
}

describe('SkipLink', () => {
  it('jumps to the main content', async () => {
    const link = (await render(SkipLink)).querySelector('a');
    expect(link?.text.trim()).toBe('Skip to main content');
    expect(link?.getAttribute('href')).toBe('#main-content');
  });
});

describe('Banner', () => {
  it('is a labelled region with the official banner text and its guidance in a native disclosure', async () => {
    const html = await render(Banner);
    const region = html.querySelector('section');
    expect(region?.getAttribute('aria-label')).toBe('Official website of the United States government');
    const summary = region?.querySelector('details > summary');
    expect(squash(summary)).toBe('An official website of the United States government Here’s how you know');
    expect(region?.querySelector('details')?.hasAttribute('open')).toBe(false);
    expect(squash(region?.querySelector('details > div'))).toBe(
      'Official websites use .gov A .gov website belongs to an official government organization in the United States. ' +
        'Secure .gov websites use HTTPS A lock () or https:// means you’ve safely connected to the .gov website. ' +
        'Share sensitive information only on official, secure websites.',
    );
    expect(region?.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Locked padlock icon');
  });

  it('gives its pictures empty alt text: the words say it all', async () => {
    const images = (await render(Banner)).querySelectorAll('img');
    expect(images).toHaveLength(3);
    for (const img of images) expect(img.getAttribute('alt')).toBe('');
  });

  it('ships no script', async () => {
    expect((await render(Banner)).querySelectorAll('script')).toHaveLength(0);
  });
});

describe('Header', () => {
  it('links the site name home and lists the four sections of the site', async () => {
    const html = await render(Header, { path: '/CAP/cx/' });
    const home = html.querySelector('header > div > a');
    expect(squash(home)).toBe('Performance.gov: CAP Goals');
    expect(home?.getAttribute('href')).toBe('/');
    expect(navItems(html)).toEqual([
      ['Home', '/', null],
      ['Goals', '/CAP/overview/', null],
      ['Action plans', '/CAP/action-plans/', null],
      ['News', '/news/', null],
    ]);
  });

  it('marks the current page, and only it, with aria-current="page"', async () => {
    const current = async (path: string) => navItems(await render(Header, { path })).filter(([, , mark]) => mark !== null);
    expect(await current('/')).toEqual([['Home', '/', 'page']]);
    expect(await current('/CAP/overview/')).toEqual([['Goals', '/CAP/overview/', 'page']]);
    expect(await current('/CAP/overview')).toEqual([['Goals', '/CAP/overview/', 'page']]);
    expect(await current('/CAP/action-plans/')).toEqual([['Action plans', '/CAP/action-plans/', 'page']]);
    expect(await current('/news/')).toEqual([['News', '/news/', 'page']]);
    // A page under a section is not that section's page.
    expect(await current('/news/2021-01-20-customer-experience-plan-for/')).toEqual([]);
    expect(await current('/CAP/cx/')).toEqual([]);
  });

  it('carries the small search form everywhere but on the search page', async () => {
    const form = (await render(Header, { path: '/CAP/cx/' })).querySelector('form');
    expect(form?.getAttribute('action')).toBe('/search/');
    expect(form?.getAttribute('role')).toBe('search');
    expect(form?.querySelector('input[name="q"]')).not.toBeNull();
    expect((await render(Header, { path: '/search/' })).querySelector('form')).toBeNull();
  });
});

describe('Identifier', () => {
  it('names the site, its agencies, every required link and USA.gov', async () => {
    const html = await render(Identifier);
    expect(html.querySelector('section[aria-label="Agency identifier"]')).not.toBeNull();
    expect(squash(html.querySelector('section[aria-label="Agency identifier"]'))).toBe(
      'performance.gov An official website of the Office of Management and Budget and the General Services Administration',
    );
    const agencies = html.querySelectorAll('section[aria-label="Agency identifier"] a').map((a) => [a.text.trim(), a.getAttribute('href')]);
    expect(agencies).toEqual([
      ['Office of Management and Budget', 'https://www.whitehouse.gov/omb/'],
      ['General Services Administration', 'https://www.gsa.gov/'],
    ]);
    const required = html.querySelectorAll('nav[aria-label="Important links"] a');
    expect(required.map((a) => a.text.trim())).toEqual([
      'About OMB',
      'Accessibility statement',
      'FOIA requests',
      'No FEAR Act data',
      'Office of the Inspector General',
      'Performance reports',
      'Privacy policy',
      'Vulnerability disclosure policy',
      'Contact',
    ]);
    const href = (label: string) => required.find((a) => a.text.trim() === label)?.getAttribute('href');
    // The site's own statement, and the furniture settings' defaults (site-config.ts).
    expect(href('Accessibility statement')).toBe('/accessibility/');
    expect(href('Privacy policy')).toBe('https://www.gsa.gov/website-information/website-policies');
    expect(href('Vulnerability disclosure policy')).toBe('https://www.gsa.gov/vulnerability-disclosure-policy');
    expect(href('Contact')).toBe('mailto:contact@cap-goals.example.gov');
    for (const a of required.filter((a) => !['Accessibility statement', 'Contact'].includes(a.text.trim()))) {
      expect(a.getAttribute('href'), a.text).toMatch(/^https:\/\/[a-z.]+\.gov\//);
    }
    const usagov = html.querySelector('section[aria-label="U.S. government information and services"]');
    expect(squash(usagov)).toBe('Looking for U.S. government information and services? Visit USA.gov');
    expect(usagov?.querySelector('a')?.getAttribute('href')).toBe('https://www.usa.gov/');
  });
});

describe('BaseLayout', () => {
  const page = () =>
    render(BaseLayout, {
      path: '/CAP/overview/',
      props: { title: 'Goals overview', description: 'Every Cross-Agency Priority goal, by category of the agenda.' },
      slot: '<h1>Goals overview</h1>',
    });

  it('is an English page titled with the page and the site name, with its description and the feed', async () => {
    const html = await page();
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(html.querySelector('title')?.text).toBe('Goals overview | CAP Goals');
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Every Cross-Agency Priority goal, by category of the agenda.');
    expect(html.querySelector('meta[name="viewport"]')?.getAttribute('content')).toBe('width=device-width, initial-scale=1');
    const feed = html.querySelector('link[rel="alternate"]');
    expect(feed?.getAttribute('type')).toBe('application/rss+xml');
    expect(feed?.getAttribute('href')).toBe('/news/rss.xml');
  });

  it('follows a description shorter than 50 characters with the site’s, so it stays the page’s own', async () => {
    const html = await render(BaseLayout, { props: { title: 'A short post', description: 'The agenda turned one' } });
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'The agenda turned one. Cross-Agency Priority goals: what each goal commits to, its action plans and news of its progress.',
    );
  });

  it('says when a dated page was updated, in the page and as article:modified_time, and makes it an Open Graph article', async () => {
    const html = await render(BaseLayout, {
      path: '/CAP/cx/',
      props: { title: 'Customer Experience', updated: { iso: '2021-01-01', text: 'January 2021' } },
    });
    expect(html.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')).toBe('2021-01-01');
    expect(html.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    const updated = html.querySelector('main .cap-updated');
    expect(squash(updated)).toBe('Updated January 2021');
    expect(updated?.querySelector('time')?.getAttribute('datetime')).toBe('2021-01-01');
  });

  it('asks in the footer whether the page helped, with links that carry the page’s address', async () => {
    const html = await render(BaseLayout, { path: '/CAP/cx/', props: { title: 'Customer Experience' } });
    const feedback = html.querySelector('footer .cap-feedback');
    expect(feedback?.querySelector('h2')?.text).toBe('Was this page helpful?');
    const links = feedback?.querySelectorAll('a') ?? [];
    expect(links.map((a) => [squash(a), a.getAttribute('aria-label')])).toEqual([
      ['Yes', 'Yes, this page was helpful'],
      ['No', 'No, this page was not helpful'],
      ['Report a problem', 'Report a problem with this page'],
    ]);
    for (const a of links) expect(decodeURIComponent(a.getAttribute('href') ?? '')).toContain('Page: https://cap-goals.example.gov/CAP/cx/');
    expect(html.querySelector('script')).toBeNull();
    expect(html.querySelector('.cap-updated')).toBeNull();
  });

  it('describes the site when the page has no description of its own', async () => {
    const html = await render(BaseLayout, { props: { title: 'Home' } });
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'Cross-Agency Priority goals: what each goal commits to, its action plans and news of its progress.',
    );
  });

  it('names its canonical address, its Open Graph card and the favicon', async () => {
    const html = await render(BaseLayout, {
      path: '/CAP/overview/?q=x#top',
      props: { title: 'Goals overview', description: 'Every Cross-Agency Priority goal, by category of the agenda.' },
    });
    expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://cap-goals.example.gov/CAP/overview/');
    const og = Object.fromEntries(html.querySelectorAll('meta[property^="og:"]').map((m) => [m.getAttribute('property'), m.getAttribute('content')]));
    expect(og).toEqual({
      'og:title': 'Goals overview',
      'og:description': 'Every Cross-Agency Priority goal, by category of the agenda.',
      'og:url': 'https://cap-goals.example.gov/CAP/overview/',
      'og:type': 'website',
      'og:site_name': 'CAP Goals',
    });
    expect(html.querySelectorAll('link[rel="icon"]').map((l) => l.getAttribute('href'))).toEqual(['/favicon.ico', '/favicon.svg']);
  });

  it('names no canonical address for a page served at addresses not its own (404)', async () => {
    const html = await render(BaseLayout, { path: '/no/such/page/', props: { title: 'Page not found', canonical: false } });
    expect(html.querySelector('link[rel="canonical"]')).toBeNull();
    expect(html.querySelector('meta[property="og:url"]')).toBeNull();
    expect(html.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Page not found');
  });

  it('puts the skip link first, then the banner, the header, main (the skip target, holding the page) and the footer', async () => {
    const html = await page();
    const body = html.querySelector('body');
    const parts = (body?.childNodes ?? []).filter((node): node is HTMLElement => node.nodeType === 1);
    expect(parts.map((el) => el.tagName.toLowerCase())).toEqual(['a', 'section', 'header', 'main', 'footer']);
    const [skip, banner, header, main, footer] = parts;
    expect(skip?.getAttribute('href')).toBe(`#${main?.id}`);
    expect(main?.id).toBe('main-content');
    // Focus can land on main when the skip link is followed.
    expect(main?.getAttribute('tabindex')).toBe('-1');
    expect(banner?.getAttribute('aria-label')).toBe('Official website of the United States government');
    expect(navItems(header as HTMLElement).filter(([, , mark]) => mark !== null)).toEqual([['Goals', '/CAP/overview/', 'page']]);
    expect(main?.querySelector('h1')?.text).toBe('Goals overview');
    expect(footer?.querySelectorAll('nav[aria-label="Important links"] a')).toHaveLength(9);
  });
});
