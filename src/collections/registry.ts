/**
 * The site's content collections: which exist, the folder each lives in, and how one of its files is
 * read (the one front-matter reader) and checked (its schema, legacy keys mapped on the way in).
 * The Astro loader, the content check, the importer and the tests all go through here.
 */
import type { z } from 'astro/zod';
import { goalEntrySchema } from '../schemas/goal-entry.ts';
import { fieldPath } from '../schemas/issues.ts';
import { postEntrySchema } from '../schemas/post.ts';
import { readFrontMatter } from './front-matter.ts';

export const COLLECTIONS = {
  /** Goal pages: front matter only, structured or legacy Jekyll. */
  goals: { folder: 'goals', schema: goalEntrySchema },
  /** News posts: front matter, then the post as Markdown. */
  posts: { folder: 'posts', schema: postEntrySchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export type EntryData<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]['schema']>;

/** A content file's name, `cx.md`; the id is the name without `.md`, as written. */
export const CONTENT_FILE = /^(.+)\.md$/;

/** A problem with one file: the field as the editor wrote it (`resources[2].url`, `resource-3-url`), or none for the whole file. */
export interface EntryProblem {
  field?: string | undefined;
  message: string;
}

export type ParsedEntry<C extends CollectionName> = { ok: true; data: EntryData<C> } | { ok: false; problems: EntryProblem[] };

/** Checks front matter already read against the collection's schema. */
export function parseEntry<C extends CollectionName>(collection: C, data: unknown): ParsedEntry<C> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problems: [{ message: 'front matter: expected keys and values' }] };
  const result = COLLECTIONS[collection].schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data as EntryData<C> };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ field: issue.path.length ? fieldPath(issue.path) : undefined, message: issue.message })),
  };
}

export type ReadEntry<C extends CollectionName> =
  { ok: true; data: EntryData<C>; raw: Record<string, unknown>; body: string; bodyLine: number } | { ok: false; problems: EntryProblem[] };

/** Reads one content file of `collection` from its text: the front matter, then its schema. */
export function readEntry<C extends CollectionName>(collection: C, text: string): ReadEntry<C> {
  const front = readFrontMatter(text);
  if (!front.ok) return { ok: false, problems: front.problems.map((message) => ({ message })) };
  const parsed = parseEntry(collection, front.data);
  if (!parsed.ok) return parsed;
  return { ok: true, data: parsed.data, raw: front.data as Record<string, unknown>, body: front.body, bodyLine: front.bodyLine };
}
