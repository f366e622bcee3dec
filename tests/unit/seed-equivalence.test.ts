import { describe, expect, it } from 'vitest';
import { fixtureGoal } from '../support/fixture-goal.ts';

describe('the seed, legacy and structured', () => {
  it('the seed file exactly as performance.gov held it gives the same goal as the site content', () => {
    const legacy = fixtureGoal('legacy/cx.md');
    const site = fixtureGoal('../../src/content/goals/cx.md');
    // The site adds only what the seed had commented out or could not say: its category, place and USWDS icon.
    const { category, order, uswdsIcon, ...rest } = site;
    expect(uswdsIcon).toBe('support_agent');
    expect(category).toBe('Cross-Cutting Priority Areas');
    expect(order).toBe(1);
    expect(rest).toEqual(legacy);
  });
});
