/**
 * The site fixture as a whole, read from disk (no browser): goal pages and their sections, the
 * overview, the previous/next chain, old addresses, news pages, site files, and every internal
 * link and anchor. It runs on tests/.tmp/site-dist (`node tests/fixtures/site/build.ts`, from
 * tests/fixtures/site/ plus the legacy seed goal), never on the real content, and every
 * expectation below is written by hand from those fixture files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { checkLinks, fileFor, followRedirects, pageAddress, readSite, refreshTarget, type SiteFiles } from '../support/link-check.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'tests/.tmp/site-dist');
const ORIGIN = new URL(process.env.CAP_SITE_URL ?? 'https://cap-goals.example.gov').origin;
const ARCHIVE = process.env.CAP_DOCUMENT_ARCHIVE ?? 'https://trumpadministration.archives.performance.gov';
const SEED_TITLE = 'Improving Customer Experience with Federal Services';

/** Each fixture goal: its title, the accordion sections its content fills, and its old addresses (`redirectFrom`, legacy `redirect_from`). */
const GOALS: Record<string, { title: string; sections: string[]; oldAddresses: string[] }> = {
  '/CAP/cx/': {
    title: SEED_TITLE,
    sections: ['goal-statement', 'the-challenge', 'the-opportunity', 'action-plans', 'resources'],
    oldAddresses: ['/CAP/CAP_goal_4.html'],
  },
  '/CAP/grants/': { title: 'Fixture Grants', sections: ['goal-statement', 'action-plans'], oldAddresses: ['/CAP/CAP_goal_8.html'] },
  '/CAP/it-modernization/': {
    title: 'Fixture IT Modernization',
    sections: ['goal-statement', 'action-plans', 'key-performance-indicators', 'resources'],
    oldAddresses: ['/CAP/CAP_goal_1.html'],
  },
  '/CAP/lab-to-market/': { title: 'Fixture Lab-to-Market', sections: ['action-plans'], oldAddresses: ['/CAP/CAP_goal_14.html'] },
  '/CAP/leveraging-data/': {
    title: 'Fixture Leveraging Data',
    sections: ['goal-statement', 'action-plans'],
    oldAddresses: ['/CAP/leveragingdata', '/CAP/CAP_goal_2.html'],
  },
  '/CAP/sharing-quality-services/': {
    title: 'Fixture Sharing Quality Services',
    sections: ['goal-statement', 'action-plans'],
    oldAddresses: ['/CAP/CAP_goal_5.html'],
  },
  '/CAP/uncategorised/': { title: 'Fixture goal without a category', sections: ['action-plans'], oldAddresses: [] },
};

/** The overview's groups, in agenda order; the seed names no category. */
const OVERVIEW = [
  ['Key Drivers of Transformation', ['/CAP/it-modernization/', '/CAP/leveraging-data/']],
  ['Cross-Cutting Priority Areas', ['/CAP/sharing-quality-services/']],
  ['Functional Priority Areas', ['/CAP/grants/']],
  ['Mission Priority Areas', ['/CAP/lab-to-market/']],
  ['Other goals', ['/CAP/uncategorised/', '/CAP/cx/']],
] as const;

/**
 * Previous/next of each goal: its neighbours in site order (category, then order, then title), the
 * overview at both ends. A goal's own link replaces only that link of that goal: the seed names the
 * overview as its previous and Leveraging Data (by its old address) as its next; Lab-to-Market's own
 * next names no goal, so its site-order neighbour is kept.
 */
const NEIGHBOURS: Record<string, [previous: string, next: string]> = {
  '/CAP/it-modernization/': ['/CAP/overview/', '/CAP/leveraging-data/'],
  '/CAP/leveraging-data/': ['/CAP/it-modernization/', '/CAP/sharing-quality-services/'],
  '/CAP/sharing-quality-services/': ['/CAP/leveraging-data/', '/CAP/grants/'],
  '/CAP/grants/': ['/CAP/sharing-quality-services/', '/CAP/lab-to-market/'],
  '/CAP/lab-to-market/': ['/CAP/grants/', '/CAP/uncategorised/'],
  '/CAP/uncategorised/': ['/CAP/lab-to-market/', '/CAP/cx/'],
  '/CAP/cx/': ['/CAP/overview/', '/CAP/leveraging-data/'],
};

