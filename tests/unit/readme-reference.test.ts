import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { contentReference, replaceReference } from '../../src/docs/readme.ts';

it('the README content reference matches the schemas (run `npm run docs` to update it)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  expect(replaceReference(readme, contentReference())).toBe(readme);
  expect(readme).toContain('| `actionPlans[].period` | period: `YYYY-MM` or `YYYY-QN` | yes |');
});
