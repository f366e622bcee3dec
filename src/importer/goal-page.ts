/**
 * One legacy goal page → structured goal input, through the site's own mapping module
 * (`legacy/goal-keys.ts`), with every repair and every dropped value reported.
 */
import { mapLegacyGoal } from '../legacy/goal-keys.ts';
import { resolveDuplicates } from './duplicates.ts';
import type { FrontMatterEntry } from '../collections/front-matter.ts';
import { dropPlaceholders } from './placeholders.ts';
import { noteMissingAltText, repairDates, repairLineBreaks, repairNames, repairPaths, repairSplitTitle } from './repairs.ts';
import { fitToGoalSchema } from './schema-fit.ts';
import type { Note } from './types.ts';

export type GoalDraft =
  { ok: true; input: Record<string, unknown>; origins: Map<string, string>; notes: Note[] } | { ok: false; errors: Note[]; notes: Note[] };

export function convertGoalPage(entries: readonly FrontMatterEntry[], unindented: readonly string[]): GoalDraft {
  const { record, entries: kept, notes } = resolveDuplicates(entries);
  const multiline = new Set([...unindented, ...[...kept.values()].filter((e) => e.multiline).map((e) => e.key)]);
  notes.push(
    ...repairLineBreaks(record, multiline),
    ...dropPlaceholders(record),
    ...repairPaths(record),
    ...repairDates(record),
    ...repairNames(record),
    ...repairSplitTitle(record),
    ...noteMissingAltText(record),
  );

  const mapped = mapLegacyGoal(record);
  for (const key of mapped.emptyKeys) notes.push({ key, message: 'empty, so treated as absent (as the legacy site did)' });
  for (const issue of mapped.issues) notes.push({ key: issue.key, message: `${issue.message}; dropped` });
  for (const issue of mapped.dropped) notes.push({ key: issue.key, message: `dropped: ${issue.message}` });

  const fitted = fitToGoalSchema(mapped.input, mapped.origins);
  notes.push(...fitted.notes);
  if (!fitted.ok) return { ok: false, errors: fitted.errors, notes };
  return { ok: true, input: mapped.input, origins: mapped.origins, notes };
}
