/**
 * The CSV files: one row per goal (`/data/goals.csv`) and one per action plan (`/data/action-plans.csv`).
 * RFC 4180 (CRLF between records, fields with a comma, quote or line break quoted, quotes doubled),
 * UTF-8 with a header row. A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * prefixed with `'` so a spreadsheet shows it as text instead of running it as a formula (OWASP's
 * advice against CSV injection). `csv-stringify` does the quoting and the prefix.
 */
import { stringify } from 'csv-stringify/sync';
import type { GoalRecord } from './schemas.ts';

type Cell = string | number | null;

/** Rows as RFC 4180 CSV, formula-leading cells neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([header, ...rows] as Cell[][], {
    record_delimiter: 'windows',
    escape_formulas: true,
    // csv-stringify quotes a field holding the record delimiter (CRLF), but a lone LF or CR must be quoted too.
    quoted_match: /[\r\n]/,
    cast: { number: (value) => String(value) },
  });
}

const joined = (items: readonly string[]) => items.join('; ');
const paragraphs = (narrative: GoalRecord['statement']) => (narrative ? [...narrative.paragraphs, ...narrative.bullets].join('\n') : null);

const GOAL_COLUMNS = [
  'id',
  'title',
  'subtitle',
  'category',
  'position',
  'url',
  'data_url',
  'stratml_url',
  'leaders',
  'action_plans',
  'latest_action_plan',
  'latest_action_plan_document_url',
  'kpis',
  'kpi_dashboard_url',
  'statement',
] as const;

/** `/data/goals.csv`: one row per goal, in site order. */
export function goalsCsv(goals: readonly GoalRecord[]): string {
  return toCsv(
    GOAL_COLUMNS,
    goals.map((goal) => {
      const latest = goal.actionPlans[0];
      return [
        goal.id,
        goal.title,
        goal.subtitle,
        goal.category,
        goal.position,
        goal.url,
        goal.dataUrl,
        goal.stratmlUrl,
        joined(goal.leaders.map((leader) => `${leader.name} (${leader.title})`)),
        goal.actionPlans.length,
        latest?.period ?? null,
        latest?.documentUrl ?? null,
        joined(goal.kpis.titles),
        goal.kpis.dashboardUrl,
        paragraphs(goal.statement),
      ];
    }),
  );
}

const PLAN_COLUMNS = [
  'goal_id',
  'goal_title',
  'period',
  'label',
  'fiscal_year',
  'fiscal_quarter',
  'published_month',
  'sort_date',
  'page_url',
  'document_url',
  'document_type',
] as const;

/** `/data/action-plans.csv`: one row per plan, goals in site order, each goal's plans newest first. */
export function plansCsv(goals: readonly GoalRecord[]): string {
  return toCsv(
    PLAN_COLUMNS,
    goals.flatMap((goal) =>
      goal.actionPlans.map((plan) => [
        goal.id,
        goal.title,
        plan.period,
        plan.label,
        plan.fiscalYear,
        plan.fiscalQuarter,
        plan.publishedMonth,
        plan.sortDate,
        plan.pageUrl,
        plan.documentUrl,
        plan.documentType,
      ]),
    ),
  );
}
