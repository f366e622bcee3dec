import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOAL_CATEGORIES } from '../../src/schemas/goal.ts';
import { categoryId, goalNavigation, goalSummary, groupByCategory, OVERVIEW_LINK, siteOrder, UNCATEGORISED, type OrderedGoal } from '../../src/lib/goal-order.ts';
import { fixtureGoal } from '../support/fixture-goal.ts';

// The site fixture's goals: tests/fixtures/site/goals plus the legacy seed, which its build adds as goals/cx.md.
const fixtureGoals = [
  fixtureGoal('legacy/cx.md'),
  ...readdirSync(new URL('../fixtures/site/goals/', import.meta.url))
    .sort()
    .map((name) => fixtureGoal(`site/goals/${name}`)),
];

const goal = (title: string, extra: Partial<OrderedGoal> = {}): OrderedGoal => ({
  title,
  permalink: `/CAP/${title.toLowerCase()}/`,
  redirectFrom: [],
  ...extra,
});

/** Follows next links from the first goal of the chain; fails on a loop or a link to a page that is not a goal or the overview. */
function walk(nav: ReturnType<typeof goalNavigation>, goals: readonly OrderedGoal[]): string[] {
  const byAddress = new Map(goals.flatMap((g) => [g.permalink, ...g.redirectFrom].map((a) => [a.replace(/\/$/, ''), g.permalink] as const)));
  const visited: string[] = [];
  let at = nav.chain[0];
  while (at) {
    if (visited.includes(at)) throw new Error(`loop at ${at}`);
    visited.push(at);
    const next = nav.links.get(at)!.next.url;
    if (next === OVERVIEW_LINK.url) break;
    at = byAddress.get(next.replace(/\/$/, ''));
    if (!at) throw new Error(`dead end: ${next}`);
  }
  return visited;
}

describe('siteOrder', () => {
  it('orders by category in agenda order, then order, then title; goals without category or order last', () => {
    const goals = [
      goal('Zeta', { category: 'Mission Priority Areas', order: 1 }),
      goal('Nocat'),
      goal('Beta', { category: 'Key Drivers of Transformation' }),
      goal('Alpha', { category: 'Key Drivers of Transformation', order: 2 }),
      goal('Gamma', { category: 'Key Drivers of Transformation', order: 1 }),
      goal('Cross', { category: 'Cross-Cutting Priority Areas', order: 9 }),
    ];
    expect(siteOrder(goals).map((g) => g.title)).toEqual(['Gamma', 'Alpha', 'Beta', 'Cross', 'Zeta', 'Nocat']);
    expect(siteOrder([...goals].reverse()).map((g) => g.title)).toEqual(siteOrder(goals).map((g) => g.title));
  });
});

describe('groupByCategory', () => {
  it('lists every fixture goal exactly once, under its category, categories in agenda order', () => {
    const groups = groupByCategory(fixtureGoals);
    expect(groups.map((g) => g.category)).toEqual([...GOAL_CATEGORIES, UNCATEGORISED]);
    const listed = groups.flatMap((g) => g.goals.map((x) => x.permalink));
    expect(listed.sort()).toEqual(fixtureGoals.map((g) => g.permalink).sort());
    for (const group of groups) for (const g of group.goals) expect(g.category ?? UNCATEGORISED).toBe(group.category);
    expect(groups[0]!.goals.map((g) => g.title)).toEqual(['Fixture IT Modernization', 'Fixture Leveraging Data']);
    expect(groups.map((g) => g.id)).toEqual([
      'key-drivers-of-transformation', 'cross-cutting-priority-areas', 'functional-priority-areas', 'mission-priority-areas', 'other-goals',
    ]);
  });

  it('leaves out categories without goals', () => {
    expect(groupByCategory([goal('A', { category: 'Functional Priority Areas' })]).map((g) => g.category)).toEqual(['Functional Priority Areas']);
    expect(groupByCategory([])).toEqual([]);
  });

  it('makes ids from category names', () => {
    expect(categoryId('Cross-Cutting Priority Areas')).toBe('cross-cutting-priority-areas');
  });
});

describe('goalSummary', () => {
  it('takes the first sentence of the statement', () => {
    expect(goalSummary(fixtureGoal('site/goals/it-modernization.md'))).toBe('Agencies replace old systems.');
    expect(goalSummary({ statement: { paragraphs: ['The U.S. Digital Service helps. More.'] } })).toBe('The U.S. Digital Service helps.');
    expect(goalSummary({ statement: { paragraphs: ['By Dec. 2020, e.g. 60% of spend. Then more.'] } })).toBe('By Dec. 2020, e.g. 60% of spend.');
    expect(goalSummary({ statement: { paragraphs: ['No full stop'] } })).toBe('No full stop');
  });
  it('falls back to the subtitle, else nothing', () => {
    expect(goalSummary({ subtitle: 'Sub' })).toBe('Sub');
    expect(goalSummary({})).toBeUndefined();
  });
});