/** Every fixture post, newest first, with its title. */
const POSTS = [
  ['2021-01-20-customer-experience-plan-for', 'Customer experience plan for 2021'],
  ['2020-12-15-grants-plan-update', 'Grants plan update'],
  ['2020-11-02-data-strategy-milestones', 'Data strategy milestones'],
  ['2020-10-01-new-fiscal-year', 'New fiscal year'],
  ['2020-09-10-customer-experience-in-september', 'Customer experience in September'],
  ['2020-07-22-grants-listening-session', 'Grants listening session'],
  ['2020-06-30-shared-services-update', 'Shared services update'],
  ['2020-03-18-spring-update', 'Spring update'],
  ['2019-12-20-year-end-review', 'Year-end review'],
  ['2019-09-19-first-hisp-action-plans', 'First High Impact Service Provider action plans released'],
  ['2019-07-22-grants-innovation-sessions', 'Grants innovation sessions'],
  ['2019-03-01-agenda-anniversary', 'Agenda anniversary'],
] as const;
const news = (id: string) => `/news/${id}/`;

/** Each tag page's posts, newest first ("Cap Goal" and "CAP goal" are one tag). */
const TAGS: Record<string, string[]> = {
  cx: ['2021-01-20-customer-experience-plan-for', '2020-09-10-customer-experience-in-september', '2019-09-19-first-hisp-action-plans'],
  grants: ['2020-12-15-grants-plan-update', '2020-07-22-grants-listening-session', '2019-07-22-grants-innovation-sessions'],
  pma: ['2020-10-01-new-fiscal-year', '2020-06-30-shared-services-update', '2020-03-18-spring-update', '2019-03-01-agenda-anniversary'],
  'cap-goal': ['2021-01-20-customer-experience-plan-for', '2020-12-15-grants-plan-update', '2020-06-30-shared-services-update'],
  data: ['2020-11-02-data-strategy-milestones'],
};

/** The feed: the 20 newest of 12 posts and 15 plans, a post before a plan of the same day, plans of one month by goal title. */
const FEED = [
  'Customer experience plan for 2021',
  'Fixture Grants: January 2021 action plan',
  'Fixture Leveraging Data: January 2021 action plan',
  `${SEED_TITLE}: January 2021 action plan`,
  'Grants plan update',
  'Fixture IT Modernization: December 2020 action plan',
  'Data strategy milestones',
  'New fiscal year',
  'Customer experience in September',
  `${SEED_TITLE}: September 2020 action plan`,
  'Grants listening session',
  `${SEED_TITLE}: July 2020 action plan`,
  'Shared services update',
  'Fixture Grants: June 2020 action plan',
  'Spring update',
  'Year-end review',
  `${SEED_TITLE}: December 2019 action plan`,
  'First High Impact Service Provider action plans released',
  `${SEED_TITLE}: September 2019 action plan`,
  'Grants innovation sessions',
];

let site: SiteFiles;
const dom = (file: string): HTMLElement => parse(site.html.get(file) ?? '');
const pageOf = (address: string): HTMLElement => {
  const file = fileFor(site, address);
  expect(file, `no page at ${address}`).toBeDefined();
  return dom(file ?? '');
};
const landsOn = (address: string) => followRedirects(site, address, ORIGIN);
/** The posts a news list links, in page order: the links in its items' headings. */
const postsListedOn = (address: string) =>
  pageOf(address)
    .querySelectorAll('main li h2 a, main li h3 a')
    .map((a) => a.getAttribute('href'));

test.beforeAll(() => {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: run npm run build:fixtures first.`);
  site = readSite(dist);
});

test('every goal page renders its title, the sections its content fills, news and navigation', () => {
  for (const [permalink, goal] of Object.entries(GOALS)) {
    const page = pageOf(permalink);
    const main = page.querySelector('main');
    expect(main?.querySelector('h1')?.text.trim(), permalink).toBe(goal.title);
    const sections = (main?.querySelectorAll('[id]') ?? []).map((el) => el.id).filter((id) => main?.querySelector(`#${id}-content`));
    expect(sections, permalink).toEqual(goal.sections);
    expect(main?.querySelector('#news-heading'), permalink).not.toBeNull();
    const nav = page.querySelector('nav[aria-label="Other goals"]');
    expect(nav?.querySelector('a[rel="prev"]'), `${permalink} previous`).not.toBeNull();
    expect(nav?.querySelector('a[rel="next"]'), `${permalink} next`).not.toBeNull();
  }
});

