/** The view model of every route but the goal and plan pages, on content written here. */
import { describe, expect, it } from 'vitest';
import { newsFeed } from '../../src/lib/feed.ts';
import { homePage } from '../../src/lib/home-page.ts';
import { notFoundPage } from '../../src/lib/not-found-page.ts';
import { overviewPage } from '../../src/lib/overview-page.ts';
import { postPage } from '../../src/lib/post-page.ts';
import { searchPage } from '../../src/lib/search-page.ts';
import { postWithUrl } from '../../src/lib/urls.ts';
import { plan } from '../support/periods.ts';

const cx = {
  title: 'Customer Experience',
  permalink: '/CAP/cx/',
  redirectFrom: [],
  category: 'Cross-Cutting Priority Areas' as const,
  order: 2,
  icon: '/assets/cx.png',
  statement: { paragraphs: ['Make services simple. Then measure them.'] },
  actionPlans: [plan('2019-12'), plan('2021-01', '/CAP/x/page.html')],
};
const grants = {
  title: 'Grants',
  permalink: '/CAP/grants/',
  redirectFrom: [],
  category: 'Cross-Cutting Priority Areas' as const,
  order: 1,
  subtitle: 'Results for grants',
  actionPlans: [plan('2018-Q1')],
};
const lab = { title: 'Lab to Market', permalink: '/CAP/lab/', redirectFrom: [], actionPlans: [] };
const goals = [cx, lab, grants];

const post = (id: string, date: string, tags: string[] = []) => ({
  id,
  body: `Body of **${id}**.`,
  data: { title: `Title ${id}`, date: new Date(date), description: `About ${id}`, tags },
});
const posts = [post('a', '2020-09-30', ['cx']), post('b', '2020-10-01'), post('c', '2019-01-05'), post('d', '2021-02-01', ['CX', 'grants'])];
const archive = (url: string) => `https://archive.example.gov${url}`;

describe('postWithUrl', () => {
  it('keeps the front matter and adds the post page address', () => {
    expect(postWithUrl({ id: 'hello', data: { title: 'T' } })).toEqual({ title: 'T', url: '/news/hello/' });
  });
});

describe('homePage', () => {
  const home = homePage(goals, posts, { goalsPerCategory: 1, plans: 2, posts: 2 });

  it('counts goals and categories in words, and shows a bounded number of goal cards per category with a link to the rest', () => {
    expect(home.goalsSentence).toBe('3 goals in 2 categories');
    expect(home.categories.map((c) => [c.name, c.url, c.count, c.goals.map((g) => g.title), c.more])).toEqual([
      [
        'Cross-Cutting Priority Areas',
        '/CAP/overview/cross-cutting-priority-areas/',
        '2 goals',
        ['Grants'],
        { text: 'All 2 goals in Cross-Cutting Priority Areas', url: '/CAP/overview/cross-cutting-priority-areas/' },
      ],
      ['Other goals', '/CAP/overview/other-goals/', '1 goal', ['Lab to Market'], undefined],
    ]);
    expect(homePage([lab], [], { goalsPerCategory: 3, plans: 1, posts: 1 }).goalsSentence).toBe('1 goal in 1 category');
  });

  it('gives each card its icon, first sentence and latest plan page', () => {
    const [card] = homePage([cx], [], { goalsPerCategory: 3, plans: 1, posts: 1 }).categories[0]!.goals;
    expect(card).toMatchObject({
      title: 'Customer Experience',
      url: '/CAP/cx/',
      icon: { file: '/assets/cx.png', symbol: { name: 'groups' } },
      summary: 'Make services simple.',
      latestPlan: { label: 'January 2021 action plan', url: '/CAP/cx/action-plans/2021-01/' },
    });
    expect(home.categories[1]!.goals[0]).toMatchObject({ icon: { file: undefined, symbol: { name: 'topic' } }, summary: undefined, latestPlan: undefined });
  });

  it('shows the newest plans with their page, fiscal quarter and document type, and the newest posts', () => {
    expect(home.plans).toEqual([
      {
        label: 'January 2021 action plan',
        url: '/CAP/cx/action-plans/2021-01/',
        fiscal: 'FY2021 Q2',
        type: undefined,
        goal: { title: 'Customer Experience', url: '/CAP/cx/' },
      },
      {
        label: 'December 2019 action plan',
        url: '/CAP/cx/action-plans/2019-12/',
        fiscal: 'FY2020 Q1',
        type: 'PDF',
        goal: { title: 'Customer Experience', url: '/CAP/cx/' },
      },
    ]);
    expect(home.posts.map((item) => item.url)).toEqual(['/news/d/', '/news/b/']);
    expect(home.posts[0]).toEqual({
      title: 'Title d',
      url: '/news/d/',
      isoDate: '2021-02-01',
      dateText: 'February 1, 2021',
      description: 'About d',
      tags: [
        { text: 'CX', url: '/news/tags/cx/' },
        { text: 'grants', url: '/news/tags/grants/' },
      ],
    });
  });
});