describe('goalNavigation', () => {
  it('without explicit links, follows the site order from the overview back to the overview', () => {
    const goals = [goal('B', { category: 'Functional Priority Areas' }), goal('A', { category: 'Key Drivers of Transformation' }), goal('C')];
    const nav = goalNavigation(goals);
    expect(nav.chain).toEqual(['/CAP/a/', '/CAP/b/', '/CAP/c/']);
    expect(nav.links.get('/CAP/a/')).toEqual({ previous: OVERVIEW_LINK, next: { name: 'B', url: '/CAP/b/' } });
    expect(nav.links.get('/CAP/b/')).toEqual({ previous: { name: 'A', url: '/CAP/a/' }, next: { name: 'C', url: '/CAP/c/' } });
    expect(nav.links.get('/CAP/c/')!.next).toEqual(OVERVIEW_LINK);
    expect(nav.problems).toEqual([]);
  });

  it('a single goal links to the overview both ways', () => {
    const nav = goalNavigation([goal('Only')]);
    expect(nav.links.get('/CAP/only/')).toEqual({ previous: OVERVIEW_LINK, next: OVERVIEW_LINK });
  });

  it('keeps explicit links as written and threads the chain through them, so it still visits every goal', () => {
    const nav = goalNavigation(fixtureGoals);
    const cx = nav.links.get('/CAP/cx/')!;
    expect(cx.previous).toEqual({ name: 'Overview', url: '/CAP/overview/' });
    expect(cx.next).toEqual({ name: 'Leveraging Data', url: '/CAP/leveragingdata' });
    expect(nav.chain).toEqual([
      '/CAP/cx/', '/CAP/leveraging-data/', '/CAP/it-modernization/', '/CAP/sharing-quality-services/', '/CAP/grants/', '/CAP/lab-to-market/', '/CAP/uncategorised/',
    ]);
    expect(nav.links.get('/CAP/leveraging-data/')!.previous).toEqual({ name: 'Improving Customer Experience with Federal Services', url: '/CAP/cx/' });
    expect(walk(nav, fixtureGoals).sort()).toEqual(fixtureGoals.map((g) => g.permalink).sort());
  });

  it('sets aside an explicit link that points at no goal, and says so', () => {
    const nav = goalNavigation(fixtureGoals);
    expect(nav.links.get('/CAP/lab-to-market/')!.next).toEqual({ name: 'Fixture goal without a category', url: '/CAP/uncategorised/' });
    expect(nav.problems).toEqual(['/CAP/lab-to-market/: next link /CAP/nowhere points at no goal; the computed link is used']);
  });

  it('reports explicit links that contradict each other, and keeps them as written', () => {
    const a = goal('A', { next: { name: 'C', url: '/CAP/c' } });
    const b = goal('B', { next: { name: 'C', url: '/CAP/c/' } });
    const c = goal('C');
    const nav = goalNavigation([a, b, c]);
    expect(nav.links.get('/CAP/b/')!.next.url).toBe('/CAP/c/');
    expect(nav.problems).toHaveLength(1);
    expect(nav.problems[0]).toMatch(/^\/CAP\/b\/: next link \/CAP\/c\/ contradicts/);
    expect(() => walk(nav, [a, b, c])).toThrow(/loop/);
  });

  it('reports a loop of explicit links and two goals that both claim to be first', () => {
    const loop = goalNavigation([goal('A', { next: { name: 'B', url: '/CAP/b/' } }), goal('B', { next: { name: 'A', url: '/CAP/a/' } })]);
    expect(loop.problems).toHaveLength(1);
    const firsts = goalNavigation([goal('A', { previous: OVERVIEW_LINK }), goal('B', { previous: { name: 'Overview', url: '/CAP/overview' } })]);
    expect(firsts.problems).toHaveLength(1);
    expect(firsts.chain).toHaveLength(2);
  });

  it('ignores a link to the goal itself', () => {
    const nav = goalNavigation([goal('A', { next: { name: 'A', url: '/CAP/a/' } }), goal('B')]);
    expect(nav.links.get('/CAP/a/')!.next).toEqual({ name: 'B', url: '/CAP/b/' });
    expect(nav.problems[0]).toMatch(/points at the goal itself/);
  });
});
