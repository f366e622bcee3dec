/**
 * How schema issues read to an editor: list positions counted from 1 (`resources[1].url`), and an
 * unknown key named on its own with the nearest known key (`tittle: unknown key; did you mean "title"?`).
 */
import { z } from 'astro/zod';
import { nearest } from './suggest.ts';

/** A field's path as editors count: `resources[1].url` for the first resource's address. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part + 1}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

/** The keys an object schema at `path` accepts, looking through optional, default, list and union wrappers. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let candidates: z.ZodType[] = [schema];
  for (const part of [...path, undefined]) {
    const expanded: z.ZodType[] = [];
    const open = (s: unknown): void => {
      if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) open(s.unwrap());
      else if (s instanceof z.ZodPipe) open(s.in);
      else if (s instanceof z.ZodUnion) (s.options as unknown[]).forEach(open);
      else if (s instanceof z.ZodType) expanded.push(s);
    };
    candidates.forEach(open);
    if (part === undefined) {
      candidates = expanded;
      break;
    }
    candidates = expanded.flatMap((s): z.ZodType[] => {
      if (typeof part === 'number' && s instanceof z.ZodArray) return [s.element as z.ZodType];
      if (typeof part === 'string' && s instanceof z.ZodObject) {
        const field = (s.shape as Record<string, z.ZodType>)[part];
        return field ? [field] : [];
      }
      return [];
    });
  }
  return candidates.flatMap((s) => (s instanceof z.ZodObject ? Object.keys(s.shape as object) : []));
}

/** A schema issue in the form content tools report: the path it names and the message. */
export interface FieldIssue {
  path: PropertyKey[];
  message: string;
}

/** The branch of a failed union that matched the value's kind (its errors are not "expected text" at the top). */
function closestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  return branches.find((errors) => !errors.some((e) => e.path.length === 0 && e.code === 'invalid_type'));
}

/**
 * The issues of a failed parse as editors should read them: an unrecognised-keys issue becomes one
 * "did you mean" issue per key, and a union (text, or a group) reports the problems of the group.
 */
export function editorIssues(schema: z.ZodType, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const branch = closestBranch(issue.errors);
      if (branch) return editorIssues(schema, branch, path);
    }
    if (issue.code !== 'unrecognized_keys') return [{ path, message: issue.message }];
    const known = keysAt(schema, path);
    return issue.keys.map((key) => {
      const suggestion = nearest(key, known);
      return { path: [...path, key], message: suggestion ? `unknown key; did you mean "${suggestion}"?` : 'unknown key' };
    });
  });
}

/** Adds the issues of a failed parse of `schema` to `ctx` as editors should read them, each path passed through `rename`. */
export function reportInto<T>(
  ctx: z.RefinementCtx,
  schema: z.ZodType,
  result: z.ZodSafeParseResult<T>,
  rename: (path: PropertyKey[]) => PropertyKey[] = (path) => path,
): T {
  if (result.success) return result.data;
  for (const issue of editorIssues(schema, result.error.issues)) ctx.addIssue({ code: 'custom', path: rename(issue.path), message: issue.message });
  return z.NEVER;
}

/** A content file's front matter checked against `schema`, with issues as editors should read them. */
export function entrySchema<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((raw, ctx): z.output<T> => reportInto(ctx, schema, schema.safeParse(raw) as z.ZodSafeParseResult<z.output<T>>));
}