test('the overview shows every category with its goals as cards, categories in agenda order, each linking its own page', () => {
  const overview = pageOf('/CAP/overview/');
  expect(overview.querySelector('main h1')?.text.trim()).toBe('Goals overview');
  const groups = overview
    .querySelectorAll('main section.cap-category')
    .map((section) => [section.querySelector('h2')?.text.trim(), section.querySelectorAll('.usa-card__heading a').map((a) => a.getAttribute('href'))]);
  expect(groups).toEqual(OVERVIEW);
  // Each goal's icon (its USWDS icon when it has no file) beside its title.
  expect(overview.querySelectorAll('main .usa-card')).toHaveLength(7);
  expect(overview.querySelectorAll('main .usa-card svg[aria-hidden="true"], main .usa-card img')).toHaveLength(7);
  const categoryLinks = overview.querySelectorAll('nav[aria-label="Goal categories"] a').map((a) => a.getAttribute('href'));
  expect(categoryLinks).toEqual(OVERVIEW.map(([name]) => `/CAP/overview/${name.toLowerCase().replace(/ /g, '-')}/`));
  for (const [index, [name, goals]] of OVERVIEW.entries()) {
    const category = pageOf(categoryLinks[index]!);
    expect(category.querySelector('main h1')?.text.trim()).toBe(name);
    expect(category.querySelectorAll('main .usa-card__heading a').map((a) => a.getAttribute('href'))).toEqual([...goals]);
  }
});

test("previous/next follow the site order, and a goal's own link replaces only its own", () => {
  const linkOf = (permalink: string, rel: 'prev' | 'next') =>
    pageOf(permalink).querySelector(`nav[aria-label="Other goals"] a[rel="${rel}"]`)?.getAttribute('href') ?? '';
  expect(Object.keys(NEIGHBOURS).sort()).toEqual(Object.keys(GOALS).sort());
  for (const [permalink, [previous, next]] of Object.entries(NEIGHBOURS)) {
    expect(landsOn(linkOf(permalink, 'prev')), `previous of ${permalink}`).toBe(fileFor(site, previous));
    expect(landsOn(linkOf(permalink, 'next')), `next of ${permalink}`).toBe(fileFor(site, next));
  }
  // The seed's own next link names the old address of Leveraging Data: the page links to where it lives now.
  expect(linkOf('/CAP/cx/', 'prev')).toBe('/CAP/overview/');
  expect(linkOf('/CAP/cx/', 'next')).toBe('/CAP/leveraging-data/');
});

test('every old address of every goal and post leads to its page', () => {
  for (const [permalink, goal] of Object.entries(GOALS)) {
    for (const from of goal.oldAddresses) {
      const file = fileFor(site, from);
      expect(file, `redirect file for ${from}`).toBeDefined();
      expect(refreshTarget(dom(file ?? '')), from).toBe(permalink);
      expect(landsOn(from), from).toBe(fileFor(site, permalink));
    }
    // And the address without its trailing slash.
    expect(landsOn(permalink.slice(0, -1)), permalink).toBe(fileFor(site, permalink));
  }
  expect(refreshTarget(pageOf('/CX-HISP-Action-Plans/'))).toBe('/news/2019-09-19-first-hisp-action-plans/');
  expect(landsOn('/CAP/overview/')).toBe('CAP/overview/index.html');
  // Only these are redirect pages.
  const redirects = [...site.html.keys()]
    .filter((file) => refreshTarget(dom(file)))
    .map(pageAddress)
    .sort();
  expect(redirects).toEqual([
    '/CAP/CAP_goal_1.html',
    '/CAP/CAP_goal_14.html',
    '/CAP/CAP_goal_2.html',
    '/CAP/CAP_goal_4.html',
    '/CAP/CAP_goal_5.html',
    '/CAP/CAP_goal_8.html',
    '/CAP/leveragingdata/',
    '/CX-HISP-Action-Plans/',
  ]);
});

test('news: every post once across two index pages, newest first; each tag page lists its posts', () => {
  expect(postsListedOn('/news/')).toEqual(POSTS.slice(0, 10).map(([id]) => news(id)));
  expect(postsListedOn('/news/page/2/')).toEqual(POSTS.slice(10).map(([id]) => news(id)));
  expect(fileFor(site, '/news/page/3/')).toBeUndefined();
  for (const [id, title] of POSTS) expect(pageOf(news(id)).querySelector('main h1')?.text.trim(), id).toBe(title);
  for (const [slug, ids] of Object.entries(TAGS)) {
    expect(postsListedOn(`/news/tags/${slug}/`), slug).toEqual(ids.map(news));
    expect(fileFor(site, `/news/tags/${slug}/page/2/`), slug).toBeUndefined();
  }
  const tagIndex = pageOf('/news/tags/')
    .querySelectorAll('main a[href^="/news/tags/"]')
    .map((a) => a.getAttribute('href'));
  expect([...new Set(tagIndex)].sort()).toEqual(
    Object.keys(TAGS)
      .sort()
      .map((slug) => `/news/tags/${slug}/`),
  );
});

