import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { contentReference, replaceReference } from '../../src/docs/readme.ts';

it('the README content reference matches the schemas (run `npm run docs` to update it)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  expect(replaceReference(readme, contentReference())).toBe(readme);
  expect(readme).toContain('| `actionPlans[].period` | period: `YYYY-MM` or `YYYY-QN` | yes |');
});

it('the README lists the legacy goal and post keys from the key tables', () => {
  const reference = contentReference();
  expect(reference).toContain('| `resource-N-url` | `resources[].url`, in order of N |');
  expect(reference).toContain('| `CAP-event-date` | `events[1].date` |');
  expect(reference).toContain('| `image` | left out: posts here have no picture |');
  expect(reference).toContain('| `excerpt` | `description`, when there is no description |');
});
