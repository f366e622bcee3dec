/**
 * The built site as a whole, read from disk (no browser): goal pages and their sections, the
 * overview, the previous/next chain, old addresses, news pages, site files, and every internal
 * link and anchor. Runs on the real site (`dist/`, from the content folder) and on the fixture
 * site (`npm run build:fixture`, from `tests/fixtures/site/`), which has enough goals and posts
 * to exercise categories, explicit links, redirects, pagination and tags.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { readFrontMatter } from '../../src/collections/front-matter.ts';
import { accordionSections } from '../../src/lib/goal-sections.ts';
import { GOAL_CATEGORIES, type Goal } from '../../src/schemas/goal.ts';
import { goalEntrySchema } from '../../src/schemas/goal-entry.ts';
import { postSchema, type Post } from '../../src/schemas/post.ts';
import { tagSlug } from '../../src/lib/urls.ts';
import { UNCATEGORISED } from '../../src/lib/goal-order.ts';
import { feedSize, newsPerPage } from '../../src/site-config.ts';
import { checkLinks, fileFor, followRedirects, pageAddress, readSite, refreshTarget, type SiteFiles } from '../support/link-check.ts';

const root = path.resolve(import.meta.dirname, '../..');
const ORIGIN = new URL(process.env.CAP_SITE_URL ?? 'https://cap-goals.example.gov').origin;

/** Pages other branches add; a link to one is allowed until it exists, then this list must shrink. */
/**
 * Every address the old site or the seed used for a goal (corpus README, seed, navigation and
 * previous/next keys). Once a goal exists, all of its old addresses must lead to the same page;
 * once all 14 goals exist, every address must.
 */
const OLD_ADDRESSES: string[][] = [
  ['/CAP/it-modernization/', '/CAP/CAP_goal_1.html', '/CAP/it-modernization'],
  ['/CAP/leveraging-data/', '/CAP/leveragingdata', '/CAP/CAP_goal_2.html', '/CAP/leveraging-data'],
  ['/CAP/workforce/', '/CAP/CAP_goal_3.html'],
  ['/CAP/cx/', '/CAP/CAP_goal_4.html'],
  ['/CAP/sharing-quality-services/', '/CAP/CAP_goal_5.html', '/CAP/sharing-quality-services'],
  ['/CAP/low-value-to-high-value-work/', '/CAP/CAP_goal_6.html'],
  ['/CAP/category-management/', '/CAP/CAP_goal_7.html'],
  ['/CAP/grants/', '/CAP/CAP_goal_8.html'],
  ['/CAP/getting-payments-right/', '/CAP/CAP_goal_9.html'],
  ['/CAP/CAP_goal_10.html'],
  ['/CAP/major-acquisitions/', '/CAP/CAP_goal_11.html'],
  ['/CAP/permitting/', '/CAP/CAP_goal_12.html'],
  ['/CAP/security-clearance-reform/', '/CAP/CAP_goal_13.html'],
  ['/CAP/lab-to-market/', '/CAP/CAP_goal_14.html'],
];

interface Build {
  name: string;
  dist: string;
  content: string;
  /** The fixture site is ours: its exact shape is asserted too. */
  fixture: boolean;
}

const builds: Build[] = [
  { name: 'site', dist: path.join(root, 'dist'), content: path.resolve(root, process.env.CAP_CONTENT_DIR ?? 'src/content'), fixture: false },
  { name: 'fixture site', dist: path.join(root, 'tests/.tmp/site-dist'), content: path.join(root, 'tests/fixtures/site'), fixture: true },
];

function readEntries<T>(dir: string, parseEntry: (data: unknown) => T): { id: string; data: T }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const front = readFrontMatter(readFileSync(path.join(dir, name), 'utf8'));
      if (!front.ok) throw new Error(`${name}: ${front.problems.join('; ')}`);
      return { id: name.replace(/\.md$/, ''), data: parseEntry(front.data) };
    });
}

