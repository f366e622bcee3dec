/** The list components render exactly the view models they are given. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import GoalCards from '../../src/components/GoalCards.astro';
import Pagination from '../../src/components/Pagination.astro';
import PlanTable from '../../src/components/PlanTable.astro';
import PlanCollection from '../../src/components/PlanCollection.astro';
import PostCollection from '../../src/components/PostCollection.astro';
import PostList from '../../src/components/PostList.astro';
import SearchBox from '../../src/components/SearchBox.astro';
import SearchFilterSelect from '../../src/components/SearchFilterSelect.astro';
import { inlineIcon } from '../../src/lib/icons.ts';

let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  return parse(await container.renderToString(component, { props }));
}

const squash = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();

describe('GoalCards', () => {
  const goals = [
    {
      title: 'Grants',
      url: '/CAP/grants/',
      icon: { file: undefined, symbol: inlineIcon('account_balance') },
      summary: 'Results for grants.',
      latestPlan: { label: 'FY2018 Q3 action plan', url: '/CAP/grants/action-plans/2018-Q3/' },
    },
    { title: 'Lab to Market', url: '/CAP/lab/', icon: { file: undefined, symbol: inlineIcon('science') }, summary: undefined, latestPlan: undefined },
  ];

  it('draws one USWDS card per goal: icon, linked title, summary and latest plan', async () => {
    const html = await render(GoalCards, { goals, level: 3 });
    const cards = html.querySelectorAll('li.usa-card');
    expect(cards).toHaveLength(2);
    expect(html.querySelectorAll('h3.usa-card__heading a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['Grants', '/CAP/grants/'],
      ['Lab to Market', '/CAP/lab/'],
    ]);
    expect(html.querySelectorAll('svg[aria-hidden="true"]').map((svg) => svg.getAttribute('data-icon'))).toEqual(['account_balance', 'science']);
    expect(html.querySelectorAll('.usa-card__body p').map((p) => p.text)).toEqual(['Results for grants.']);
    expect(squash(cards[0]!.querySelector('.usa-card__footer')?.text)).toBe('Latest: FY2018 Q3 action plan of Grants');
    expect(cards[0]!.querySelector('.usa-card__footer a')?.getAttribute('href')).toBe('/CAP/grants/action-plans/2018-Q3/');
    expect(squash(cards[1]!.querySelector('.usa-card__footer')?.text)).toBe('No action plan yet');
  });

  it('uses the heading level asked for', async () => {
    const html = await render(GoalCards, { goals, level: 2 });
    expect(html.querySelectorAll('h2')).toHaveLength(2);
    expect(html.querySelectorAll('h3')).toHaveLength(0);
  });
});

describe('PlanCollection', () => {
  it("links each plan's page, names its goal, fiscal quarter and document type", async () => {
    const html = await render(PlanCollection, {
      plans: [
        {
          label: 'FY2018 Q3 action plan',
          url: '/CAP/grants/action-plans/2018-Q3/',
          fiscal: 'FY2018 Q3',
          type: 'PDF',
          goal: { title: 'Grants', url: '/CAP/grants/' },
        },
        {
          label: 'January 2021 action plan',
          url: '/CAP/cx/action-plans/2021-01/',
          fiscal: 'FY2021 Q2',
          type: undefined,
          goal: { title: 'CX', url: '/CAP/cx/' },
        },
      ],
    });
    const items = html.querySelectorAll('li.usa-collection__item');
    expect(items.map((li) => squash(li.querySelector('.usa-collection__heading')?.text))).toEqual([
      'FY2018 Q3 action plan : Grants',
      'January 2021 action plan : CX',
    ]);
    expect(items[0]!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/CAP/grants/action-plans/2018-Q3/', '/CAP/grants/']);
    expect(items.map((li) => li.querySelectorAll('.usa-collection__meta-item').map((m) => m.text))).toEqual([
      ['FY2018 Q3', 'PDF'],
      ['FY2021 Q2', 'Web page'],
    ]);
  });
});

describe('PostCollection', () => {
  it('links each post with its summary and date', async () => {
    const html = await render(PostCollection, {
      posts: [{ title: 'Spring update', url: '/news/spring/', isoDate: '2020-03-18', dateText: 'March 18, 2020', description: 'What changed.', tags: [] }],
    });
    expect(html.querySelector('.usa-collection__heading a')?.getAttribute('href')).toBe('/news/spring/');
    expect(html.querySelector('.usa-collection__description')?.text).toBe('What changed.');
    expect(html.querySelector('time')?.getAttribute('datetime')).toBe('2020-03-18');
  });
});

describe('PostList', () => {
  const posts = [
    {
      title: 'Spring update',
      url: '/news/spring/',
      isoDate: '2020-03-18',
      dateText: 'March 18, 2020',
      description: 'What changed.',
      tags: [
        { text: 'CX', url: '/news/tags/cx/' },
        { text: 'Grants', url: '/news/tags/grants/' },
      ],
    },
  ];

  it('shows title, date, description and tags as given', async () => {
    const html = await render(PostList, { posts });
    expect(html.querySelector('h2 a')?.getAttribute('href')).toBe('/news/spring/');
    expect(html.querySelector('h2')?.text).toBe('Spring update');
    const time = html.querySelector('time');
    expect([time?.getAttribute('datetime'), time?.text]).toEqual(['2020-03-18', 'March 18, 2020']);
    expect(html.querySelector('.cap-post-list__description')?.text).toBe('What changed.');
    expect(squash(html.querySelector('.cap-post-list__tags')?.text)).toBe('Tags: CX, Grants');
    expect(html.querySelectorAll('.cap-post-list__tags a').map((a) => a.getAttribute('href'))).toEqual(['/news/tags/cx/', '/news/tags/grants/']);
  });

  it('can leave tags out and use a lower heading', async () => {
    const html = await render(PostList, { posts, level: 3, showTags: false });
    expect(html.querySelector('h3')?.text).toBe('Spring update');
    expect(html.querySelector('.cap-post-list__tags')).toBeNull();
  });
});

describe('Pagination', () => {
  it('links the newer and older pages and marks where the reader is', async () => {
    const html = await render(Pagination, {
      pagination: {
        name: 'News pages',
        current: 'Page 2 of 3',
        previous: { url: '/news/', text: 'Newer posts', number: 1 },
        next: { url: '/news/page/3/', text: 'Older posts', number: 3 },
      },
    });
    expect(html.querySelector('nav')?.getAttribute('aria-label')).toBe('News pages');
    expect(html.querySelectorAll('a').map((a) => [squash(a.text), a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['Newer posts (page 1)', '/news/', 'prev'],
      ['Older posts (page 3)', '/news/page/3/', 'next'],
    ]);
    expect(html.querySelector('[aria-current="page"]')?.text).toBe('Page 2 of 3');
  });

  it('leaves out a missing neighbour, and renders nothing without pagination', async () => {
    const last = await render(Pagination, {
      pagination: { name: 'X pages', current: 'Page 2 of 2', previous: { url: '/x/', text: 'Newer posts', number: 1 }, next: undefined },
    });
    expect(last.querySelectorAll('a')).toHaveLength(1);
    expect(last.querySelector('a[rel="next"]')).toBeNull();
    expect((await render(Pagination, { pagination: undefined })).toString().trim()).toBe('');
  });
});

describe('SearchBox', () => {
  it('is a GET form to the search page with a hidden label in the header size', async () => {
    const html = await render(SearchBox, {});
    const form = html.querySelector('form');
    expect([form?.getAttribute('action'), form?.getAttribute('method'), form?.getAttribute('role'), form?.getAttribute('aria-label')]).toEqual([
      '/search/',
      'get',
      'search',
      'Site search',
    ]);
    const input = html.querySelector('input');
    expect([input?.getAttribute('id'), input?.getAttribute('name'), input?.getAttribute('type')]).toEqual(['site-search', 'q', 'search']);
    const label = html.querySelector('label');
    expect(label?.getAttribute('for')).toBe('site-search');
    expect(label?.classList.contains('usa-sr-only')).toBe(true);
  });

  it('takes its ids, names and query, with a visible label in the big size', async () => {
    const html = await render(SearchBox, { id: 'search-q', formId: 'search-form', landmarkLabel: 'Search goals', label: 'Find', value: 'grants', size: 'big' });
    expect(html.querySelector('form')?.getAttribute('id')).toBe('search-form');
    expect(html.querySelector('form')?.getAttribute('aria-label')).toBe('Search goals');
    expect(html.querySelector('form')?.classList.contains('usa-search--big')).toBe(true);
    expect(html.querySelector('input')?.getAttribute('value')).toBe('grants');
    const label = html.querySelector('label');
    expect([label?.text, label?.getAttribute('for'), label?.classList.contains('usa-sr-only')]).toEqual(['Find', 'search-q', false]);
  });
});

describe('SearchFilterSelect', () => {
  it('offers "all" first, then each value with the facet its count comes from', async () => {
    const html = await render(SearchFilterSelect, {
      id: 'search-quarter',
      name: 'quarter',
      label: 'Fiscal quarter',
      allLabel: 'All quarters',
      facet: 'quarter',
      options: [{ value: '2020-Q3', label: 'FY2020 Q3', facetValue: 'FY2020 Q3' }],
    });
    expect(html.querySelector('label')?.getAttribute('for')).toBe('search-quarter');
    expect(html.querySelector('label')?.text).toBe('Fiscal quarter');
    const select = html.querySelector('select');
    expect([select?.getAttribute('id'), select?.getAttribute('name'), select?.getAttribute('form')]).toEqual(['search-quarter', 'quarter', 'search-form']);
    expect(
      html.querySelectorAll('option').map((o) => [o.getAttribute('value'), o.text.trim(), o.getAttribute('data-facet'), o.getAttribute('data-facet-value')]),
    ).toEqual([
      ['', 'All quarters', undefined, undefined],
      ['2020-Q3', 'FY2020 Q3', 'quarter', 'FY2020 Q3'],
    ]);
    expect(select?.getAttribute('data-facet-options')).toBeUndefined();
  });

  it('without options, offers only "all" and asks the script to fill it from the index (no goal listed in the HTML)', async () => {
    const html = await render(SearchFilterSelect, { id: 'search-goal', name: 'goal', label: 'Goal', allLabel: 'All goals', facet: 'goal' });
    expect(html.querySelectorAll('option').map((o) => o.text.trim())).toEqual(['All goals']);
    expect(html.querySelector('select')?.getAttribute('data-facet-options')).toBe('goal');
  });
});

describe('PlanTable', () => {
  const row = {
    goal: { title: 'Grants', url: '/CAP/grants/' },
    period: { text: 'January 2021', url: '/CAP/grants/action-plans/2021-01/' },
    fiscal: 'FY2021 Q2',
    document: { href: 'https://example.gov/grants.pdf', text: 'January 2021 action plan' },
  };

  it('names each document link by its plan and, when it lists several goals, its goal', async () => {
    const html = await render(PlanTable, { table: { caption: 'FY2021: 1 action plan, newest first', showGoal: true, rows: [row] } });
    expect(html.querySelectorAll('thead th').map((th) => th.text)).toEqual(['Goal', 'Period', 'Fiscal quarter', 'Document']);
    const link = html.querySelector('td[data-label="Document"] a');
    expect(squash(link?.text)).toBe('January 2021 action plan, Grants (PDF)');
    expect(link?.getAttribute('href')).toBe('https://example.gov/grants.pdf');
  });

  it('leaves out the goal column on a goal’s own list', async () => {
    const html = await render(PlanTable, { table: { caption: 'Grants: 1 action plan, newest first', showGoal: false, rows: [row] } });
    expect(html.querySelectorAll('thead th').map((th) => th.text)).toEqual(['Period', 'Fiscal quarter', 'Document']);
    expect(squash(html.querySelector('td[data-label="Document"] a')?.text)).toBe('January 2021 action plan (PDF)');
  });
});
