/** The action plan index, split by fiscal year and by goal, on content written here and on a generated site of 3,000 goals. */
import { describe, expect, it } from 'vitest';
import { fiscalYearPlansRoutes, goalPlanSlugs, goalPlansRoutes, plansIndexRoutes, type PlansIndexView } from '../../src/lib/plans-index-page.ts';
import { findCollisions, siteClaims } from '../../src/lib/site-addresses.ts';
import { plan } from '../support/periods.ts';

const cx = { title: 'Customer Experience', permalink: '/CAP/cx/', actionPlans: [plan('2019-12'), plan('2021-01', '/CAP/x/page.html'), plan('2020-09')] };
const grants = { title: 'Grants', permalink: '/CAP/grants/', actionPlans: [plan('2018-Q1'), plan('2020-12')] };
const lab = { title: 'Lab to Market', permalink: '/CAP/lab/', actionPlans: [] };
const goals = [cx, lab, grants];

const urls = (page: PlansIndexView) => page.table?.rows.map((row) => row.period.url);

describe('goalPlanSlugs', () => {
  it('names each goal by its permalink after /CAP/, and parts two goals that would share a name, in permalink order', () => {
    const slugs = goalPlanSlugs(['/CAP/cx/', '/CAP/a/b/', '/CAP/a-b/', '/other/x.html', '/CAP/', '/CAP/cx/']);
    expect(Object.fromEntries(slugs)).toEqual({ '/CAP/cx/': 'cx', '/CAP/a-b/': 'a-b', '/CAP/a/b/': 'a-b-2', '/other/x.html': 'other-x-html', '/CAP/': 'CAP' });
  });
});

describe('the start of the index', () => {
  it('links every fiscal year with its count, the newest plans, and the goals with plans A to Z', () => {
    const [start, ...rest] = plansIndexRoutes(goals, 50);
    expect(rest).toEqual([]);
    expect(start!.params).toEqual({ page: undefined });
    const page = start!.props.page;
    expect(page.title).toBe('Action plans');
    expect(page.intro).toMatch(/^5 action plans have been published for 2 goals\./);
    expect(page.years).toEqual([
      { text: 'FY2021', url: '/CAP/action-plans/fy2021/', count: '2 plans', current: false },
      { text: 'FY2020', url: '/CAP/action-plans/fy2020/', count: '2 plans', current: false },
      { text: 'FY2018', url: '/CAP/action-plans/fy2018/', count: '1 plan', current: false },
    ]);
    expect(page.goals).toEqual({
      heading: 'Goals',
      items: [
        { text: 'Customer Experience', url: '/CAP/action-plans/goal/cx/', count: '3 plans', current: false },
        { text: 'Grants', url: '/CAP/action-plans/goal/grants/', count: '2 plans', current: false },
      ],
    });
    expect(urls(page)).toEqual([
      '/CAP/cx/action-plans/2021-01/',
      '/CAP/grants/action-plans/2020-12/',
      '/CAP/cx/action-plans/2020-09/',
      '/CAP/cx/action-plans/2019-12/',
      '/CAP/grants/action-plans/2018-Q1/',
    ]);
    expect(page.table?.showGoal).toBe(true);
    expect(page.pagination).toBeUndefined();
  });

  it('names each document link by its plan, with the document as content wrote it', () => {
    const page = plansIndexRoutes(goals, 50)[0]!.props.page;
    expect(page.table?.rows[0]).toEqual({
      goal: { title: 'Customer Experience', url: '/CAP/cx/' },
      period: { text: 'January 2021', url: '/CAP/cx/action-plans/2021-01/' },
      fiscal: 'FY2021 Q2',
      document: { href: '/CAP/x/page.html', text: 'January 2021 action plan' },
    });
    expect(page.table?.rows[4]?.document).toEqual({ href: '/CAP/action_plans/2018-Q1.pdf', text: 'FY2018 Q1 action plan' });
  });

  it('pages its goal list, with the newest plans on the first page only', () => {
    const routes = plansIndexRoutes(goals, 1);
    expect(routes.map((route) => route.params.page)).toEqual([undefined, 'page/2']);
    const second = routes[1]!.props.page;
    expect(second.title).toBe('Action plans, page 2 of 2');
    expect(second.goals?.items.map((goal) => goal.text)).toEqual(['Grants']);
    expect(second.table).toBeUndefined();
    expect(second.pagination).toEqual({
      name: 'Pages of goals',
      current: 'Page 2 of 2',
      previous: { url: '/CAP/action-plans/', text: 'Previous goals', number: 1 },
      next: undefined,
    });
  });

  it('still has its page when no goal has a plan', () => {
    const [start] = plansIndexRoutes([lab], 50);
    expect(start!.props.page.table).toBeUndefined();
    expect(start!.props.page.years).toEqual([]);
    expect(start!.props.page.goals?.items).toEqual([]);
  });
});

