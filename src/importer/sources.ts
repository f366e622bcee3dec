/**
 * Finding legacy files: a Jekyll site's `_cap-goal-page/` and `_posts/`, or the same folders
 * without the underscore; a folder holding neither is read as a folder of Markdown files whose
 * `layout` says what each is. Files are read strictly: UTF-8 only, and never through a symlink
 * that leads out of the source folder.
 */
import { isUtf8 } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { readFrontMatter } from '../collections/front-matter.ts';
import { goalEntrySchema } from '../schemas/goal-entry.ts';
import { MARKDOWN_FILE } from './file-names.ts';
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

const visible = (entry: Dirent) => !entry.name.startsWith('.');

// A symlink is listed too, so that one leading elsewhere is reported rather than silently left out.
function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => visible(entry) && (entry.isFile() || entry.isSymbolicLink()))
    .map((entry) => entry.name)
    .sort();
}

const inside = (root: string, file: string) => {
  const relative = path.relative(root, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
};

// fatal: a byte that is not UTF-8 is an error, not a silent U+FFFD; the default ignoreBOM: false strips a BOM.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 text with LF line ends, or why the bytes are not that. */
export function decodeSource(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: strictUtf8.decode(bytes).replace(/\r\n?/g, '\n') };
  } catch {
    // A newline byte never occurs inside a UTF-8 sequence, so lines can be checked one by one.
    let line = 1;
    for (let start = 0, end = bytes.indexOf(0x0a); end >= 0 && isUtf8(bytes.subarray(start, end)); start = end + 1, end = bytes.indexOf(0x0a, start)) line++;
    return { ok: false, message: `not UTF-8 text (line ${line}); save it as UTF-8 and import it again` };
  }
}

function readSource(realRoot: string, file: string): { text: string } | { problem: string } {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return { problem: 'a symlink to nothing; not read' };
  }
  if (!inside(realRoot, real)) return { problem: 'reaches outside the source folder through a symlink; not read' };
  if (!statSync(real).isFile()) return { problem: 'not a regular file; not read' };
  const decoded = decodeSource(readFileSync(real));
  return decoded.ok ? { text: decoded.text } : { problem: decoded.message };
}

export function findSources(root: string): Found {
  const found: Found = { sources: [], skipped: [] };
  const realRoot = realpathSync(root);
  const folders = FOLDERS.filter(({ name }) => existsSync(path.join(root, name)) && statSync(path.join(root, name)).isDirectory());
  const plan = folders.length ? folders.map(({ name, kind }) => ({ dir: name, kind })) : [{ dir: '.', kind: undefined }];
  for (const { dir, kind } of plan) {
    for (const name of filesIn(path.join(root, dir))) {
      const shown = path.posix.join(dir, name);
      if (!MARKDOWN_FILE.test(name)) {
        if (kind || !/^readme/i.test(name)) found.skipped.push(shown);
        continue;
      }
      if (!kind && /^readme\./i.test(name)) continue;
      const read = readSource(realRoot, path.join(root, dir, name));
      found.sources.push(
        'text' in read ? { path: shown, folderKind: kind, text: read.text } : { path: shown, folderKind: kind, text: '', problem: read.problem },
      );
    }
  }
  return found;
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
