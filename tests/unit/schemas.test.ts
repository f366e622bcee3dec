import { describe, expect, it } from 'vitest';
import { goalEntrySchema } from '../../src/schemas/goal-entry.ts';
import { cssLength, goalSchema } from '../../src/schemas/goal.ts';
import { fiscalQuarterOf, formatPeriodKey, parsePeriod } from '../../src/schemas/period.ts';
import { editorIssues, fieldPath, keysAt } from '../../src/schemas/issues.ts';
import { postEntrySchema, postSchema } from '../../src/schemas/post.ts';
import { narrative } from '../../src/schemas/text.ts';
import { normaliseSitePath, safeUrl, sitePath } from '../../src/schemas/url.ts';

describe('fiscal year', () => {
  it.each([
    [2019, 12, 2020, 1],
    [2019, 10, 2020, 1],
    [2020, 1, 2020, 2],
    [2020, 3, 2020, 2],
    [2020, 4, 2020, 3],
    [2020, 7, 2020, 4],
    [2020, 9, 2020, 4],
    [2019, 9, 2019, 4],
  ])('%i-%i is FY%i Q%i', (year, month, fiscalYear, quarter) => {
    expect(fiscalQuarterOf({ year, month })).toEqual({ fiscalYear, quarter });
  });

  it('a month plan states its publication month, and its fiscal quarter is the one that month falls in', () => {
    expect(parsePeriod('2018-03')).toEqual({ writtenAs: 'month', published: { year: 2018, month: 3 }, fiscal: { fiscalYear: 2018, quarter: 2 } });
    expect(parsePeriod('2019-10')).toEqual({ writtenAs: 'month', published: { year: 2019, month: 10 }, fiscal: { fiscalYear: 2020, quarter: 1 } });
  });

  it('a quarter plan states the fiscal quarter it reports on and no publication month', () => {
    expect(parsePeriod('2018-Q1')).toEqual({ writtenAs: 'quarter', published: undefined, fiscal: { fiscalYear: 2018, quarter: 1 } });
    expect(parsePeriod('2018-q4')).toEqual({ writtenAs: 'quarter', published: undefined, fiscal: { fiscalYear: 2018, quarter: 4 } });
  });

  it('2018-Q1 and 2018-03 are different periods', () => {
    expect(parsePeriod('2018-Q1')).not.toEqual(parsePeriod('2018-03'));
  });

  it.each(['2021-01', '2018-Q3', '2019-12'])('%s is written back as it was', (value) => {
    expect(formatPeriodKey(parsePeriod(value)!)).toBe(value);
  });

  it.each(['2020-13', '2020-00', '2020-Q5', '2020', 'January 2020'])('%s is not a period', (value) => {
    expect(parsePeriod(value)).toBeUndefined();
  });
});

describe('site paths', () => {
  it.each([
    ['../CAP/cx/', '/CAP/cx/'],
    ['/CAP/cx/', '/CAP/cx/'],
    ['CAP/cx', '/CAP/cx'],
    ['./CAP/CAP_goal_4.html', '/CAP/CAP_goal_4.html'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseSitePath(input)).toBe(expected);
  });

  it.each(['/CAP/../../etc/', 'https://example.com/', '//example.com/x', 'javascript:alert(1)', '', '/a\\b'])('%s is refused', (input) => {
    expect(sitePath.safeParse(input).success).toBe(false);
  });
});

describe('safe URLs', () => {
  it.each(['https://www.performance.gov/cx/', 'http://example.gov', 'mailto:team@example.gov', '/CAP/a.pdf'])('%s is allowed', (url) => {
    expect(safeUrl.parse(url)).toBe(url);
  });

  it.each(['javascript:alert(1)', 'JavaScript:void(0)', 'data:text/html,x', 'vbscript:x', 'ftp://x.gov/', '//evil.example', 'https://'])(
    '%s is refused',
    (url) => {
      expect(safeUrl.safeParse(url).success).toBe(false);
    },
  );
});

describe('quote size', () => {
  it.each(['20px', '14.5px', '1.25rem', '120%'])('%s is a plain CSS length', (value) => {
    expect(cssLength.safeParse(value).success).toBe(true);
  });
  it.each(['20px; color: red', 'calc(1px + 2px)', 'big', '-2px', 'url(x)', 19])('%s is refused', (value) => {
    expect(cssLength.safeParse(value).success).toBe(false);
  });
});

describe('narrative', () => {
  it('splits paragraphs at blank lines and joins wrapped lines', () => {
    expect(narrative.parse('One\nline.\n\nTwo.')).toEqual({ paragraphs: ['One line.', 'Two.'], bullets: [] });
  });
});

describe('goal schema', () => {
  it('rejects misspelled structured keys', () => {
    const result = goalSchema.safeParse({ title: 'T', permalink: '/t/', titel: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('fills defaults: empty lists, leader alt text, event button', () => {
    const goal = goalSchema.parse({
      title: 'T',
      permalink: '/t/',
      leaders: [{ name: 'Ada', title: 'Director' }],
      events: [{ title: 'E', date: '2030-01-01' }],
    });
    expect(goal.resources).toEqual([]);
    expect(goal.leaders[0]?.alt).toBe('Photo of Ada');
    expect(goal.events[0]?.button).toBe('Event details');
    expect(goal.events[0]?.date.toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });
});

describe('issues as editors read them', () => {
  it('counts list positions from 1', () => {
    expect(fieldPath(['resources', 0, 'url'])).toBe('resources[1].url');
    expect(fieldPath(['redirectFrom', 2])).toBe('redirectFrom[3]');
    expect(fieldPath(['title'])).toBe('title');
    expect(fieldPath([])).toBe('');
  });

  it('finds the keys a nested group accepts, through lists, defaults and unions', () => {
    expect(keysAt(goalSchema, ['resources', 0]).sort()).toEqual(['name', 'url']);
    expect(keysAt(goalSchema, ['statement']).sort()).toEqual(['bullets', 'text']);
    expect(keysAt(goalSchema, ['kpis']).sort()).toEqual(['dashboardUrl', 'titles']);
    expect(keysAt(goalSchema, ['title'])).toEqual([]);
  });

  it('names each unknown key on its own, with the nearest known key', () => {
    const result = postSchema.safeParse({ title: 'T', date: '2021-01-02', description: 'D', tgas: ['x'], autor: 'A' });
    expect(result.success).toBe(false);
    expect(editorIssues(postSchema, result.error?.issues ?? []).sort((a, b) => String(a.path[0]).localeCompare(String(b.path[0])))).toEqual([
      { path: ['autor'], message: 'unknown key' },
      { path: ['tgas'], message: 'unknown key; did you mean "tags"?' },
    ]);
  });

  it('a post entry reports a misspelt key under the key written', () => {
    const result = postEntrySchema.safeParse({ title: 'T', date: '2021-01-02', descripton: 'D' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message]).sort()).toEqual([
      ['description', 'required, but missing'],
      ['descripton', 'unknown key; did you mean "description"?'],
    ]);
  });

  it('a structured goal entry reports a misspelt nested key with the nearest key of its group', () => {
    const result = goalEntrySchema.safeParse({
      title: 'T',
      permalink: '/CAP/t/',
      leaders: [
        { name: 'N', title: 'T' },
        { name: 'M', titel: 'X' },
      ],
    });
    expect(result.error?.issues.map((i) => [fieldPath(i.path), i.message]).sort()).toEqual([
      ['leaders[2].titel', 'unknown key; did you mean "title"?'],
      ['leaders[2].title', 'required, but missing'],
    ]);
  });
});
