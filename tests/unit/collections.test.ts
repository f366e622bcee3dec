import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { readFrontMatterEntries } from '../../src/collections/front-matter.ts';
import { collectionLoader } from '../../src/collections/loader.ts';
import { COLLECTIONS, readEntry } from '../../src/collections/registry.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Runs a loader against a stand-in for Astro's loader context and returns what it stored. */
async function load(collection: 'goals' | 'posts', dir: string) {
  const stored = new Map<string, { data: Record<string, unknown>; body?: string; filePath?: string }>();
  const context = {
    store: {
      clear: () => stored.clear(),
      set: (entry: { id: string; data: Record<string, unknown>; body?: string; filePath?: string }) => stored.set(entry.id, entry),
    },
    parseData: ({ data }: { data: Record<string, unknown> }) => COLLECTIONS[collection].schema.parseAsync(data),
    generateDigest: (value: unknown) => String(value).length.toString(),
  } as unknown as LoaderContext;
  await collectionLoader(collection, dir).load(context);
  return stored;
}

describe('the collection loader', () => {
  it('stores each file under its name, read by the same reader and schema as the content check', async () => {
    const stored = await load('goals', fixture('structured/goals'));
    expect([...stored.keys()]).toEqual(['sample']);
    expect(stored.get('sample')?.data).toMatchObject({
      title: 'Sample goal',
      permalink: '/CAP/sample/',
      redirectFrom: ['/CAP/CAP_goal_99.html', '/CAP/sample-old'],
    });
  });

  it('keeps a post body for the page to render, and keeps the case of the file name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cap-loader-'));
    await writeFile(path.join(dir, 'Mixed-Case.md'), '---\ntitle: T\ndate: 2021-02-03\ndescription: D\n---\nThe body.\n');
    const stored = await load('posts', dir);
    expect(stored.get('Mixed-Case')?.body).toBe('The body.\n');
  });

  it('refuses a file the content check refuses (a key written twice)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cap-loader-'));
    await copyFile(fixture('bad-content/goals/duplicate-key.md'), path.join(dir, 'duplicate-key.md'));
    await expect(load('goals', dir)).rejects.toThrow('"action-2018-Q2" appears more than once; keep one');
  });
});

describe('readEntry', () => {
  it('reads a post and names a misspelt key with the nearest known one', () => {
    const entry = readEntry('posts', '---\ntitle: T\ndate: 2021-02-03\ndescription: D\ntgas: [a]\n---\nBody\n');
    expect(entry).toEqual({ ok: false, problems: [{ field: 'tgas', message: 'unknown key; did you mean "tags"?' }] });
  });

  it('says when front matter is not keys and values', () => {
    expect(readEntry('goals', '---\n- a list\n---\n')).toEqual({ ok: false, problems: [{ message: 'front matter: expected keys and values' }] });
  });
});

describe('readFrontMatterEntries', () => {
  it('keeps every occurrence of a repeated key, with its line', () => {
    const front = readFrontMatterEntries('---\na: 1\nb: "x"\na: 2\n---\nbody\n');
    expect(front).toEqual({
      ok: true,
      body: 'body\n',
      prepared: [],
      entries: [
        { key: 'a', value: 1, line: 2, multiline: false },
        { key: 'b', value: 'x', line: 3, multiline: false },
        { key: 'a', value: 2, line: 4, multiline: false },
      ],
    });
  });
});
