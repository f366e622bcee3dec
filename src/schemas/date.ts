import { z } from 'astro/zod';

/**
 * A calendar date written `2026-12-01`. YAML parsers disagree on whether that is a
 * string or a timestamp, so both are accepted; the result is midnight UTC that day.
 */
export const isoDate = z
  .union([z.date(), z.string()], {
    error: (issue) => (issue.input === undefined ? 'required, but missing' : `expected a date written YYYY-MM-DD, got ${JSON.stringify(issue.input)}`),
  })
  .transform((value, ctx): Date => {
    if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) return value;
    } else {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
      if (match) {
        const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
        if (date.getUTCDate() === Number(match[3])) return date;
      }
    }
    ctx.addIssue({ code: 'custom', message: `expected a date written YYYY-MM-DD, got ${JSON.stringify(String(value))}` });
    return z.NEVER;
  })
  .meta({ title: 'date: `YYYY-MM-DD`' });
