import { readdirSync, readFileSync } from 'node:fs';
import { readFrontMatter } from '../../src/content-check/front-matter.ts';
import { goalEntrySchema } from '../../src/schemas/goal-entry.ts';
import type { Goal } from '../../src/schemas/goal.ts';
import { postSchema, type Post } from '../../src/schemas/post.ts';

function frontMatter(relativePath: string): unknown {
  const front = readFrontMatter(readFileSync(new URL(`../fixtures/${relativePath}`, import.meta.url), 'utf8'));
  if (!front.ok) throw new Error(front.problems.join('\n'));
  return front.data;
}

/** A goal fixture parsed exactly as the site parses content. */
export function fixtureGoal(relativePath: string): Goal {
  return goalEntrySchema.parse(frontMatter(relativePath));
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
    .map((name) => ({ id: name.replace(/\.md$/, ''), data: postSchema.parse(frontMatter(`${folder}/posts/${name}`)) }));
}
