/** The JSON files: every goal (`/data/goals.json`) and each goal alone (`goal.json` beside its page). */
import { checkedExport } from './check.ts';
import { GOALS_JSON_PATH, SCHEMA_PATH } from './paths.ts';
import type { OpenDataSet } from './records.ts';
import { goalFileSchema, goalsFileSchema, type GoalFile, type GoalRecord, type GoalsFile, type SchemaName } from './schemas.ts';

/** The address of a published JSON Schema. */
export function schemaUrl(site: URL, name: SchemaName): string {
  return new URL(`${SCHEMA_PATH}${name}`, site).href;
}

/** `/data/goals.json`, checked against its schema. */
export function goalsFile(data: OpenDataSet): GoalsFile {
  return checkedExport(GOALS_JSON_PATH, goalsFileSchema, {
    $schema: schemaUrl(data.site, 'goals.schema.json'),
    modified: data.modified,
    site: data.site.href,
    count: data.goals.length,
    goals: data.goals,
  });
}

/** One goal's `goal.json`, checked against its schema. */
export function goalFile(data: OpenDataSet, goal: GoalRecord): GoalFile {
  return checkedExport(new URL(goal.dataUrl).pathname, goalFileSchema, {
    $schema: schemaUrl(data.site, 'goal.schema.json'),
    modified: goal.actionPlans[0]?.sortDate ?? data.modified,
    site: data.site.href,
    goal,
  });
}

/** A JSON file's body: two-space indented, so a reader can open it, with a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
