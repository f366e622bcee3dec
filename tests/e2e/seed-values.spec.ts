import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { documentArchive } from '../../src/site-config.ts';
import { expect, test } from '../support/shared-tab.ts';

// The seed as the legacy site held it: every value must reach the page.
const seedText = readFileSync(new URL('../fixtures/legacy/cx.md', import.meta.url), 'utf8');
// Plan documents are not in public/, so they link to the archive of the old site.
const archived = (path: string | null | undefined) => `${documentArchive}${path ?? ''}`;
const seed = parse(seedText.split(/^---\s*$/m)[1]!) as Record<string, string | null>;

// The site fixture (tests/fixtures/site/build.ts) holds this file as its goals/cx.md, beside fixture goals and posts.
test.describe('every value of the seed appears on /CAP/cx/', () => {
  test.beforeEach(async ({ tab: page }) => {
    await page.goto('/CAP/cx/');
  });

  test('title, featured box and quote', async ({ tab: page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title!);
    const featured = page.locator('.cap-featured');
    await expect(featured).toContainText(seed['featured-box']!);
    await expect(featured.getByRole('link', { name: seed['featured-box-button']! })).toHaveAttribute('href', seed['featured-box-url']!);
    await expect(page.locator('.cap-quote blockquote')).toHaveText(seed.quote!);
    await expect(page.locator('.cap-quote figcaption')).toHaveText(seed['quote-author']!);
    // The seed's `font-size: 20px` as the nearest size step (md, 17.8 px): a class, since the CSP forbids style attributes.
    expect(seed['font-size']).toBe('20px');
    await expect(page.locator('.cap-quote')).toHaveClass('cap-quote cap-quote--md');
    await expect(page.locator('.cap-quote')).not.toHaveAttribute('style');
  });

  test('all 7 resources, in order, with their URLs', async ({ tab: page }) => {
    // Resources 4 and 6 are PDFs: their links say so.
    const pdfs = [4, 6];
    const expected = [2, 3, 4, 5, 6, 7, 8].map((n) => ({
      name: `${seed[`resource-${n}-name`]}${pdfs.includes(n) ? ' (PDF)' : ''}`,
      url: seed[`resource-${n}-url`]!,
    }));
    const links = page.locator('#resources-content a');
    await expect(links).toHaveCount(7);
    const actual = await links.evaluateAll((as) => as.map((a) => ({ name: a.textContent!.trim(), url: a.getAttribute('href') })));
    expect(actual).toEqual(expected);
  });

  test('all 10 action plans, newest first, grouped by year', async ({ tab: page }) => {
    const links = page.locator('#action-plans-content li > a[href$=".pdf"]');
    const actual = await links.evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')]));
    expect(actual).toEqual([
      ['January 2021 action plan (PDF)', archived(seed['action-2021-january'])],
      ['September 2020 action plan (PDF)', archived(seed['action-2020-september'])],
      ['July 2020 action plan (PDF)', archived(seed['action-2020-july'])],
      ['December 2019 action plan (PDF)', archived(seed['action-2019-december'])],
      ['September 2019 action plan (PDF)', archived(seed['action-2019-september'])],
      ['June 2019 action plan (PDF)', archived(seed['action-2019-june'])],
      ['FY2018 Q4 action plan (PDF)', archived(seed['action-2018-Q4'])],
      ['FY2018 Q3 action plan (PDF)', archived(seed['action-2018-Q3'])],
      ['FY2018 Q2 action plan (PDF)', archived(seed['action-2018-Q2'])],
      ['FY2018 Q1 action plan (PDF)', archived(seed['action-2018-Q1'])],
    ]);
    await expect(page.locator('#action-plans-content h3')).toHaveText(['2021', '2020', '2019', '2018', '2017']);
  });

  test('the three narrative sections', async ({ tab: page }) => {
    await expect(page.locator('#goal-statement')).toContainText(seed.statement!);
    await expect(page.locator('#the-challenge')).toContainText(seed.challenge!.trim());
    await expect(page.locator('#the-opportunity')).toContainText(seed.opportunity!);
  });

  test('the 3 goal leaders with names and titles, and no broken images', async ({ tab: page }) => {
    const leaders = page.locator('.cap-leader');
    await expect(leaders).toHaveCount(3);
    for (const [i, prefix] of ['goal-leader', 'goal-leader-2', 'goal-leader-3'].entries()) {
      await expect(leaders.nth(i)).toContainText(seed[`${prefix}-name`]!);
      await expect(leaders.nth(i)).toContainText(seed[`${prefix}-title`]!);
    }
    // The seed's photos are not held by the site, so each leader shows the initials of the name the seed gives.
    const initials = ['goal-leader', 'goal-leader-2', 'goal-leader-3'].map((prefix) => {
      const words = seed[`${prefix}-name`]!.split(' ');
      return `${words[0]![0]}${words.at(-1)![0]}`;
    });
    await expect(leaders.locator('[data-initials]')).toHaveText(initials);
    // Every image the page names must load (some sit in the closed banner, so fetch rather than look).
    const sources = await page.locator('img').evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((img) => img.src));
    for (const src of sources) {
      const response = await page.request.get(src);
      expect(response.ok() && /^image\//.test(response.headers()['content-type'] ?? ''), src).toBe(true);
    }
  });

  test('previous and next goal links', async ({ tab: page }) => {
    const nav = page.getByRole('navigation', { name: 'Other goals' });
    await expect(nav.getByRole('link', { name: `Previous ${seed['previous-cap-goal-name']}` })).toHaveAttribute('href', '/CAP/overview/');
    // The seed's next link names an old address (/CAP/leveragingdata): the page links straight to where it now lives.
    await expect(nav.getByRole('link', { name: `Next ${seed['next-cap-goal-name']}` })).toHaveAttribute('href', '/CAP/leveraging-data/');
  });

  test('the two newest posts tagged with the goal, and a plain word when there are no events', async ({ tab: page }) => {
    const news = page.getByRole('region', { name: 'News and events' });
    // Three fixture posts carry the tag cx; the goal page shows the newest two.
    await expect(news.getByRole('listitem').getByRole('link')).toHaveText(['Customer experience plan for 2021', 'Customer experience in September']);
    await expect(news.getByRole('link', { name: 'Customer experience plan for 2021' })).toHaveAttribute(
      'href',
      '/news/2021-01-20-customer-experience-plan-for/',
    );
    await expect(news).toContainText('There are no upcoming events for this goal.');
  });
});

test('the old address redirects to the goal page', async ({ tab: page }) => {
  await page.goto(seed.redirect_from!);
  await expect(page).toHaveURL(/\/CAP\/cx\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title!);
});

test("a post's old performance.gov address redirects to the post", async ({ tab: page }) => {
  await page.goto('/CX-HISP-Action-Plans/');
  await expect(page).toHaveURL(/\/news\/2019-09-19-first-hisp-action-plans\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('First High Impact Service Provider action plans released');
});
