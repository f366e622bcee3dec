/**
 * Fits mapped goal input to the structured schema. A value that is still invalid after repair is
 * dropped with the schema's reason (a list item goes whole: a resource without a usable address,
 * a leader without a title); only a missing or invalid title or permalink fails the file.
 */
import { legacyKeyFor } from '../legacy/goal-keys.ts';
import { goalSchema } from '../schemas/goal.ts';
import { fieldPath } from '../schemas/issues.ts';
import type { Note } from './types.ts';

const REQUIRED = new Set(['title', 'permalink']);

/** The part of `path` to drop: up to and including the first list index, else the whole path. */
function droppable(path: readonly PropertyKey[]): PropertyKey[] {
  const index = path.findIndex((part) => typeof part === 'number');
  return index >= 0 ? path.slice(0, index + 1) : [...path];
}

function remove(target: Record<string, unknown>, path: readonly PropertyKey[]): boolean {
  let node: unknown = target;
  for (const part of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  const last = path.at(-1);
  if (last === undefined) return false;
  if (Array.isArray(node) && typeof last === 'number') {
    if (last >= node.length) return false;
    node.splice(last, 1);
    return true;
  }
  if (typeof node !== 'object' || node === null || !(last in node)) return false;
  delete (node as Record<PropertyKey, unknown>)[last];
  return true;
}

export type Fitted = { ok: true; notes: Note[] } | { ok: false; errors: Note[]; notes: Note[] };

/** Changes `input` in place until the schema accepts it, or says why it cannot. */
export function fitToGoalSchema(input: Record<string, unknown>, origins: Map<string, string>): Fitted {
  const notes: Note[] = [];
  for (let attempt = 0; attempt < 100; attempt++) {
    const result = goalSchema.safeParse(input);
    if (result.success) return { ok: true, notes };
    const keyOf = (path: readonly PropertyKey[]) => legacyKeyFor(path, origins) ?? fieldPath(path);
    const fatal = result.error.issues.filter((issue) => REQUIRED.has(String(issue.path[0])));
    if (fatal.length > 0) return { ok: false, errors: fatal.map((issue) => ({ key: keyOf(issue.path), message: issue.message })), notes };
    const [issue] = result.error.issues;
    if (!issue) return { ok: false, errors: [{ key: 'front matter', message: 'refused by the schema without a reason' }], notes };
    const path = droppable(issue.path);
    // A group that is still invalid once its bad member is gone (a quote without text) goes whole.
    const target = remove(input, path) ? path : issue.path.slice(0, 1);
    if (target !== path && !remove(input, target)) return { ok: false, errors: [{ key: keyOf(issue.path), message: issue.message }], notes };
    notes.push({ key: keyOf(issue.path), message: `${issue.message}: dropped${target.length < issue.path.length ? ` ${fieldPath(target)}` : ''}` });
    // Empty lists and groups left behind mean absent.
    for (const [key, value] of Object.entries(input)) {
      if (Array.isArray(value) ? value.length === 0 : typeof value === 'object' && value !== null && Object.keys(value).length === 0) delete input[key];
    }
  }
  return { ok: false, errors: [{ message: 'too many invalid values' }], notes };
}
