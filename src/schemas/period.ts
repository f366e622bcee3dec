import { z } from 'astro/zod';

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/**
 * When an action plan was published, and the federal fiscal year and quarter it belongs to
 * (the fiscal year runs October to September).
 */
export interface Period {
  /** Calendar year of publication. */
  year: number;
  /** Calendar month of publication, 1–12. */
  month: number;
  /** Fiscal year the plan reports on. */
  fiscalYear: number;
  /** Fiscal quarter the plan reports on, 1–4. */
  fiscalQuarter: number;
  /** `month` when written as a month; `quarter` when written as a fiscal quarter such as `2018-Q3`. */
  writtenAs: 'month' | 'quarter';
}

/** Fiscal year and quarter of a calendar month: December 2019 is FY2020 Q1. */
export function fiscalOf(year: number, month: number): { fiscalYear: number; fiscalQuarter: number } {
  const shifted = month + 3; // October becomes month 13, i.e. the first month of the next fiscal year
  return {
    fiscalYear: shifted > 12 ? year + 1 : year,
    fiscalQuarter: Math.ceil(((shifted - 1) % 12 + 1) / 3),
  };
}

function periodFromMonth(year: number, month: number): Period {
  return { year, month, ...fiscalOf(year, month), writtenAs: 'month' };
}

/**
 * A fiscal-quarter plan (`2018-Q3`) is the one published in the last month of the
 * calendar quarter of that number: Q1 in March, Q2 in June, Q3 in September, Q4 in December.
 */
function periodFromQuarter(fiscalYear: number, fiscalQuarter: number): Period {
  return { year: fiscalYear, month: fiscalQuarter * 3, fiscalYear, fiscalQuarter, writtenAs: 'quarter' };
}

/** Parses `2021-01` (a month) or `2018-Q3` (a fiscal quarter); undefined when it is neither. */
export function parsePeriod(value: string): Period | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? periodFromMonth(Number(month[1]), m) : undefined;
  }
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(value);
  if (quarter) return periodFromQuarter(Number(quarter[1]), Number(quarter[2]));
  return undefined;
}

/** The period written `YYYY-MM` or `YYYY-QN`, the inverse of {@link parsePeriod}. */
export function formatPeriodKey(period: Period): string {
  return period.writtenAs === 'quarter'
    ? `${period.fiscalYear}-Q${period.fiscalQuarter}`
    : `${period.year}-${String(period.month).padStart(2, '0')}`;
}

/** An action plan's period: `2021-01` for January 2021, or `2018-Q3` for the third quarter of fiscal year 2018. */
export const periodSchema = z.string().transform((value, ctx): Period => {
  const period = parsePeriod(value.trim());
  if (!period) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a month such as "2021-01" or a fiscal quarter such as "2018-Q3", got ${JSON.stringify(value)}`,
    });
    return z.NEVER;
  }
  return period;
}).meta({ title: 'period: `YYYY-MM` or `YYYY-QN`' });
