import { readdirSync, readFileSync } from 'node:fs';
import { readEntry, type CollectionName, type EntryData } from '../../src/collections/registry.ts';
import type { Goal } from '../../src/schemas/goal.ts';
import type { Post } from '../../src/schemas/post.ts';

/** A fixture read exactly as the site reads content: the one front-matter reader, then the collection's schema. */
function fixtureEntry<C extends CollectionName>(collection: C, relativePath: string): EntryData<C> {
  const entry = readEntry(collection, readFileSync(new URL(`../fixtures/${relativePath}`, import.meta.url), 'utf8'));
  if (!entry.ok) throw new Error(entry.problems.map(({ field, message }) => (field ? `${field}: ${message}` : message)).join('\n'));
  return entry.data;
}

/** A goal fixture, as the site reads it. */
export function fixtureGoal(relativePath: string): Goal {
  return fixtureEntry('goals', relativePath);
}

/** Every goal of a fixture content folder (`site`), in file-name order. */
export function fixtureGoals(folder: string): Goal[] {
  return readdirSync(new URL(`../fixtures/${folder}/goals/`, import.meta.url))
    .sort()
    .map((name) => fixtureGoal(`${folder}/goals/${name}`));
}

/** Every post of a fixture content folder, as the site's collection holds them: id from the file name. */
export function fixturePosts(folder: string): { id: string; data: Post }[] {
  return readdirSync(new URL(`../fixtures/${folder}/posts/`, import.meta.url))
    .sort()
    .map((name) => ({ id: name.replace(/\.md$/, ''), data: fixtureEntry('posts', `${folder}/posts/${name}`) }));
}
