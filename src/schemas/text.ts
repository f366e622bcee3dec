import { z } from 'astro/zod';
import { BIDI_CONTROL, CONTROL_CHARACTER, codePoint } from './characters.ts';
import { LIMITS } from './limits.ts';

/** Characters that take no space: text made only of them (and spaces) says nothing. */
const INVISIBLE_ONLY = /^[\s\u00AD\u200B-\u200F\u2060\uFEFF]*$/u;

const textOf = (max: number, what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'required, but missing' : `expected text, got ${JSON.stringify(issue.input)}`) })
    .trim()
    .min(1, { error: 'expected text, got an empty value' })
    .max(max, { error: (issue) => `${what} is ${String((issue.input as string).length)} characters long; the limit is ${max}` })
    .refine((value) => !INVISIBLE_ONLY.test(value), { error: 'expected text, got only invisible characters' })
    .refine((value) => !CONTROL_CHARACTER.test(value), {
      error: (issue) => `invisible control character ${codePoint(CONTROL_CHARACTER.exec(issue.input as string)?.[0] ?? '')} is not allowed; delete it`,
    })
    .refine((value) => !BIDI_CONTROL.test(value), {
      error: (issue) =>
        `bidirectional control character ${codePoint(BIDI_CONTROL.exec(issue.input as string)?.[0] ?? '')} is not allowed; it can make text read differently from what is stored`,
    });

/** Text that must say something: surrounding whitespace is dropped, and empty or invisible text is refused. */
export const text = textOf(LIMITS.textChars, 'the text');

/** A list of at most `LIMITS.listItems` entries. */
export const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: (issue) => (issue.input === undefined ? 'required, but missing' : `expected a list, got ${JSON.stringify(issue.input)}`) })
    .max(LIMITS.listItems, { error: (issue) => `the list has ${String((issue.input as unknown[]).length)} entries; the limit is ${LIMITS.listItems}` });

const longText = textOf(LIMITS.narrativeChars, 'the text');

/** Narrative text: paragraphs separated by a blank line, optionally followed by a bullet list. */
export const narrative = z
  .union([
    longText,
    z.strictObject({
      text: longText.optional().describe('Paragraphs before the list.'),
      bullets: list(text).min(1).describe('The list, one item per entry.'),
    }),
  ])
  .transform((value) => {
    const body = typeof value === 'string' ? value : (value.text ?? '');
    return {
      paragraphs: body
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
      bullets: typeof value === 'string' ? [] : value.bullets,
    };
  })
  .meta({ title: 'text (blank lines separate paragraphs), or a group of `text` and `bullets`' });

export type Narrative = z.output<typeof narrative>;
