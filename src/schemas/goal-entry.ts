import { z } from 'astro/zod';
import { isLegacyGoal, legacyKeyFor, mapLegacyGoal } from '../legacy/goal-keys.ts';
import { goalSchema, type Goal } from './goal.ts';
import { reportInto } from './issues.ts';

/**
 * A goal file in either format. Legacy Jekyll front matter is mapped first; every problem,
 * whether from the mapping or the structured schema, is reported at once under the key
 * the editor actually wrote (`resource-2-url`, not `resources.0.url`).
 */
export const goalEntrySchema = z.unknown().transform((raw, ctx): Goal => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    ctx.addIssue({ code: 'custom', message: 'expected front matter with keys and values' });
    return z.NEVER;
  }
  const record = raw as Record<string, unknown>;
  if (!isLegacyGoal(record)) return reportInto(ctx, goalSchema, goalSchema.safeParse(record));

  const legacy = mapLegacyGoal(record);
  for (const issue of legacy.issues) ctx.addIssue({ code: 'custom', path: [issue.key], message: issue.message });
  return reportInto(ctx, goalSchema, goalSchema.safeParse(legacy.input), (path) => {
    const key = legacyKeyFor(path, legacy.origins);
    return key ? [key] : path;
  });
});
