import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/content-check/front-matter.ts';
import { mapLegacyGoal } from '../../src/legacy/goal-keys.ts';
import { goalEntrySchema } from '../../src/schemas/goal-entry.ts';

const seed = readFileSync(new URL('../fixtures/legacy/cx.md', import.meta.url), 'utf8');

function seedData(): Record<string, unknown> {
  const front = readFrontMatter(seed);
  if (!front.ok) throw new Error(front.problems.join('\n'));
  return front.data as Record<string, unknown>;
}

describe('the seed page in the legacy format', () => {
  it('maps resources in key order, starting from resource-2', () => {
    const { input, origins } = mapLegacyGoal(seedData());
    const resources = input.resources as { name: string; url: string }[];
    expect(resources).toHaveLength(7);
    expect(resources[0]).toEqual({ name: '2019 CX Action Plan Summary', url: 'https://www.performance.gov/CX-HISP-Action-Plans' });
    expect(origins.get('resources.0.url')).toBe('resource-2-url');
    expect(origins.get('resources.6.name')).toBe('resource-8-name');
  });

  it('parses into a typed goal', () => {
    const goal = goalEntrySchema.parse(seedData());
    expect(goal.title).toBe('Improving Customer Experience with Federal Services');
    expect(goal.permalink).toBe('/CAP/cx/');
    expect(goal.actionPlans).toHaveLength(10);
    expect(goal.leaders.map((l) => l.name)).toEqual(['Pamela Powers', 'Matt Cutts', 'Dustin Brown']);
  });
});
