import { readFileSync } from 'node:fs';
import { readFrontMatter } from '../../src/content-check/front-matter.ts';
import { goalEntrySchema } from '../../src/schemas/goal-entry.ts';
import type { Goal } from '../../src/schemas/goal.ts';

/** A goal fixture parsed exactly as the site parses content. */
export function fixtureGoal(relativePath: string): Goal {
  const front = readFrontMatter(readFileSync(new URL(`../fixtures/${relativePath}`, import.meta.url), 'utf8'));
  if (!front.ok) throw new Error(front.problems.join('\n'));
  return goalEntrySchema.parse(front.data);
}
