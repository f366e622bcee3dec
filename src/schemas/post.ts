import { z } from 'astro/zod';
import { isoDate } from './date.ts';
import { entrySchema } from './issues.ts';
import { list, text } from './text.ts';
import { sitePath } from './url.ts';

/** A news post; its body is the Markdown below the front matter. */
export const postSchema = z.strictObject({
  title: text.describe('Headline.'),
  date: isoDate.describe('Publication date, `YYYY-MM-DD`.'),
  description: text.describe('One or two sentences shown in lists of posts.'),
  tags: list(text).default([]).describe("Tags; a goal's News and Events section shows posts carrying its `newsTag`."),
  redirectFrom: list(sitePath).default([]).describe('Old addresses of the post (such as its Jekyll permalink) that redirect to it.'),
});

export type Post = z.output<typeof postSchema>;

/** A post file's front matter, with unknown keys reported with the nearest known key. */
export const postEntrySchema = entrySchema(postSchema);
