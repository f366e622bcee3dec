/**
 * The open data's one pass over the goals: each goal, with its plans, leaders and indicators, as a
 * record every export (JSON, CSV, StratML) is written from. Linear in the number of goals and plans;
 * every address is made absolute against the site's origin.
 */
import type { Goal } from '../../schemas/goal.ts';
import type { Narrative } from '../../schemas/text.ts';
import { siteOrder } from '../goal-order.ts';
import { goalPagesContext, type GoalPagesContext, type GoalPost } from '../goal-page.ts';
import { periodDay, planId, publishedMonthKey } from '../periods.ts';
import type { PlanPage } from '../plan-pages.ts';
import { goalJsonPath, goalRouteParam, goalStratmlPath } from './paths.ts';
import type { GoalRecord, PlanRecord } from './schemas.ts';

/** What every export is written from. */
export interface OpenDataSet {
  /** The site's origin, e.g. `https://cap-goals.example.gov/`. */
  site: URL;
  /** Every goal, in site order. */
  goals: GoalRecord[];
  /** The newest plan's sort day, or `today` when no goal has a plan: `YYYY-MM-DD`. */
  modified: string;
}

export interface OpenDataOptions {
  site: URL;
  today: Date;
  /** Where a document link goes (the archive rule); the site's own unless a test says otherwise. */
  documentHref?: (url: string) => string;
}

/** Builds the records of every goal from the content. */
export function openDataSet(goals: readonly Goal[], posts: readonly GoalPost[], options: OpenDataOptions): OpenDataSet {
  const context = goalPagesContext(goals, posts, {
    today: options.today,
    ...(options.documentHref ? { documentHref: options.documentHref } : {}),
  });
  return openDataFromContext(context, options);
}

/** Builds the records of every goal from the goal pages' context (final addresses, plan pages, the document rule), so the data says what the pages say. */
export function openDataFromContext(context: GoalPagesContext, options: { site: URL; today?: Date }): OpenDataSet {
  const absolute = (address: string) => new URL(address, options.site).href;
  const records = siteOrder(context.goals).map((goal, index) =>
    goalRecord(goal, index + 1, context.plans.get(goal.permalink) ?? [], (url) => absolute(context.documentHref(url)), absolute),
  );
  const newest = records.flatMap((goal) => goal.actionPlans.map((plan) => plan.sortDate)).reduce((a, b) => (b > a ? b : a), '');
  return { site: options.site, goals: records, modified: newest || (options.today ?? context.today).toISOString().slice(0, 10) };
}

function goalRecord(
  goal: Goal,
  position: number,
  plans: readonly PlanPage[],
  documentUrl: (url: string) => string,
  absolute: (address: string) => string,
): GoalRecord {
  return {
    id: goalRouteParam(goal.permalink),
    title: goal.title,
    subtitle: goal.subtitle ?? null,
    category: goal.category ?? null,
    position,
    url: absolute(goal.permalink),
    dataUrl: absolute(goalJsonPath(goal.permalink)),
    stratmlUrl: absolute(goalStratmlPath(goal.permalink)),
    statement: narrativeRecord(goal.statement),
    challenge: narrativeRecord(goal.challenge),
    opportunity: narrativeRecord(goal.opportunity),
    leaders: goal.leaders.map((leader) => ({ name: leader.name, title: leader.title })),
    actionPlans: plans.map((plan) => planRecord(plan, documentUrl, absolute)),
    kpis: {
      titles: (goal.kpis?.titles ?? []).map((kpi) => kpi.name),
      indicators: (goal.kpis?.titles ?? []).map((kpi) => ({
        name: kpi.name,
        unit: kpi.unit ?? null,
        values: [...kpi.values]
          .sort((a, b) => periodDay(a.period).getTime() - periodDay(b.period).getTime())
          .map((entry) => ({
            period: planId(entry.period),
            fiscalYear: entry.period.fiscal.fiscalYear,
            fiscalQuarter: entry.period.fiscal.quarter,
            value: entry.value,
            target: entry.target ?? null,
          })),
      })),
      dashboardUrl: goal.kpis?.dashboardUrl === undefined ? null : documentUrl(goal.kpis.dashboardUrl),
    },
    resources: goal.resources.map((resource) => ({ name: resource.name, url: documentUrl(resource.url) })),
  };
}

function planRecord(plan: PlanPage, documentUrl: (url: string) => string, absolute: (address: string) => string): PlanRecord {
  return {
    period: plan.id,
    label: plan.label,
    fiscalYear: plan.period.fiscal.fiscalYear,
    fiscalQuarter: plan.period.fiscal.quarter,
    publishedMonth: publishedMonthKey(plan.period) ?? null,
    sortDate: plan.date,
    pageUrl: absolute(plan.url),
    documentUrl: documentUrl(plan.document),
    documentType: plan.documentType ?? null,
  };
}

function narrativeRecord(narrative: Narrative | undefined): GoalRecord['statement'] {
  return narrative ? { paragraphs: [...narrative.paragraphs], bullets: [...narrative.bullets] } : null;
}
