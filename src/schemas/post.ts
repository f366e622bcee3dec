import { z } from 'astro/zod';
import { isoDate } from './date.ts';
import { text } from './text.ts';

/** A news post; its body is the Markdown below the front matter. */
export const postSchema = z.strictObject({
  /** Headline. */
  title: text,
  /** Publication date, `YYYY-MM-DD`. */
  date: isoDate,
  /** One or two sentences shown in lists of posts. */
  description: text,
  /** Tags; a goal's News and Events section shows posts carrying its `newsTag`. */
  tags: z.array(text).default([]),
});

export type Post = z.output<typeof postSchema>;
