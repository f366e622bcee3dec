import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readFrontMatter } from '../collections/front-matter.ts';
import { COLLECTIONS, COLLECTION_NAMES, parseEntry, type CollectionName, type EntryProblem } from '../collections/registry.ts';
import { decodeContentFile } from '../collections/text-rules.ts';
import { isLegacyGoal, legacyKeyFor, mapLegacyGoal } from '../legacy/goal-keys.ts';
import { describeClaimant, findCollisions, siteClaims, type AddressInput } from '../lib/site-addresses.ts';
import { refusedMarkdown } from '../markdown/index.ts';
import { fieldPath } from '../schemas/issues.ts';
import { LIMITS } from '../schemas/limits.ts';
import { checkSiteFiles } from './site-files.ts';

export interface Problem {
  /** The file, relative to the folder checked. */
  file: string;
  /** The field as written in the file, or undefined for the whole file. */
  field?: string | undefined;
  message: string;
}

/** Something the build goes on without, which the editor should know was dropped. */
export interface Warning {
  file: string;
  /** Line in the file, from 1. */
  line?: number | undefined;
  message: string;
}

export interface CheckOptions {
  /** Folders whose files the site publishes as they are (`public/`); their files claim addresses too. */
  publicDirs?: readonly string[];
}

/** Markdown files under another name the site would silently skip. */
const MARKDOWN_LIKE = /\.(md|markdown|mdown|mkdn?|mdx)$/i;
/** A content file name that can become part of an address (a post's file name is its address). */
const CLEAN_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*\.md$/;

interface Read {
  file: string;
  raw: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

/**
 * Checks every goal and post under `contentDir` with the same schemas the site uses, the text and
 * files they hold, and the address registry they make up. Problems stop the build; warnings do not.
 */
export async function checkContent(contentDir: string, options: CheckOptions = {}): Promise<{ files: number; problems: Problem[]; warnings: Warning[] }> {
  const problems: Problem[] = [];
  const warnings: Warning[] = [];
  let files = 0;
  const goals: AddressInput['goals'][number][] = [];
  const posts: AddressInput['posts'][number][] = [];

  for (const name of COLLECTION_NAMES) {
    for await (const read of readCollection(contentDir, name, problems)) {
      files++;
      const report = (entryProblems: readonly EntryProblem[]) => problems.push(...entryProblems.map((problem) => ({ file: read.file, ...problem })));
      if (name === 'goals') {
        const entry = parseEntry('goals', read.raw);
        if (!entry.ok) {
          report(entry.problems);
          continue;
        }
        const goal = entry.data;
        goals.push({
          file: read.file,
          permalink: goal.permalink,
          redirects: redirectFields(read.raw, goal.redirectFrom),
          actionPlans: goal.actionPlans,
          kpis: goal.kpis,
        });
      } else {
        const entry = parseEntry('posts', read.raw);
        if (!entry.ok) {
          report(entry.problems);
          continue;
        }
        for (const { line, what } of refusedMarkdown(read.body, { firstLine: read.bodyLine })) warnings.push({ file: read.file, line, message: what });
        const id = path.basename(read.file, '.md');
        posts.push({ file: read.file, id, redirects: entry.data.redirectFrom.map((from, i) => ({ from, field: fieldPath(['redirectFrom', i]) })) });
      }
    }
  }

  const siteFiles = await checkSiteFiles([path.join(contentDir, 'assets'), ...(options.publicDirs ?? [])], contentDir);
  problems.push(...siteFiles.problems);

  for (const { address, first, second } of findCollisions(siteClaims({ goals, posts, publicFiles: siteFiles.publicAddresses }))) {
    const where = second.file ? { file: second.file, field: second.field } : { file: first.file ?? '', field: first.field };
    const other = second.file ? first : second;
    problems.push({ ...where, message: `address ${address} is already used by ${describeClaimant(other)}; choose another` });
  }
  return { files, problems, warnings };
}

/** Reads, decodes and parses the front matter of each `.md` file of one collection folder in turn, so only one file's front matter is held at a time. */
async function* readCollection(contentDir: string, name: CollectionName, problems: Problem[]): AsyncGenerator<Read> {
  const { folder } = COLLECTIONS[name];
  const dir = path.join(contentDir, folder);
  const entries = (await readdir(dir, { withFileTypes: true }).catch(() => [])).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (entry.name.startsWith('.') || !MARKDOWN_LIKE.test(entry.name)) continue;
    if (!entry.name.endsWith('.md')) {
      problems.push({ file, message: `the site reads only files ending in ".md"; rename it to ${JSON.stringify(entry.name.replace(MARKDOWN_LIKE, '.md'))}` });
      continue;
    }
    if (!CLEAN_FILE_NAME.test(entry.name)) {
      problems.push({ file, message: 'file name: use only letters, digits, "-", "_" and "." (it becomes part of an address)' });
      continue;
    }
    const info = await lstat(path.join(dir, entry.name));
    if (!info.isFile()) {
      problems.push({ file, message: info.isSymbolicLink() ? 'must be a regular file, not a link to another file' : 'must be a regular file' });
      continue;
    }
    if (info.size > LIMITS.contentFileBytes) {
      problems.push({
        file,
        message: `the file is ${info.size.toLocaleString('en-US')} bytes; the limit is ${LIMITS.contentFileBytes.toLocaleString('en-US')}`,
      });
      continue;
    }
    const decoded = decodeContentFile(await readFile(path.join(dir, entry.name)));
    if (!decoded.ok) {
      problems.push(...decoded.problems.map((message) => ({ file, message })));
      continue;
    }
    const front = readFrontMatter(decoded.text);
    if (!front.ok) {
      problems.push(...front.problems.map((message) => ({ file, message })));
      continue;
    }
    if (typeof front.data !== 'object' || front.data === null || Array.isArray(front.data)) {
      problems.push({ file, message: 'front matter: expected keys and values' });
      continue;
    }
    yield { file, raw: front.data as Record<string, unknown>, body: front.body, bodyLine: front.bodyLine };
  }
}

/** Each old address of a goal with the field the editor wrote it in (`redirect_from`, `url` or `redirectFrom[1]`). */
function redirectFields(raw: Record<string, unknown>, redirectFrom: readonly string[]): { from: string; field: string }[] {
  const origins = isLegacyGoal(raw) ? mapLegacyGoal(raw).origins : undefined;
  return redirectFrom.map((from, i) => ({ from, field: (origins && legacyKeyFor(['redirectFrom', i], origins)) ?? fieldPath(['redirectFrom', i]) }));
}

/** One line per problem: `goals/cx.md: resource-2-url: expected ...`. */
export function formatProblem(root: string, problem: Problem): string {
  const where = path.join(root, problem.file);
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** One line per warning: `posts/x.md:12: raw HTML <script> is not published`. */
export function formatWarning(root: string, warning: Warning): string {
  const where = path.join(root, warning.file);
  return `${warning.line ? `${where}:${warning.line}` : where}: warning: ${warning.message}`;
}
