/** The "Updated" date and description the goal and plan view models give, on the site fixture's goals. */
import { describe, expect, it } from 'vitest';
import { goalPageModel, goalPagesContext } from '../../src/lib/goal-page.ts';
import { planPageModel } from '../../src/lib/plan-page.ts';
import { fixtureGoals, fixturePosts } from '../support/fixture-goal.ts';

const context = goalPagesContext(fixtureGoals('site'), fixturePosts('site'), { today: new Date('2026-12-02T10:00:00Z') });
const goal = (permalink: string) => {
  const found = context.goals.find((g) => g.permalink === permalink);
  if (!found) throw new Error(`no goal ${permalink}`);
  return goalPageModel(found, context);
};

describe('goal and plan pages say when they were updated', () => {
  it('a goal with plans: its newest plan’s month', () => {
    expect(goal('/CAP/it-modernization/').updated).toEqual({ iso: '2020-12-01', text: 'December 2020' });
  });

  it('a goal with its own `updated` day and no plans: that day', () => {
    expect(goal('/CAP/lab-to-market/').updated).toEqual({ iso: '2020-05-04', text: 'May 4, 2020' });
  });

  it('a goal with neither: nothing', () => {
    expect(goal('/CAP/uncategorised/').updated).toBeUndefined();
  });

  it('a plan: its own month, or the last month of its fiscal quarter', () => {
    const plans = context.plans.get('/CAP/it-modernization/') ?? [];
    expect(plans.map((plan) => planPageModel(plan, undefined).updated)).toEqual([
      { iso: '2020-12-01', text: 'December 2020' },
      { iso: '2018-09-01', text: 'September 2018' },
    ]);
  });
});

describe('a goal without a statement', () => {
  it('is still described in words naming it', () => {
    expect(goal('/CAP/lab-to-market/').description).toBe('Fixture Lab-to-Market: a Cross-Agency Priority goal, with its leaders, action plans and news.');
  });
});