test('home page: the goals by category, the latest action plans and the latest news', () => {
  const home = pageOf('/');
  expect(home.querySelector('main h1')?.text).toBe('Federal agencies working together on shared goals');
  expect(home.querySelectorAll('main section.cap-category h2').map((h2) => h2.text.trim())).toEqual(OVERVIEW.map(([name]) => name));
  const plans = home
    .querySelectorAll('section[aria-labelledby="home-plans"] li.usa-collection__item')
    .map((li) => li.querySelectorAll('a').map((a) => a.getAttribute('href')));
  expect(plans).toEqual([
    ['/CAP/grants/action-plans/2021-01/', '/CAP/grants/'],
    ['/CAP/leveraging-data/action-plans/2021-01/', '/CAP/leveraging-data/'],
    ['/CAP/cx/action-plans/2021-01/', '/CAP/cx/'],
    ['/CAP/it-modernization/action-plans/2020-12/', '/CAP/it-modernization/'],
    ['/CAP/cx/action-plans/2020-09/', '/CAP/cx/'],
  ]);
  const posts = home.querySelectorAll('section[aria-labelledby="home-news"] .usa-collection__heading a').map((a) => a.getAttribute('href'));
  expect(posts).toEqual(POSTS.slice(0, 3).map(([id]) => news(id)));
});

test('documents not held by the site link to the archive; others stay as written', () => {
  for (const file of site.html.keys()) {
    for (const a of dom(file).querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (/^\/.*\.(pdf|docx?|xlsx?|pptx?)([?#]|$)/i.test(href)) {
        expect(fileFor(site, href.split(/[?#]/)[0] ?? ''), `${pageAddress(file)} links ${href}, which the site does not hold`).toBeDefined();
      }
    }
  }
  const grants = pageOf('/CAP/grants/');
  expect(grants.querySelector('main a[href$=".pdf"]')?.getAttribute('href')).toBe(`${ARCHIVE}/CAP/action_plans/jan_2021_grants.pdf`);
  expect(grants.querySelectorAll('#action-plans a').map((a) => a.getAttribute('href'))).toContain('https://example.gov/june_2020_grants.pdf');
  expect(
    pageOf('/CAP/it-modernization/')
      .querySelectorAll('#resources a')
      .map((a) => a.getAttribute('href')),
  ).toEqual([`${ARCHIVE}/CAP/docs/fixture-guide.pdf`, '/CAP/cx/']);
});

test('site files: sitemap of pages only, robots.txt, security.txt, RSS feed and a helpful 404', () => {
  const text = (file: string) => readFileSync(path.join(dist, file), 'utf8');
  const pages = [...site.html.keys()].filter((f) => !refreshTarget(dom(f)) && f !== '404.html').map((f) => `${ORIGIN}${pageAddress(f)}`);
  // The 70 pages of the site fixture (tests/e2e/nu-html-checker.spec.ts counts them) less 8 old addresses and the 404.
  expect(pages).toHaveLength(61);
  const index = text('sitemap-index.xml');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(sitemaps.length).toBeGreaterThan(0);
  const listed = sitemaps.flatMap((url) => [...text(new URL(url).pathname.slice(1)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
  expect(listed.sort()).toEqual(pages.sort());

  expect(text('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  const security = text('.well-known/security.txt');
  expect(security).toMatch(/^Contact: (mailto|https):\S+$/m);
  const expires = new Date(/^Expires: (\S+)$/m.exec(security)?.[1] ?? '');
  expect(expires.getTime()).toBeGreaterThan(Date.now());
  expect(expires.getTime()).toBeLessThan(Date.now() + 366 * 86_400_000);

  const feed = text('news/rss.xml');
  const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1] ?? '');
  expect(items.map((item) => /<title>([^<]*)<\/title>/.exec(item)?.[1]?.replaceAll('&apos;', "'"))).toEqual(FEED);
  const dates = items.map((item) => new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1] ?? '').getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  expect(items[0]).toContain(`<link>${ORIGIN}/news/2021-01-20-customer-experience-plan-for/</link>`);

  const notFound = parse(text('404.html'));
  expect(notFound.querySelector('h1')?.text).toBe('Page not found');
  const hrefs = notFound.querySelectorAll('main a').map((a) => a.getAttribute('href'));
  for (const href of ['/', '/CAP/overview/', '/news/', '/search/']) expect(hrefs).toContain(href);
});

test('every internal link and anchor resolves', () => {
  const { checked, broken } = checkLinks(site, ORIGIN);
  expect(broken.map((b) => `${b.page}: ${b.link} (${b.reason})`)).toEqual([]);
  console.log(`site fixture: ${checked} internal links in ${site.html.size} HTML files checked.`);
  expect(site.html.size).toBe(70);
  expect(checked).toBeGreaterThan(site.html.size);
});
