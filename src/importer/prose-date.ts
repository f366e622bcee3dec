/** Dates as the legacy pages wrote them in prose ("Thursday, Dec. 6, 2018", "February 4, 2020", "12/6/2018"). */
import { MONTHS } from '../schemas/period.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface ProseDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** A weekday was written and it is not that day's weekday. */
  weekdayMismatch?: string;
}

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Parses a prose date; undefined when the text is not one (or is not a real day). */
export function parseProseDate(text: string): ProseDate | undefined {
  const value = text.trim().replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) {
    const result = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return result ? { iso: result } : undefined;
  }
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (numeric) {
    const result = isoOf(Number(numeric[3]), Number(numeric[1]), Number(numeric[2]));
    return result ? { iso: result } : undefined;
  }
  const prose = /^(?:([a-z]+)\.?,? )?([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(value);
  if (!prose) return undefined;
  const monthWord = (prose[2] ?? '').toLowerCase();
  const month = MONTHS.findIndex((m) => m === monthWord || (monthWord.length >= 3 && m.startsWith(monthWord)));
  if (month < 0) return undefined;
  const result = isoOf(Number(prose[4]), month + 1, Number(prose[3]));
  if (!result) return undefined;
  const weekdayWord = prose[1]?.toLowerCase();
  if (!weekdayWord) return { iso: result };
  const weekday = WEEKDAYS.findIndex((d) => d === weekdayWord || (weekdayWord.length >= 3 && d.startsWith(weekdayWord)));
  if (weekday < 0) return undefined;
  const actual = WEEKDAYS[new Date(`${result}T00:00:00Z`).getUTCDay()];
  return actual === undefined || weekday === WEEKDAYS.indexOf(actual) ? { iso: result } : { iso: result, weekdayMismatch: actual };
}
