/** The overview and the category pages at scale: no page lists every goal, and every goal is on exactly one category page. */
import { describe, expect, it } from 'vitest';
import { overviewPage, categoryRoutes } from '../../src/lib/overview-page.ts';
import { GOAL_CATEGORIES } from '../../src/schemas/goal.ts';

/** `count` synthetic goals spread over the four categories and none, with a plan each third goal. */
function syntheticGoals(count: number) {
  const categories = [...GOAL_CATEGORIES, undefined];
  return Array.from({ length: count }, (_, i) => ({
    title: `Goal ${String(i).padStart(5, '0')}`,
    permalink: `/CAP/goal-${i}/`,
    redirectFrom: [],
    category: categories[i % categories.length],
    statement: { paragraphs: [`Goal ${i} makes one thing better. Then another.`] },
    actionPlans:
      i % 3 === 0
        ? [{ period: { writtenAs: 'quarter' as const, published: undefined, fiscal: { fiscalYear: 2020, quarter: 1 as const } }, document: '/x.pdf' }]
        : [],
  }));
}

describe('category pages', () => {
  const goals = syntheticGoals(5003);
  const routes = categoryRoutes(goals, 24);

  it('puts every goal on exactly one page, never more than a page holds', () => {
    const listed = routes.flatMap((route) => route.props.page.goals.map((goal) => goal.url));
    expect(listed).toHaveLength(goals.length);
    expect(new Set(listed).size).toBe(goals.length);
    expect(Math.max(...routes.map((route) => route.props.page.goals.length))).toBe(24);
  });

  it('gives each category its own address and numbered pages after the first, with links between them', () => {
    const params = routes.map((route) => route.params.category);
    expect(new Set(params).size).toBe(params.length);
    // 5003 goals over 5 groups: the first three hold 1001, the last two 1000: 42 pages each.
    expect(params.filter((p) => p.startsWith('mission-priority-areas'))).toHaveLength(42);
    const first = routes.find((route) => route.params.category === 'mission-priority-areas')!.props.page;
    const second = routes.find((route) => route.params.category === 'mission-priority-areas/page/2')!.props.page;
    const last = routes.find((route) => route.params.category === 'mission-priority-areas/page/42')!.props.page;
    expect(first.pagination).toMatchObject({ current: 'Page 1 of 42', previous: undefined, next: { url: '/CAP/overview/mission-priority-areas/page/2/' } });
    expect(second.pagination).toMatchObject({
      previous: { url: '/CAP/overview/mission-priority-areas/' },
      next: { url: '/CAP/overview/mission-priority-areas/page/3/' },
    });
    expect(last.pagination?.next).toBeUndefined();
    expect(second.title).toBe('Mission Priority Areas: goals, page 2 of 42');
    expect(second.headingSuffix).toBe(', page 2 of 42');
    expect(first.categories.filter((c) => c.current).map((c) => c.name)).toEqual(['Mission Priority Areas']);
    expect(first.category.count).toBe('1,000 goals');
  });

  it('a small category is one page without pagination', () => {
    const small = categoryRoutes(syntheticGoals(7), 24);
    expect(small.map((route) => route.params.category)).toEqual([
      'key-drivers-of-transformation',
      'cross-cutting-priority-areas',
      'functional-priority-areas',
      'mission-priority-areas',
      'other-goals',
    ]);
    expect(small.every((route) => route.props.page.pagination === undefined && route.props.page.headingSuffix === undefined)).toBe(true);
  });
});

describe('the overview at scale', () => {
  it('shows at most the bounded number of cards per category, with a link to each category for the rest', () => {
    const overview = overviewPage(syntheticGoals(5003), 12);
    expect(overview.categories).toHaveLength(5);
    expect(overview.categories.every((category) => category.goals.length === 12)).toBe(true);
    expect(overview.categories[0]!.more).toEqual({
      text: 'All 1,001 goals in Key Drivers of Transformation',
      url: '/CAP/overview/key-drivers-of-transformation/',
    });
    expect(overview.goalsSentence).toBe('5,003 goals in 5 categories.');
  });
});
