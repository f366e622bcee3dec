import { z } from 'astro/zod';

/** Text that must say something: surrounding whitespace is dropped and empty text is refused. */
export const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'required, but missing' : `expected text, got ${JSON.stringify(issue.input)}`) })
  .trim()
  .min(1, { error: 'expected text, got an empty value' });

/** Narrative text: paragraphs separated by a blank line, optionally followed by a bullet list. */
export const narrative = z
  .union([text, z.strictObject({
      text: text.optional().describe('Paragraphs before the list.'),
      bullets: z.array(text).min(1).describe('The list, one item per entry.'),
    })])
  .transform((value) => {
    const body = typeof value === 'string' ? value : value.text ?? '';
    return {
      paragraphs: body.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean),
      bullets: typeof value === 'string' ? [] : value.bullets,
    };
  })
  .meta({ title: 'text (blank lines separate paragraphs), or a group of `text` and `bullets`' });

export type Narrative = z.output<typeof narrative>;
