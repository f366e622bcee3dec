import { describe, expect, it } from 'vitest';
import {
  fiscalQuarterOfDate,
  fiscalText,
  fiscalYearOfDate,
  goalDate,
  goalFiscalYears,
  groupByYear,
  monthYear,
  newestFirst,
  periodDate,
  periodDay,
  periodName,
  periodText,
  planId,
  planLabel,
  publishedMonthKey,
  sortMonth,
} from '../../src/lib/periods.ts';
import { period as p, plan as planOf } from '../support/periods.ts';

const plan = (key: string) => planOf(key, `/${key}.pdf`);

describe('the two ways a period is written', () => {
  it('2018-Q1 and 2018-03 give different labels, texts and dates', () => {
    expect(planLabel(p('2018-Q1'))).toBe('FY2018 Q1 action plan');
    expect(planLabel(p('2018-03'))).toBe('March 2018 action plan');
    expect(periodText(p('2018-Q1'))).toBe('FY2018 Q1');
    expect(periodText(p('2018-03'))).toBe('March 2018 (FY2018 Q2)');
    expect(periodDate(p('2018-Q1'))).toBe('2017-12-01');
    expect(periodDate(p('2018-03'))).toBe('2018-03-01');
  });

  it('a quarter plan has no publication month; a month plan has its own', () => {
    expect(p('2018-Q1').published).toBeUndefined();
    expect(publishedMonthKey(p('2018-Q1'))).toBeUndefined();
    expect(publishedMonthKey(p('2021-01'))).toBe('2021-01');
  });

  it('labels a month plan with its month and fiscal quarter, a quarter plan with its quarter only', () => {
    expect(planLabel(p('2021-01'))).toBe('January 2021 action plan');
    expect(planLabel(p('2018-Q3'))).toBe('FY2018 Q3 action plan');
    expect(periodText(p('2021-01'))).toBe('January 2021 (FY2021 Q2)');
    expect(periodText(p('2018-Q3'))).toBe('FY2018 Q3');
    expect(periodName(p('2021-01'))).toBe('January 2021');
    expect(periodName(p('2018-Q3'))).toBe('FY2018 Q3');
    expect(fiscalText(p('2019-12'))).toBe('FY2020 Q1');
    expect(fiscalText(p('2018-Q3'))).toBe('FY2018 Q3');
    expect(monthYear({ year: 2020, month: 7 })).toBe('July 2020');
    expect(planId(p('2018-q3'))).toBe('2018-Q3');
  });
});

describe('sorting', () => {
  it('sorts a quarter plan at the last month of its fiscal quarter', () => {
    expect(sortMonth(p('2018-Q1'))).toEqual({ year: 2017, month: 12 });
    expect(sortMonth(p('2018-Q2'))).toEqual({ year: 2018, month: 3 });
    expect(sortMonth(p('2018-Q3'))).toEqual({ year: 2018, month: 6 });
    expect(sortMonth(p('2018-Q4'))).toEqual({ year: 2018, month: 9 });
    expect(periodDay(p('2018-Q4')).toISOString()).toBe('2018-09-01T00:00:00.000Z');
  });

  it('sorts newest first, a month plan before a quarter plan of the same month, without changing the input', () => {
    // The seed lists its 2019 plans out of date order.
    const plans = ['2019-06', '2018-Q4', '2019-09', '2018-10', '2018-09', '2021-01', '2018-Q1'].map(plan);
    const before = plans.map((x) => x.document);
    expect(newestFirst(plans).map((x) => x.document)).toEqual([
      '/2021-01.pdf',
      '/2019-09.pdf',
      '/2019-06.pdf',
      '/2018-10.pdf',
      '/2018-09.pdf',
      '/2018-Q4.pdf',
      '/2018-Q1.pdf',
    ]);
    expect(plans.map((x) => x.document)).toEqual(before);
  });

  it('groups by the calendar year of the month a plan sorts by', () => {
    const groups = groupByYear(['2019-06', '2018-Q1', '2018-Q4', '2021-01', '2019-12'].map(plan));
    expect(groups.map((g) => [g.year, g.plans.map((x) => x.document)])).toEqual([
      [2021, ['/2021-01.pdf']],
      [2019, ['/2019-12.pdf', '/2019-06.pdf']],
      [2018, ['/2018-Q4.pdf']],
      [2017, ['/2018-Q1.pdf']],
    ]);
  });
});

describe('fiscal years and dates for search', () => {
  it('puts October onwards in the next fiscal year', () => {
    expect(fiscalYearOfDate(new Date(Date.UTC(2019, 8, 30)))).toBe(2019);
    expect(fiscalYearOfDate(new Date(Date.UTC(2019, 9, 1)))).toBe(2020);
    expect(fiscalYearOfDate(new Date(Date.UTC(2020, 0, 1)))).toBe(2020);
  });

  it('names the fiscal quarter of a day as plans name theirs', () => {
    expect(fiscalQuarterOfDate(new Date(Date.UTC(2019, 8, 30)))).toBe('FY2019 Q4');
    expect(fiscalQuarterOfDate(new Date(Date.UTC(2019, 9, 1)))).toBe('FY2020 Q1');
    expect(fiscalQuarterOfDate(new Date(Date.UTC(2020, 3, 1)))).toBe('FY2020 Q3');
  });

  it('dates a goal by its newest plan and lists the fiscal years its plans cover', () => {
    const goal = { actionPlans: ['2019-06', '2021-01', '2018-Q4', '2019-10'].map(plan) };
    expect(goalDate(goal)).toBe('2021-01-01');
    expect(goalDate({ actionPlans: [plan('2018-Q2')] })).toBe('2018-03-01');
    expect(goalDate({ actionPlans: [] })).toBeUndefined();
    expect(goalFiscalYears(goal)).toEqual([2021, 2020, 2019, 2018]);
  });
});