for (const build of builds) {
  test.describe(`${build.name} (${path.relative(root, build.dist)})`, () => {
    let site: SiteFiles;
    let goals: Goal[];
    let posts: { id: string; data: Post }[];
    const dom = (file: string): HTMLElement => parse(site.html.get(file) ?? '');
    const pageOf = (address: string): HTMLElement => {
      const file = fileFor(site, address);
      expect(file, `no page at ${address}`).toBeDefined();
      return dom(file!);
    };
    const landsOn = (address: string) => followRedirects(site, address, ORIGIN);

    test.beforeAll(() => {
      if (!existsSync(build.dist)) throw new Error(`${build.dist} is missing: run npm run build and npm run build:fixture first.`);
      site = readSite(build.dist);
      goals = readEntries(path.join(build.content, 'goals'), (data) => goalEntrySchema.parse(data)).map((e) => e.data);
      posts = readEntries(path.join(build.content, 'posts'), (data) => postSchema.parse(data));
      expect(goals.length).toBeGreaterThan(0);
    });

    test('every goal page builds and renders its title, sections, news and navigation', () => {
      for (const goal of goals) {
        const page = pageOf(goal.permalink);
        const main = page.querySelector('main');
        expect(main?.querySelector('h1')?.text.trim(), goal.permalink).toBe(goal.title);
        for (const section of accordionSections(goal)) {
          expect(main?.querySelector(`#${section.id}`), `${goal.permalink} #${section.id}`).not.toBeNull();
        }
        expect(main?.querySelector('#news-heading'), goal.permalink).not.toBeNull();
        const nav = page.querySelector('nav[aria-label="Other goals"]');
        expect(nav?.querySelector('a[rel="prev"]'), `${goal.permalink} previous`).not.toBeNull();
        expect(nav?.querySelector('a[rel="next"]'), `${goal.permalink} next`).not.toBeNull();
      }
    });

    test('the overview lists every goal once, under its category, categories in agenda order', () => {
      const overview = pageOf('/CAP/overview/');
      const listed = new Map<string, string[]>();
      const headings: string[] = [];
      for (const section of overview.querySelectorAll('main section')) {
        const heading = section.querySelector('h2')!.text.trim();
        headings.push(heading);
        for (const link of section.querySelectorAll('.cap-goal-list a')) {
          const href = link.getAttribute('href')!;
          listed.set(href, [...(listed.get(href) ?? []), heading]);
        }
      }
      const expectedHeadings = [...GOAL_CATEGORIES, UNCATEGORISED].filter((c) => goals.some((g) => (g.category ?? UNCATEGORISED) === c));
      expect(headings).toEqual(expectedHeadings);
      expect([...listed.keys()].sort()).toEqual(goals.map((g) => g.permalink).sort());
      for (const goal of goals) expect(listed.get(goal.permalink), goal.permalink).toEqual([goal.category ?? UNCATEGORISED]);
      // Each goal's icon, title and one-line statement.
      expect(overview.querySelectorAll('.cap-goal-list__item')).toHaveLength(goals.length);
      expect(overview.querySelectorAll('.cap-goal-list__item svg, .cap-goal-list__item img')).toHaveLength(goals.length);
    });

    test('the previous/next chain visits every goal once, both ways, without a dead end', () => {
      const goalFiles = new Map(goals.map((g) => [fileFor(site, g.permalink)!, g.permalink]));
      const overviewFile = fileFor(site, '/CAP/overview/');
      const linkOf = (file: string, rel: 'prev' | 'next') =>
        dom(file).querySelector(`nav[aria-label="Other goals"] a[rel="${rel}"]`)!.getAttribute('href')!;
      for (const [rel, back] of [['next', 'prev'], ['prev', 'next']] as const) {
        const starts = [...goalFiles.keys()].filter((file) => landsOn(linkOf(file, back)) === overviewFile);
        expect(starts.map((f) => goalFiles.get(f)), `goals whose ${back} link is the overview`).toHaveLength(1);
        const visited: string[] = [];
        let at: string | undefined = starts[0];
        while (at !== overviewFile) {
          const permalink = goalFiles.get(at!);
          expect(permalink, `following ${rel} after ${visited.at(-1)} leads to ${at ?? 'no page'}, not a goal`).toBeDefined();
          expect(visited, `following ${rel} comes back to ${permalink}`).not.toContain(permalink);
          visited.push(permalink!);
          at = landsOn(linkOf(at!, rel));
        }
        expect(visited.sort()).toEqual(goals.map((g) => g.permalink).sort());
      }
    });

    test('every old address of a goal leads to its page', () => {
      for (const goal of goals) {
        for (const from of goal.redirectFrom) {
          const file = fileFor(site, from);
          expect(file, `redirect file for ${from}`).toBeDefined();
          expect(refreshTarget(dom(file!)), from).toBe(goal.permalink);
          expect(landsOn(from), from).toBe(fileFor(site, goal.permalink));
        }
      }
      let present = 0;
      for (const addresses of OLD_ADDRESSES) {
        const targets = new Set(addresses.map(landsOn));
        if (targets.size === 1 && targets.has(undefined)) continue; // this goal is not in the content yet
        present++;
        expect(targets.size, `${addresses.join(', ')} lead to ${[...targets].join(', ')}`).toBe(1);
        expect(targets.has(undefined), addresses.join(', ')).toBe(false);
      }
      if (goals.length >= OLD_ADDRESSES.length) expect(present).toBe(OLD_ADDRESSES.length);
      expect(landsOn('/CAP/overview/')).toBe('CAP/overview/index.html');
    });

    test('news: every post once across the index pages, newest first; each tag page lists its posts', () => {
      const listedOn = (address: string) => pageOf(address).querySelectorAll('.cap-post-list__title a').map((a) => a.getAttribute('href')!);
      const indexPages: string[][] = [];
      for (let n = 1, address = '/news/'; ; address = `/news/page/${++n}/`) {
        if (!fileFor(site, address)) break;
        indexPages.push(listedOn(address));
      }
      expect(indexPages).toHaveLength(Math.max(1, Math.ceil(posts.length / newsPerPage)));
      for (const items of indexPages.slice(0, -1)) expect(items).toHaveLength(newsPerPage);
      const order = [...posts].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, 'en'));
      expect(indexPages.flat()).toEqual(order.map((p) => `/news/${p.id}/`));
      for (const post of posts) {
        expect(pageOf(`/news/${post.id}/`).querySelector('main h1')?.text.trim()).toBe(post.data.title);
        for (const tag of post.data.tags) {
          const slug = tagSlug(tag);
          const tagged = posts.filter((p) => p.data.tags.some((t) => tagSlug(t) === slug));
          const onPages: string[] = [];
          for (let n = 1, address = `/news/tags/${slug}/`; fileFor(site, address); address = `/news/tags/${slug}/page/${++n}/`) {
            onPages.push(...listedOn(address));
          }
          expect(onPages.sort(), `tag ${tag}`).toEqual(tagged.map((p) => `/news/${p.id}/`).sort());
        }
      }
      if (build.fixture) {
        expect(indexPages.map((p) => p.length)).toEqual([10, 2]);
        expect(listedOn('/news/tags/cap-goal/')).toHaveLength(3);
      }
    });

    test('home page: the goals by category, the latest action plans and the latest news', () => {
      const home = pageOf('/');
      expect(home.querySelector('main h1')?.text).toBe('Cross-Agency Priority goals');
      const plans = home.querySelectorAll('.cap-plan-list li');
      const planCount = goals.reduce((n, g) => n + g.actionPlans.length, 0);
      expect(plans).toHaveLength(Math.min(5, planCount));
      const news = home.querySelectorAll('.cap-post-list__title a').map((a) => a.getAttribute('href'));
      expect(news).toHaveLength(Math.min(3, posts.length));
      if (build.fixture) {
        expect(plans.map((li) => li.text.replace(/\s+/g, ' ').trim())).toEqual([
          'January 2021 action plan: Fixture Customer Experience (PDF) for Fixture Customer Experience',
          'January 2021 action plan: Fixture Grants (PDF) for Fixture Grants',
          'January 2021 action plan: Fixture Leveraging Data (PDF) for Fixture Leveraging Data',
          'December 2020 action plan: Fixture IT Modernization (PDF) for Fixture IT Modernization',
          'June 2019 action plan: Fixture Customer Experience (PDF) for Fixture Customer Experience',
        ]);
        expect(news[0]).toBe('/news/2021-01-20-customer-experience-plan-for/');
      }
    });

    test('documents not held by the site link to the archive; others stay as written', () => {
      const archive = process.env.CAP_DOCUMENT_ARCHIVE ?? 'https://trumpadministration.archives.performance.gov';
      for (const file of site.html.keys()) {
        for (const a of dom(file).querySelectorAll('a[href]')) {
          const href = a.getAttribute('href')!;
          if (/^\/.*\.(pdf|docx?|xlsx?|pptx?)([?#]|$)/i.test(href)) {
            expect(fileFor(site, href.split(/[?#]/)[0]!), `${pageAddress(file)} links ${href}, which the site does not hold`).toBeDefined();
          }
        }
      }
      if (build.fixture) {
        const cx = pageOf('/CAP/cx/');
        expect(cx.querySelector('.cap-featured a')?.getAttribute('href')).toBe(`${archive}/CAP/action_plans/jan_2021_CX.pdf`);
        expect(cx.querySelectorAll('#action-plans a').map((a) => a.getAttribute('href'))).toContain('https://example.gov/june_2019_CX.pdf');
        expect(pageOf('/CAP/it-modernization/').querySelectorAll('#resources a').map((a) => a.getAttribute('href'))).toEqual([
          `${archive}/CAP/docs/fixture-guide.pdf`,
          '/CAP/cx/',
        ]);
      }
    });

    test('site files: sitemap of pages only, robots.txt, security.txt, RSS feed and a helpful 404', () => {
      const text = (file: string) => readFileSync(path.join(build.dist, file), 'utf8');
      const pages = [...site.html.keys()].filter((f) => !refreshTarget(dom(f)) && f !== '404.html').map((f) => `${ORIGIN}${pageAddress(f)}`);
      const index = text('sitemap-index.xml');
      const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(sitemaps.length).toBeGreaterThan(0);
      const listed = sitemaps.flatMap((url) => [...text(new URL(url).pathname.slice(1)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
      expect(listed.sort()).toEqual(pages.sort());

      expect(text('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
      const security = text('.well-known/security.txt');
      expect(security).toMatch(/^Contact: (mailto|https):\S+$/m);
      const expires = new Date(/^Expires: (\S+)$/m.exec(security)![1]!);
      expect(expires.getTime()).toBeGreaterThan(Date.now());
      expect(expires.getTime()).toBeLessThan(Date.now() + 366 * 86_400_000);

      const feed = text('news/rss.xml');
      const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
      const planCount = goals.reduce((n, g) => n + g.actionPlans.length, 0);
      expect(items).toHaveLength(Math.min(feedSize, posts.length + planCount));
      const dates = items.map((item) => new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(item)![1]!).getTime());
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      const newest = [...posts].sort((a, b) => b.data.date.getTime() - a.data.date.getTime())[0];
      if (newest) expect(feed).toContain(`<link>${ORIGIN}/news/${newest.id}/</link>`);
      if (planCount > 0) expect(feed).toContain(' action plan</title>');

      const notFound = parse(text('404.html'));
      expect(notFound.querySelector('h1')?.text).toBe('Page not found');
      const hrefs = notFound.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      for (const href of ['/', '/CAP/overview/', '/news/', '/search/']) expect(hrefs).toContain(href);
    });

    test('every internal link and anchor resolves', () => {
      const { checked, broken } = checkLinks(site, ORIGIN);
      expect(broken.map((b) => `${b.page}: ${b.link} (${b.reason})`)).toEqual([]);
      console.log(`${build.name}: ${checked} internal links in ${site.html.size} HTML files checked.`);
      expect(checked).toBeGreaterThan(site.html.size);
    });
  });
}
