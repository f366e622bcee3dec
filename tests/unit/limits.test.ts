import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/schemas/limits.ts';

describe('the README limits table', () => {
  it('states every limit the check enforces, with its value', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const table = /<!-- limits:start[^>]*-->([\s\S]*?)<!-- limits:end -->/.exec(readme)?.[1] ?? '';
    const stated = [...table.matchAll(/^\| [^|]+ \| ([\d,]+) \|$/gm)].map((m) => Number(m[1]!.replace(/,/g, '')));
    expect(stated).toHaveLength(Object.keys(LIMITS).length);
    expect(stated).toEqual([
      LIMITS.textChars,
      LIMITS.narrativeChars,
      LIMITS.listItems,
      LIMITS.urlChars,
      LIMITS.contentFileBytes,
      LIMITS.imageBytes,
      LIMITS.documentBytes,
    ]);
  });
});
