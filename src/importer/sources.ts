/**
 * Finding legacy files: a Jekyll site's `_cap-goal-page/` and `_posts/`, or the same folders
 * without the underscore; a folder holding neither is read as a folder of Markdown files whose
 * `layout` says what each is.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readFrontMatter } from '../content-check/front-matter.ts';
import { goalEntrySchema } from '../schemas/goal-entry.ts';
import type { GoalAddresses } from './goal-links.ts';
import type { SourceFile } from './types.ts';

const FOLDERS: { name: string; kind: SourceFile['folderKind'] }[] = [
  { name: '_cap-goal-page', kind: 'goal' },
  { name: 'cap-goal-page', kind: 'goal' },
  { name: '_posts', kind: 'post' },
  { name: 'posts', kind: 'post' },
];

export interface Found {
  sources: SourceFile[];
  skipped: string[];
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

export function findSources(root: string): Found {
  const found: Found = { sources: [], skipped: [] };
  const folders = FOLDERS.filter(({ name }) => existsSync(path.join(root, name)) && statSync(path.join(root, name)).isDirectory());
  const plan = folders.length ? folders.map(({ name, kind }) => ({ dir: name, kind })) : [{ dir: '.', kind: undefined }];
  for (const { dir, kind } of plan) {
    for (const name of filesIn(path.join(root, dir))) {
      const shown = path.posix.join(dir, name);
      if (!/\.(md|markdown)$/i.test(name)) {
        if (kind || !/^readme/i.test(name)) found.skipped.push(shown);
        continue;
      }
      if (!kind && /^readme\./i.test(name)) continue;
      found.sources.push({ path: shown, folderKind: kind, text: readFileSync(path.join(root, dir, name), 'utf8') });
    }
  }
  return found;
}

/** Every file under the output folder's `goals/` and `posts/`, by relative path. */
export function readExisting(out: string): Map<string, string> {
  const existing = new Map<string, string>();
  for (const dir of ['goals', 'posts']) {
    if (!existsSync(path.join(out, dir))) continue;
    for (const name of filesIn(path.join(out, dir))) existing.set(`${dir}/${name}`, readFileSync(path.join(out, dir, name), 'utf8'));
  }
  return existing;
}

/** Addresses of the goals already in the output folder (unreadable ones are left out). */
export function existingGoalAddresses(existing: ReadonlyMap<string, string>): GoalAddresses[] {
  const goals: GoalAddresses[] = [];
  for (const [file, text] of existing) {
    if (!file.startsWith('goals/')) continue;
    const front = readFrontMatter(text);
    const goal = front.ok ? goalEntrySchema.safeParse(front.data) : undefined;
    if (goal?.success) goals.push({ permalink: goal.data.permalink, title: goal.data.title, addresses: [goal.data.permalink, ...goal.data.redirectFrom] });
  }
  return goals;
}
