import { readFileSync } from 'node:fs';
import { readEntry } from '../../src/collections/registry.ts';
import type { Goal } from '../../src/schemas/goal.ts';

/** A goal fixture read exactly as the site reads content: the one front-matter reader, then the goals schema. */
export function fixtureGoal(relativePath: string): Goal {
  const entry = readEntry('goals', readFileSync(new URL(`../fixtures/${relativePath}`, import.meta.url), 'utf8'));
  if (!entry.ok) throw new Error(entry.problems.map(({ field, message }) => (field ? `${field}: ${message}` : message)).join('\n'));
  return entry.data;
}
