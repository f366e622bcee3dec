import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { goalEntrySchema } from './schemas/goal-entry.ts';
import { postSchema } from './schemas/post.ts';
import { goalsDir, postsDir } from './site-config.ts';

// Keep file names as ids, as written (glob() would lower-case them).
const idFromFile = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

export const collections = {
  goals: defineCollection({
    loader: glob({ pattern: '*.md', base: goalsDir, generateId: idFromFile }),
    schema: goalEntrySchema,
  }),
  posts: defineCollection({
    loader: glob({ pattern: '*.md', base: postsDir, generateId: idFromFile }),
    schema: postSchema,
  }),
};
