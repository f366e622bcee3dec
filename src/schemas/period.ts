import { z } from 'astro/zod';

/**
 * The one month table of the site, lower case as the legacy keys write months
 * (`action-2020-january`); labels capitalise it.
 */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** A calendar month: `month` is 1–12. */
export interface CalendarMonth {
  year: number;
  month: number;
}

/** A quarter of the federal fiscal year, which runs October to September: FY2020 Q1 is October–December 2019. */
export interface FiscalQuarter {
  fiscalYear: number;
  /** 1–4. */
  quarter: number;
}

/**
 * An action plan's period, as its content writes it. A plan written as a month (`2021-01`) states
 * when it was published; its fiscal quarter is the one that month falls in. A plan written as a
 * fiscal quarter (`2018-Q3`) states the quarter it reports on and no publication month.
 */
export type Period =
  | {
      writtenAs: 'month';
      /** The month the plan was published. */
      published: CalendarMonth;
      /** The fiscal quarter the publication month falls in. */
      fiscal: FiscalQuarter;
    }
  | {
      writtenAs: 'quarter';
      /** Not stated by a plan written as a quarter. */
      published: undefined;
      /** The fiscal quarter the plan reports on. */
      fiscal: FiscalQuarter;
    };

/** Fiscal year and quarter of a calendar month: December 2019 is FY2020 Q1, September 2019 is FY2019 Q4. */
export function fiscalQuarterOf({ year, month }: CalendarMonth): FiscalQuarter {
  const shifted = month + 3; // October becomes month 13, i.e. the first month of the next fiscal year
  return {
    fiscalYear: shifted > 12 ? year + 1 : year,
    quarter: Math.ceil((((shifted - 1) % 12) + 1) / 3),
  };
}

/** Parses `2021-01` (a month) or `2018-Q3` (a fiscal quarter); undefined when it is neither. */
export function parsePeriod(value: string): Period | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const published = { year: Number(month[1]), month: Number(month[2]) };
    if (published.month < 1 || published.month > 12) return undefined;
    return { writtenAs: 'month', published, fiscal: fiscalQuarterOf(published) };
  }
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(value);
  if (quarter) return { writtenAs: 'quarter', published: undefined, fiscal: { fiscalYear: Number(quarter[1]), quarter: Number(quarter[2]) } };
  return undefined;
}

/** The period written `YYYY-MM` or `YYYY-QN`, the inverse of {@link parsePeriod}. */
export function formatPeriodKey(period: Period): string {
  return period.writtenAs === 'quarter'
    ? `${period.fiscal.fiscalYear}-Q${period.fiscal.quarter}`
    : `${period.published.year}-${String(period.published.month).padStart(2, '0')}`;
}

/** An action plan's period: `2021-01` for January 2021, or `2018-Q3` for the third quarter of fiscal year 2018. */
export const periodSchema = z
  .string()
  .transform((value, ctx): Period => {
    const period = parsePeriod(value.trim());
    if (!period) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a month such as "2021-01" or a fiscal quarter such as "2018-Q3", got ${JSON.stringify(value)}`,
      });
      return z.NEVER;
    }
    return period;
  })
  .meta({ title: 'period: `YYYY-MM` or `YYYY-QN`' });
