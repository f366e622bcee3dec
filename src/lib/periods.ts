/**
 * Everything the site says or computes about an action plan's period: labels, the date it sorts
 * by, fiscal years. The period itself (what the content wrote) is parsed in `schemas/period.ts`.
 */
import { fiscalQuarterOf, formatPeriodKey, MONTHS, type CalendarMonth, type Period } from '../schemas/period.ts';

/** "January 2021". */
export function monthYear({ year, month }: CalendarMonth): string {
  const name = MONTHS[month - 1] ?? '';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
}

/** "FY2021 Q2": the fiscal quarter a plan reports on, or that its publication month falls in. */
export function fiscalText(period: Period): string {
  return `FY${period.fiscal.fiscalYear} Q${period.fiscal.quarter}`;
}

/** "January 2021 (FY2021 Q2)" for a plan written as a month; "FY2018 Q3" for one written as a quarter. */
export function periodText(period: Period): string {
  return period.writtenAs === 'month' ? `${monthYear(period.published)} (${fiscalText(period)})` : fiscalText(period);
}

/** "January 2021" for a plan written as a month; "FY2018 Q3" for one written as a quarter: what the content wrote, in words. */
export function periodName(period: Period): string {
  return period.writtenAs === 'month' ? monthYear(period.published) : fiscalText(period);
}

/** "January 2021 action plan"; "FY2018 Q3 action plan". */
export function planLabel(period: Period): string {
  return `${periodName(period)} action plan`;
}

/** A stable id for a plan within its goal, such as `2021-01` or `2018-Q4`. */
export function planId(period: Period): string {
  return formatPeriodKey(period);
}

/**
 * The month a plan sorts by: its publication month, or for a plan written as a quarter the last
 * month of that quarter (FY2018 Q1, October–December 2017, sorts as December 2017).
 */
export function sortMonth(period: Period): CalendarMonth {
  if (period.writtenAs === 'month') return period.published;
  const { fiscalYear, quarter } = period.fiscal;
  const month = quarter * 3 + 9; // Q1 ends in December (12) of the year before, Q2 in March (15 → 3)
  return month > 12 ? { year: fiscalYear, month: month - 12 } : { year: fiscalYear - 1, month };
}

/** `2021-01-01`: the first day of the month a plan sorts by (see {@link sortMonth}). */
export function periodDate(period: Period): string {
  const { year, month } = sortMonth(period);
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The first day of the month a plan sorts by, as a UTC date. */
export function periodDay(period: Period): Date {
  const { year, month } = sortMonth(period);
  return new Date(Date.UTC(year, month - 1, 1));
}

/** `2021-01`, the month a plan was published; undefined for a plan written as a quarter, which states none. */
export function publishedMonthKey(period: Period): string | undefined {
  return period.published && `${period.published.year}-${String(period.published.month).padStart(2, '0')}`;
}

/** Newest first; a plan written as a month before a quarter plan that sorts at the same month. */
function compareNewestFirst(a: Period, b: Period): number {
  const ma = sortMonth(a);
  const mb = sortMonth(b);
  return mb.year - ma.year || mb.month - ma.month || (a.writtenAs === b.writtenAs ? 0 : a.writtenAs === 'month' ? -1 : 1);
}

/** Plans newest first, without changing the input. */
export function newestFirst<T extends { period: Period }>(plans: readonly T[]): T[] {
  return [...plans].sort((a, b) => compareNewestFirst(a.period, b.period));
}

/** Plans grouped by the calendar year of the month they sort by, newest year and newest plan first. */
export function groupByYear<T extends { period: Period }>(plans: readonly T[]): { year: number; plans: T[] }[] {
  const groups: { year: number; plans: T[] }[] = [];
  for (const plan of newestFirst(plans)) {
    const year = sortMonth(plan.period).year;
    const last = groups.at(-1);
    if (last?.year === year) last.plans.push(plan);
    else groups.push({ year, plans: [plan] });
  }
  return groups;
}

/**
 * The date a goal page sorts by in search results: that of its newest plan, so goals do not
 * drop out of date-sorted results. Goals without plans get undefined.
 */
export function goalDate(goal: { actionPlans: readonly { period: Period }[] }): string | undefined {
  const newest = newestFirst(goal.actionPlans)[0];
  return newest && periodDate(newest.period);
}

/** The fiscal years a goal's plans cover, newest first, without repeats. */
export function goalFiscalYears(goal: { actionPlans: readonly { period: Period }[] }): number[] {
  return [...new Set(goal.actionPlans.map((plan) => plan.period.fiscal.fiscalYear))].sort((a, b) => b - a);
}

/** Fiscal quarter of a day (UTC), as {@link fiscalText} writes it: September 2019 is "FY2019 Q4". */
export function fiscalQuarterOfDate(date: Date): string {
  const { fiscalYear, quarter } = fiscalQuarterOf({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 });
  return `FY${fiscalYear} Q${quarter}`;
}

/** Federal fiscal year of a day (UTC): September 2019 is FY2019, October 2019 is FY2020. */
export function fiscalYearOfDate(date: Date): number {
  return fiscalQuarterOf({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 }).fiscalYear;
}
