import { describe, expect, it } from 'vitest';
import { goalSchema } from '../../src/schemas/goal.ts';
import { editorIssues, fieldPath } from '../../src/schemas/issues.ts';
import { findCollisions, siteClaims } from '../../src/lib/site-addresses.ts';
import { kpiSchema } from '../../src/schemas/kpi.ts';

/** The editor's messages for a goal with these `kpis.titles`, as `field: message`. */
function problems(titles: unknown[]): string[] {
  const result = goalSchema.safeParse({ title: 'T', permalink: '/CAP/t/', kpis: { titles } });
  return result.success ? [] : editorIssues(goalSchema, result.error.issues).map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
}

describe('KPI values in content', () => {
  it('accepts names alone and indicators with a unit and values, with or without targets', () => {
    expect(
      problems([
        'Satisfaction',
        {
          name: 'Uptime',
          unit: '%',
          values: [
            { period: '2021-Q1', value: 99.5, target: 99.9 },
            { period: '2021-01', value: 98 },
          ],
        },
      ]),
    ).toEqual([]);
    expect(kpiSchema.parse('Satisfaction')).toEqual({ name: 'Satisfaction', unit: undefined, values: [] });
  });

  it('names the field of a value that is not a finite number, counting from 1', () => {
    expect(
      problems([
        'A',
        {
          name: 'B',
          unit: '%',
          values: [
            { period: '2021-Q1', value: 1 },
            { period: '2021-Q2', value: 'high' },
          ],
        },
      ]),
    ).toEqual(['kpis.titles[2].values[2].value: expected the value as a finite number, got "high"']);
    expect(problems([{ name: 'B', unit: '%', values: [{ period: '2021-Q1', value: Infinity, target: Number.NaN }] }])).toEqual([
      'kpis.titles[1].values[1].value: expected the value as a finite number, got Infinity',
      'kpis.titles[1].values[1].target: expected the target as a finite number, got NaN',
    ]);
  });

  it('refuses a period given twice within one indicator, naming the first', () => {
    expect(
      problems([
        {
          name: 'B',
          unit: '%',
          values: [
            { period: '2021-Q1', value: 1 },
            { period: '2021-q1', value: 2 },
          ],
        },
      ]),
    ).toEqual(['kpis.titles[1].values[2].period: period 2021-Q1 is already given in values[1]; keep one']);
  });

  it('refuses a bad period, a missing value and an unknown key', () => {
    expect(
      problems([
        {
          name: 'B',
          unit: '%',
          values: [
            { period: '2021-13', value: 1 },
            { period: '2021-Q1', valu: 2 },
          ],
        },
      ]),
    ).toEqual([
      'kpis.titles[1].values[1].period: expected a month such as "2021-01" or a fiscal quarter such as "2018-Q3", got "2021-13"',
      'kpis.titles[1].values[2].value: required, but missing',
      'kpis.titles[1].values[2].valu: unknown key; did you mean "value"?',
    ]);
  });

  it('asks for a unit when there are values, and takes only a short plain one', () => {
    expect(problems([{ name: 'B', values: [{ period: '2021-Q1', value: 1 }] }])).toEqual([
      'kpis.titles[1].unit: required when the indicator has values, such as "%" or "days"',
    ]);
    expect(problems([{ name: 'B', unit: '<b>%</b>', values: [] }])).toEqual([
      'kpis.titles[1].unit: expected a plain unit (letters, digits, spaces and % $ . , / ( ) -), got "<b>%</b>"',
    ]);
    expect(problems([{ name: 'B', unit: 'x'.repeat(25) }])).toEqual(['kpis.titles[1].unit: the unit is 25 characters long; the limit is 24']);
    expect(
      problems([
        { name: 'B', unit: '$ billions' },
        { name: 'C', unit: 'days per case' },
      ]),
    ).toEqual([]);
  });
});

describe('KPI CSV addresses in the registry', () => {
  const goal = (file: string, permalink: string, redirects: string[] = [], titles: unknown[] = []) => ({
    file,
    permalink,
    redirects: redirects.map((from, i) => ({ from, field: `redirectFrom.${i}` })),
    actionPlans: [],
    kpis: { titles: titles.map((t) => kpiSchema.parse(t)) },
  });
  const withValues = { name: 'Uptime', unit: '%', values: [{ period: '2021-Q1', value: 1 }] };

  it('claims each CSV file, so an old address on it stops the build naming both', () => {
    const claims = siteClaims({
      goals: [goal('goals/a.md', '/CAP/a/', [], ['Named', withValues]), goal('goals/b.md', '/CAP/b/', ['/CAP/a/kpis/uptime.csv'])],
      posts: [],
    });
    expect(claims.filter((c) => c.address.endsWith('.csv')).map((c) => [c.address, c.kind, c.by.field])).toEqual([
      ['/CAP/a/kpis/uptime.csv', 'file', 'the CSV file of kpis.titles[2]'],
      // A redirect to a name without .html is a folder page; it cannot share the file's address.
      ['/CAP/a/kpis/uptime.csv', 'page', 'redirectFrom.0'],
    ]);
    expect(findCollisions(claims)).toEqual([
      {
        address: '/CAP/a/kpis/uptime.csv',
        first: { file: 'goals/a.md', field: 'the CSV file of kpis.titles[2]' },
        second: { file: 'goals/b.md', field: 'redirectFrom.0' },
      },
    ]);
  });

  it('claims nothing for names only', () => {
    const claims = siteClaims({ goals: [goal('goals/a.md', '/CAP/a/', [], ['Named'])], posts: [] });
    expect(claims.some((c) => c.address.includes('/kpis/'))).toBe(false);
  });
});
