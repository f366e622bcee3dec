/**
 * The benchmark's content generator (`npm run bench`) writes content the site accepts, the same
 * for the same seed. A smoke run: the bench itself (a full build at scale) is not part of `npm test`.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import { generateContent } from '../bench/generate.ts';

const dirs: string[] = [];
const generate = async (seed: number) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'cap-bench-'));
  dirs.push(dir);
  const report = await generateContent(dir, { goals: 3, plans: 4, posts: 5, seed, pdfEvery: 2 });
  return { dir, report };
};
const files = async (dir: string) =>
  Promise.all(
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map(async (e) => `${e.name}\n${await readFile(path.join(e.parentPath, e.name), 'utf8')}`),
  ).then((list) => list.sort());

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the benchmark content generator', () => {
  it('writes goals, plans, posts and PDFs that pass the content check', async () => {
    const { dir, report } = await generate(7);
    const { goalTitles, ...counts } = report;
    expect(counts).toEqual({ goals: 3, plans: 12, posts: 5, pdfs: 2, searchablePages: 3 + 12 + 5 });
    // Each title is the one its goal file holds.
    expect(goalTitles).toHaveLength(3);
    for (const [i, title] of goalTitles.entries())
      expect((await readFile(path.join(dir, `goals/goal-${i + 1}.md`), 'utf8')).split('\n')).toContain(`title: ${JSON.stringify(title)}`);
    expect(await readdir(path.join(dir, 'assets/CAP/action_plans'))).toHaveLength(2);
    const { files: count, problems } = await checkContent(dir);
    expect(problems).toEqual([]);
    expect(count).toBe(8);
  });

  it('writes the same files for the same seed, and others for another', async () => {
    const [a, b, c] = await Promise.all([generate(1), generate(1), generate(2)]);
    expect(await files(a.dir)).toEqual(await files(b.dir));
    expect(await files(a.dir)).not.toEqual(await files(c.dir));
  });
});