describe('the pages of a fiscal year', () => {
  it('list that year’s plans of every goal, newest first, and mark the year as current', () => {
    const routes = fiscalYearPlansRoutes(goals, 50);
    expect(routes.map((route) => route.params)).toEqual([
      { year: 'fy2021', page: undefined },
      { year: 'fy2020', page: undefined },
      { year: 'fy2018', page: undefined },
    ]);
    const fy2020 = routes[1]!.props.page;
    expect(fy2020.heading).toBe('Action plans of fiscal year 2020');
    expect(fy2020.intro).toBe('Fiscal year 2020 ran from October 2019 to September 2020. 2 action plans were published for it.');
    expect(urls(fy2020)).toEqual(['/CAP/cx/action-plans/2020-09/', '/CAP/cx/action-plans/2019-12/']);
    expect(fy2020.table?.caption).toBe('FY2020: 2 action plans, newest first');
    expect(fy2020.years.filter((year) => year.current).map((year) => year.text)).toEqual(['FY2020']);
    expect(fy2020.allUrl).toBe('/CAP/action-plans/');
    expect(fy2020.goals).toBeUndefined();
  });

  it('are paged, each page saying which plans it holds', () => {
    const routes = fiscalYearPlansRoutes([cx, grants], 1).filter((route) => route.params.year === 'fy2021');
    expect(routes.map((route) => route.params.page)).toEqual([undefined, 'page/2']);
    const second = routes[1]!.props.page;
    expect(second.title).toBe('Action plans of fiscal year 2021, page 2 of 2');
    expect(second.headingSuffix).toBe(', page 2 of 2');
    expect(second.table?.caption).toBe('FY2021: 2 to 2 of 2 action plans, newest first');
    expect(second.pagination?.previous).toEqual({ url: '/CAP/action-plans/fy2021/', text: 'Newer plans', number: 1 });
  });
});

describe('the pages of a goal', () => {
  it('list the goal’s plans without a goal column, and link the goal’s own page', () => {
    const routes = goalPlansRoutes(goals, 50);
    expect(routes.map((route) => route.params)).toEqual([
      { goal: 'cx', page: undefined },
      { goal: 'grants', page: undefined },
    ]);
    const page = routes[0]!.props.page;
    expect(page.heading).toBe('Action plans of Customer Experience');
    expect(page.goalPage).toEqual({ title: 'Customer Experience', url: '/CAP/cx/' });
    expect(page.table?.showGoal).toBe(false);
    expect(urls(page)).toEqual(['/CAP/cx/action-plans/2021-01/', '/CAP/cx/action-plans/2020-09/', '/CAP/cx/action-plans/2019-12/']);
    expect(page.years.some((year) => year.current)).toBe(false);
  });
});

describe('the index at scale', () => {
  // 3,000 goals of 12 plans each: three years of monthly plans, like a large federal portfolio.
  const months = Array.from({ length: 12 }, (_, i) => `${2019 + Math.floor(i / 4)}-${String(((i * 3) % 12) + 1).padStart(2, '0')}`);
  const many = Array.from({ length: 3000 }, (_, i) => ({
    title: `Goal ${String(i).padStart(4, '0')}`,
    permalink: `/CAP/goal-${i}/`,
    actionPlans: months.map((month) => plan(month)),
  }));
  const perPage = 50;
  const [start, byYear, byGoal] = [plansIndexRoutes(many, perPage), fiscalYearPlansRoutes(many, perPage), goalPlansRoutes(many, perPage)];
  const routes = [...start, ...byYear, ...byGoal];

  it('gives no page more than a page of plans, a page of goals, and the years', () => {
    const years = routes[0]!.props.page.years.length;
    expect(years).toBeLessThanOrEqual(4);
    for (const { props } of routes) {
      expect(props.page.table?.rows.length ?? 0).toBeLessThanOrEqual(perPage);
      expect(props.page.goals?.items.length ?? 0).toBeLessThanOrEqual(perPage);
      expect(props.page.years.length).toBe(years);
    }
  });

  it('still lists every plan once by year and once by goal, and every goal once', () => {
    const rowsOf = (list: typeof routes) => list.flatMap((route) => route.props.page.table?.rows.map((row) => row.period.url) ?? []);
    const all = many.length * months.length;
    for (const list of [byYear, byGoal]) {
      const rows = rowsOf(list);
      expect(rows).toHaveLength(all);
      expect(new Set(rows).size).toBe(all);
    }
    const goalLinks = start.flatMap((route) => route.props.page.goals?.items.map((goal) => goal.url) ?? []);
    expect(new Set(goalLinks).size).toBe(many.length);
  });

  it('gives every page its own address', () => {
    const addresses = routes.map(({ params }) => {
      const parts = ['CAP/action-plans', 'year' in params ? params.year : undefined, 'goal' in params ? `goal/${params.goal}` : undefined, params.page];
      return `/${parts.filter(Boolean).join('/')}/`;
    });
    expect(new Set(addresses).size).toBe(routes.length);
  });
});

describe('the address registry', () => {
  it('reserves everything under /CAP/action-plans/ for the index', () => {
    const goal = (permalink: string) => ({ file: 'goals/x.md', permalink, redirects: [], actionPlans: [] });
    for (const permalink of ['/CAP/action-plans/', '/CAP/action-plans/fy2021/', '/CAP/action-plans/goal/cx/']) {
      // The goal's own files under its page (goal.json, stratml.xml) collide too; the page is what this test is about.
      expect(findCollisions(siteClaims({ goals: [goal(permalink)], posts: [] })), permalink).toContainEqual({
        address: permalink,
        first: { field: 'the index of action plans' },
        second: { file: 'goals/x.md', field: 'permalink' },
      });
    }
  });
});