describe('overviewPage', () => {
  it('groups goals in site order by category, each with its icon, blurb and cards', () => {
    const overview = overviewPage(goals, 12);
    expect(overview.goalsSentence).toBe('3 goals in 2 categories.');
    expect(overview.categories.map((c) => [c.name, c.id, c.icon.name, c.count, c.goals.map((g) => g.title), c.more])).toEqual([
      ['Cross-Cutting Priority Areas', 'cross-cutting-priority-areas', 'groups', '2 goals', ['Grants', 'Customer Experience'], undefined],
      ['Other goals', 'other-goals', 'topic', '1 goal', ['Lab to Market'], undefined],
    ]);
    expect(overview.categories[0]!.blurb).toMatch(/^Ways of working/);
  });
});

describe('postPage', () => {
  it('renders the body, dates the post, links its tags and files it under its goals and fiscal year', () => {
    const page = postPage(post('a', '2020-09-30', ['cx', 'Other']), [
      { title: 'Customer Experience', newsTag: 'CX' },
      { title: 'Grants', newsTag: 'grants' },
    ]);
    expect(page).toEqual({
      title: 'Title a',
      description: 'About a',
      isoDate: '2020-09-30',
      dateText: 'September 30, 2020',
      bodyHtml: '<p>Body of <strong>a</strong>.</p>',
      tags: [
        { text: 'Customer Experience', url: '/news/tags/cx/' },
        { text: 'Other', url: '/news/tags/other/' },
      ],
      search: { goals: ['Customer Experience'], fiscalYears: [2020], fiscalQuarters: ['FY2020 Q4'], date: '2020-09-30', sortDate: '2020-09-30' },
    });
    expect(postPage(post('b', '2020-10-01'), []).search.fiscalYears).toEqual([2021]);
    expect(postPage(post('b', '2020-10-01'), []).search.fiscalQuarters).toEqual(['FY2021 Q1']);
  });

  it('refuses a post whose body was not kept', () => {
    expect(() => postPage({ id: 'x', data: post('x', '2020-01-01').data }, [])).toThrow(/retainBody/);
  });
});

describe('searchPage', () => {
  it('offers every type and every fiscal year and quarter of plans and posts, newest first, but no goal (the index gives those)', () => {
    expect(searchPage(goals, posts)).toEqual({
      types: [
        { slug: 'goal', label: 'Goal' },
        { slug: 'action-plan', label: 'Action plan' },
        { slug: 'news', label: 'News' },
      ],
      // Plans: FY2020 (Dec 2019), FY2021 (Jan 2021), FY2018 (2018-Q1); posts: FY2020, FY2021, FY2019.
      fiscalYears: ['2021', '2020', '2019', '2018'].map((value) => ({ value, label: `FY${value}`, facetValue: value })),
      // Plans: FY2020 Q1 (Dec 2019), FY2021 Q2 (Jan 2021), FY2018 Q1; posts: FY2020 Q4, FY2021 Q1, FY2019 Q2, FY2021 Q2.
      quarters: [
        { value: '2021-Q2', label: 'FY2021 Q2', facetValue: 'FY2021 Q2' },
        { value: '2021-Q1', label: 'FY2021 Q1', facetValue: 'FY2021 Q1' },
        { value: '2020-Q4', label: 'FY2020 Q4', facetValue: 'FY2020 Q4' },
        { value: '2020-Q1', label: 'FY2020 Q1', facetValue: 'FY2020 Q1' },
        { value: '2019-Q2', label: 'FY2019 Q2', facetValue: 'FY2019 Q2' },
        { value: '2018-Q1', label: 'FY2018 Q1', facetValue: 'FY2018 Q1' },
      ],
    });
  });
});

describe('notFoundPage', () => {
  it('suggests the home page, the overview, the news and the search', () => {
    expect(notFoundPage().suggestions.map((item) => [item.text, item.url])).toEqual([
      ['home page', '/'],
      ['goals overview', '/CAP/overview/'],
      ['news', '/news/'],
      ['search the site', '/search/'],
    ]);
  });
});

describe('newsFeed', () => {
  it('names the channel and mixes posts and plans newest first, a quarter plan dated at the end of its quarter', () => {
    const feed = newsFeed([post('old', '2017-11-15', ['cx'])], [grants, cx], 10, archive);
    expect(feed.title).toBe('Cross-Agency Priority goals: news and action plans');
    expect(feed.items.map((item) => [item.title, item.pubDate.toISOString().slice(0, 10), item.link])).toEqual([
      ['Customer Experience: January 2021 action plan', '2021-01-01', 'https://archive.example.gov/CAP/x/page.html'],
      ['Customer Experience: December 2019 action plan', '2019-12-01', 'https://archive.example.gov/CAP/action_plans/2019-12.pdf'],
      // FY2018 Q1 is October to December 2017.
      ['Grants: FY2018 Q1 action plan', '2017-12-01', 'https://archive.example.gov/CAP/action_plans/2018-Q1.pdf'],
      ['Title old', '2017-11-15', '/news/old/'],
    ]);
    expect(feed.items[2]!.description).toBe('The FY2018 Q1 action plan of the Cross-Agency Priority goal Grants was published.');
  });
});
