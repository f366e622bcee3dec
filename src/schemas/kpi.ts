import { z } from 'astro/zod';
import { formatPeriodKey, periodSchema } from './period.ts';
import { list, text } from './text.ts';

/** Longest unit, in characters: a unit labels an axis and every cell of a table, so it stays short. */
const UNIT_MAX_CHARS = 24;

/** Letters, digits, spaces and the few signs units use (`%`, `$`, `.`, `/`, `(`, `)`, `-`): nothing that reads as markup. */
const PLAIN_UNIT = /^[\p{L}\p{N} %$.,/()-]+$/u;

/** A unit such as `%`, `days` or `$ billions`. */
const unit = z
  .string({ error: (issue) => `expected a unit such as "%" or "days", got ${JSON.stringify(issue.input)}` })
  .trim()
  .min(1, { error: 'expected a unit such as "%" or "days", got an empty value' })
  .max(UNIT_MAX_CHARS, { error: (issue) => `the unit is ${String((issue.input as string).length)} characters long; the limit is ${UNIT_MAX_CHARS}` })
  .refine((value) => PLAIN_UNIT.test(value), {
    error: (issue) => `expected a plain unit (letters, digits, spaces and % $ . , / ( ) -), got ${JSON.stringify(issue.input)}`,
  })
  .meta({ title: `short text (at most ${UNIT_MAX_CHARS} characters)` });

/** A number a chart can draw: not text, not NaN, not infinite. */
const finiteNumber = (what: string) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? 'required, but missing'
          : // YAML's `.inf` and `.nan` arrive as numbers that JSON cannot write.
            `expected ${what} as a finite number, got ${typeof issue.input === 'number' ? String(issue.input) : JSON.stringify(issue.input)}`,
    })
    .refine((value) => Number.isFinite(value), { error: (issue) => `expected ${what} as a finite number, got ${String(issue.input)}` });

/** One measurement of an indicator. */
const kpiValueSchema = z.strictObject({
  period: periodSchema.describe('When it was measured: `2021-01` for January 2021, or `2021-Q1` for the first quarter of fiscal year 2021.'),
  value: finiteNumber('the value').describe('What was measured, in the unit of the indicator.'),
  target: finiteNumber('the target').optional().describe('What the goal aimed for in that period.'),
});

/** An indicator with its measurements. */
const kpiIndicatorSchema = z
  .strictObject({
    name: text.describe("The indicator's name."),
    unit: unit.optional().describe('What the values count, such as `%` or `days`; required when there are values.'),
    values: list(kpiValueSchema).default([]).describe('Measurements by period, in any order; each period once.'),
  })
  .superRefine((indicator, ctx) => {
    if (indicator.values.length > 0 && indicator.unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'required when the indicator has values, such as "%" or "days"' });
    }
    const seen = new Map<string, number>();
    indicator.values.forEach((entry, i) => {
      const key = formatPeriodKey(entry.period);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: 'custom', path: ['values', i, 'period'], message: `period ${key} is already given in values[${first + 1}]; keep one` });
    });
  });

/**
 * A key performance indicator: its name alone (as legacy pages wrote it), or a group with its
 * unit and values, which the goal page charts. Either way the output is a group.
 */
export const kpiSchema = z
  .union([text.transform((name) => ({ name, unit: undefined, values: [] })), kpiIndicatorSchema])
  .meta({ title: 'text (a name), or a group of `name`, `unit` and `values`' });

export type Kpi = z.output<typeof kpiSchema>;
