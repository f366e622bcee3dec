/**
 * The import of a set of files, without touching the disk: each source is read, recognised,
 * converted, checked against the other goals, and compared with what the output folder holds.
 * The command line (`src/cli/import.ts`) reads the files in and writes the results out.
 */
import path from 'node:path';
import { readEntry } from '../collections/registry.ts';
import { bodyFirstLine, refusedMarkdown } from '../markdown/index.ts';
import { outputName } from './file-names.ts';
import { convertGoalPage } from './goal-page.ts';
import { addressesOf, checkGoalLinks, sharedDocuments, type GoalAddresses } from './goal-links.ts';
import { convertPost } from './post.ts';
import { readLegacyFrontMatter } from './quoted-lines.ts';
import type { Note, SourceFile } from './types.ts';
import { cleanGoal, markdownFile } from './write-front-matter.ts';

export type Status = 'converted' | 'warnings' | 'unchanged' | 'failed' | 'skipped';

export interface FileResult {
  source: string;
  status: Status;
  /** Output path, relative to the output folder. */
  output?: string;
  /** The text to write, when the output must be (re)written. */
  write?: string;
  notes: Note[];
  errors: Note[];
}

export interface ImportInput {
  sources: readonly SourceFile[];
  /** Files found in the source folders that are not Markdown, reported as skipped. */
  skipped?: readonly string[];
  /** Existing output files, by path relative to the output folder. */
  existing: ReadonlyMap<string, string>;
  /** Output paths that are symlinks: existing files that are never read, and only `force` replaces. */
  links?: ReadonlySet<string>;
  /** Addresses of goals already in the output folder that this import does not replace. */
  existingGoals?: readonly GoalAddresses[];
  force: boolean;
}

type Draft =
  | { source: string; kind: 'goal'; output: string; input: Record<string, unknown>; origins: Map<string, string>; notes: Note[] }
  | { source: string; kind: 'post'; output: string; text: string; notes: Note[] }
  | { source: string; kind?: undefined; output?: string; errors: Note[]; notes: Note[] };

function kindOf(layout: unknown, folderKind: SourceFile['folderKind']): 'goal' | 'post' | undefined {
  if (layout === 'cap-goal-page') return 'goal';
  if (layout === 'post') return 'post';
  if (layout === undefined || layout === null) return folderKind;
  return undefined;
}

function draft(source: SourceFile): Draft {
  if (source.problem !== undefined) return { source: source.path, errors: [{ message: source.problem }], notes: [] };
  const named = outputName(path.basename(source.path));
  if (!named.ok) return { source: source.path, errors: [{ message: named.message }], notes: [] };
  const { name } = named;
  const front = readLegacyFrontMatter(source.text);
  if (!front.ok) return { source: source.path, errors: front.problems.map((message) => ({ message })), notes: [] };
  const layout = front.entries.findLast((e) => e.key === 'layout')?.value;
  const kind = kindOf(layout, source.folderKind);
  if (!kind) {
    const what = layout === undefined ? 'no layout key and not in a goal or post folder' : `layout ${JSON.stringify(layout)}`;
    return { source: source.path, errors: [{ message: `neither a goal page nor a post (${what})` }], notes: [] };
  }
  if (kind === 'goal') {
    const goal = convertGoalPage(front.entries, front.prepared);
    const output = `goals/${name}`;
    if (!goal.ok) return { source: source.path, output, errors: goal.errors, notes: goal.notes };
    if (front.body.trim()) goal.notes.push({ message: 'the page body below the front matter was dropped: goal pages show only their front matter' });
    return { source: source.path, kind, output, input: goal.input, origins: goal.origins, notes: goal.notes };
  }
  const post = convertPost(front.entries, front.body, name);
  const output = `posts/${name}`;
  if (!post.ok) return { source: source.path, output, errors: post.errors, notes: post.notes };
  post.notes.push(
    ...refusedMarkdown(front.body, { firstLine: bodyFirstLine(source.text, front.body) }).map(({ line, what }) => ({ message: `line ${line}: ${what}` })),
  );
  return { source: source.path, kind, output, text: markdownFile(post.data, post.body), notes: post.notes };
}

/** The written file must pass the same check as every content file. */
function selfCheck(kind: 'goal' | 'post', text: string): Note[] {
  const entry = readEntry(kind === 'goal' ? 'goals' : 'posts', text);
  return entry.ok
    ? []
    : entry.problems.map(({ field, message }) => ({ ...(field ? { key: field } : {}), message: `internal error, output invalid: ${message}` }));
}

export function importFiles({ sources, skipped = [], existing, links = new Set(), existingGoals = [], force }: ImportInput): FileResult[] {
  const drafts = sources.map(draft);

  const goals = drafts.filter((d): d is Extract<Draft, { kind: 'goal' }> => d.kind === 'goal');
  const imported = goals.map((g) => addressesOf(g.input)).filter((a): a is GoalAddresses => Boolean(a));
  const known = [...imported, ...existingGoals.filter((g) => !imported.some((i) => i.permalink === g.permalink))];
  const documents = new Map<string, string[]>();
  for (const goal of goals) {
    for (const plan of (goal.input.actionPlans as { document?: unknown }[] | undefined) ?? []) {
      if (typeof plan.document === 'string') documents.set(plan.document, [...(documents.get(plan.document) ?? []), goal.output]);
    }
  }

  const outputs = new Map<string, string>();
  const results: FileResult[] = drafts.map((d): FileResult => {
    if (!d.kind) return { source: d.source, status: 'failed', output: d.output, notes: d.notes, errors: d.errors };
    let text: string;
    const notes = [...d.notes];
    if (d.kind === 'goal') {
      notes.push(...checkGoalLinks(d.input, known, d.origins), ...sharedDocuments(d.output, documents, d.input, d.origins));
      text = markdownFile(cleanGoal(d.input));
    } else {
      text = d.text;
    }
    const errors = selfCheck(d.kind, text);
    const earlier = outputs.get(d.output);
    if (earlier) errors.push({ message: `${d.output} is also the output of ${earlier}; rename one of the two` });
    outputs.set(d.output, d.source);
    if (errors.length > 0) return { source: d.source, status: 'failed', output: d.output, notes, errors };
    if (links.has(d.output)) {
      if (!force)
        return {
          source: d.source,
          status: 'failed',
          output: d.output,
          notes,
          errors: [{ message: `${d.output} is a symlink, so counts as an existing file; use --force to replace the link with a regular file` }],
        };
      notes.push({ message: `${d.output} was a symlink; replaced by a regular file (the file it pointed to is untouched)` });
      return { source: d.source, status: 'warnings', output: d.output, write: text, notes, errors };
    }
    const before = existing.get(d.output);
    if (before === text) return { source: d.source, status: 'unchanged', output: d.output, notes, errors };
    if (before !== undefined && !force) {
      return {
        source: d.source,
        status: 'failed',
        output: d.output,
        notes,
        errors: [{ message: `${d.output} exists with different content; use --force to overwrite it` }],
      };
    }
    return { source: d.source, status: notes.length ? 'warnings' : 'converted', output: d.output, write: text, notes, errors };
  });
  return [...results, ...skipped.map((source): FileResult => ({ source, status: 'skipped', notes: [], errors: [] }))];
}
