import { defineCollection } from 'astro:content';
import { collectionLoader } from './collections/loader.ts';
import { COLLECTIONS } from './collections/registry.ts';
import { goalsDir, postsDir } from './site-config.ts';

// Each collection's schema and reader come from the registry, which the content check uses too.
export const collections = {
  goals: defineCollection({ loader: collectionLoader('goals', goalsDir), schema: COLLECTIONS.goals.schema }),
  posts: defineCollection({ loader: collectionLoader('posts', postsDir), schema: COLLECTIONS.posts.schema }),
};
