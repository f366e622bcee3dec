/**
 * When a page last changed, as content says it: the "Updated" line, `article:modified_time` and the
 * sitemap's `<lastmod>` all come from here, so the three cannot disagree.
 */
import type { Period } from '../schemas/period.ts';
import { isoDay, longDate } from './news.ts';
import { monthYear, newestFirst, sortMonth } from './periods.ts';

/** A page's date of last change. */
export interface PageDate {
  /** `2021-01-01`: for `<time datetime>`, `article:modified_time` and `<lastmod>`. */
  iso: string;
  /** "January 2021" when content gives a month, "December 1, 2026" when it gives a day. */
  text: string;
}

/**
 * A plan's date: its publication month, or for a plan written as a fiscal quarter the last month
 * of that quarter (the earliest it can have been written). Content gives no day, so none is shown.
 */
export function planDate(period: Period): PageDate {
  const month = sortMonth(period);
  return { iso: `${month.year}-${String(month.month).padStart(2, '0')}-01`, text: monthYear(month) };
}

/** A goal's date: its own `updated` day when it has one, else its newest plan's; undefined for a goal with neither. */
export function goalUpdated(goal: { updated?: Date | undefined; actionPlans: readonly { period: Period }[] }): PageDate | undefined {
  if (goal.updated) return { iso: isoDay(goal.updated), text: longDate(goal.updated) };
  const newest = newestFirst(goal.actionPlans)[0];
  return newest && planDate(newest.period);
}

/** The date a built page states in `<meta property="article:modified_time">`, for the sitemap; undefined when it states none. */
export function statedModifiedTime(html: string): string | undefined {
  const tag = /<meta\s[^>]*property="article:modified_time"[^>]*>/i.exec(html)?.[0];
  return tag && /content="(\d{4}-\d{2}-\d{2})"/.exec(tag)?.[1];
}
