/**
 * The check every JSON export passes before the build writes it: the same zod schema its published
 * JSON Schema comes from. A failure throws one line naming the file and the field, which stops the
 * build like any other content error.
 */
import type { z } from 'astro/zod';

/** `goals[2].actionPlans[0].documentUrl`: a zod issue's path as a reader writes it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(the whole file)'
  );
}

/** `value` when it fits `schema`; otherwise throws `Open data export /data/goals.json: goals[2].url: expected an absolute http(s) address, got "mailto:…"`. */
export function checkedExport<S extends z.ZodType>(file: string, schema: S, value: z.output<S>): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [first, ...others] = result.error.issues;
  // One problem per field: a value can break two rules of the same field.
  const rest = new Set(others.map((issue) => fieldPath(issue.path)).filter((field) => field !== fieldPath(first?.path ?? [])));
  const more = rest.size === 0 ? '' : ` (and problems in ${rest.size} more field${rest.size === 1 ? '' : 's'})`;
  const shown = first && JSON.stringify(valueAt(value, first.path));
  throw new Error(
    `Open data export ${file}: ${fieldPath(first?.path ?? [])}: ${first?.message ?? 'invalid'}${shown === undefined ? '' : `, got ${shown}`}${more}`,
  );
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}
