import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOAL_CATEGORIES } from '../../src/schemas/goal.ts';
import {
  categoryId,
  goalNavigation,
  goalSummary,
  groupByCategory,
  OVERVIEW_LINK,
  siteOrder,
  UNCATEGORISED,
  type OrderedGoal,
} from '../../src/lib/goal-order.ts';
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
      'key-drivers-of-transformation',
      'cross-cutting-priority-areas',
      'functional-priority-areas',
      'mission-priority-areas',
      'other-goals',
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
  it('without links of their own, each goal links its site-order neighbours, the ends the overview', () => {
    const goals = [goal('B', { category: 'Functional Priority Areas' }), goal('A', { category: 'Key Drivers of Transformation' }), goal('C')];
    const nav = goalNavigation(goals);
    expect(nav.links.get('/CAP/a/')).toEqual({ previous: OVERVIEW_LINK, next: { name: 'B', url: '/CAP/b/' } });
    expect(nav.links.get('/CAP/b/')).toEqual({ previous: { name: 'A', url: '/CAP/a/' }, next: { name: 'C', url: '/CAP/c/' } });
    expect(nav.links.get('/CAP/c/')).toEqual({ previous: { name: 'B', url: '/CAP/b/' }, next: OVERVIEW_LINK });
    expect(nav.problems).toEqual([]);
  });

  it('a single goal links to the overview both ways', () => {
    const nav = goalNavigation([goal('Only')]);
    expect(nav.links.get('/CAP/only/')).toEqual({ previous: OVERVIEW_LINK, next: OVERVIEW_LINK });
  });

  it("a goal's own link replaces only that link of that goal; its neighbours keep the site order", () => {
    const b = goal('B', { next: { name: 'Back to A', url: '/CAP/a' } });
    const nav = goalNavigation([goal('A'), b, goal('C'), goal('D')]);
    expect(nav.links.get('/CAP/b/')).toEqual({ previous: { name: 'A', url: '/CAP/a/' }, next: { name: 'Back to A', url: '/CAP/a' } });
    // C is not pulled next to anything: its links are still its site-order neighbours.
    expect(nav.links.get('/CAP/c/')).toEqual({ previous: { name: 'B', url: '/CAP/b/' }, next: { name: 'D', url: '/CAP/d/' } });
    expect(nav.links.get('/CAP/a/')!.next).toEqual({ name: 'B', url: '/CAP/b/' });
    expect(nav.problems).toEqual([]);
  });

  it('keeps own links to a goal by an old address or to the overview as written (the fixture site)', () => {
    const nav = goalNavigation(fixtureGoals);
    // Site order: IT Modernization, Leveraging Data, Sharing Quality Services, Grants, Lab-to-Market, then the two
    // goals without a category by title: the fixture one, then the legacy seed (which names no category).
    expect(nav.links.get('/CAP/cx/')).toEqual({
      previous: { name: 'Overview', url: '/CAP/overview/' },
      next: { name: 'Leveraging Data', url: '/CAP/leveragingdata' },
    });
    expect(nav.links.get('/CAP/it-modernization/')).toEqual({
      previous: OVERVIEW_LINK,
      next: { name: 'Fixture Leveraging Data', url: '/CAP/leveraging-data/' },
    });
    expect(nav.links.get('/CAP/sharing-quality-services/')!.previous).toEqual({ name: 'Fixture Leveraging Data', url: '/CAP/leveraging-data/' });
    expect(nav.links.get('/CAP/uncategorised/')!.next).toEqual({ name: 'Improving Customer Experience with Federal Services', url: '/CAP/cx/' });
  });

  it('sets aside an own link that points at no goal, and says so', () => {
    const nav = goalNavigation(fixtureGoals);
    expect(nav.links.get('/CAP/lab-to-market/')!.next).toEqual({ name: 'Fixture goal without a category', url: '/CAP/uncategorised/' });
    expect(nav.problems).toEqual(["/CAP/lab-to-market/: next link /CAP/nowhere points at no goal; the site order's link is used"]);
  });

  it('sets aside a link to the goal itself', () => {
    const nav = goalNavigation([goal('A', { next: { name: 'A', url: '/CAP/a/' } }), goal('B')]);
    expect(nav.links.get('/CAP/a/')!.next).toEqual({ name: 'B', url: '/CAP/b/' });
    expect(nav.problems).toEqual(["/CAP/a/: next link /CAP/a/ points at the goal itself; the site order's link is used"]);
  });
});
