import type { ActionPlan } from '../schemas/action-plan.ts';
import { formatPeriodKey, type Period } from '../schemas/period.ts';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "January 2021". */
export function monthYear(period: Period): string {
  return `${MONTH_NAMES[period.month - 1]} ${period.year}`;
}

/** "January 2021 action plan"; quarter plans name their fiscal quarter and when they were published. */
export function planLabel(period: Period): string {
  return period.writtenAs === 'quarter'
    ? `FY${period.fiscalYear} Q${period.fiscalQuarter} action plan, published ${monthYear(period)}`
    : `${monthYear(period)} action plan`;
}

/** Sort key: later publication first; a written month sorts before a quarter plan of the same month. */
function publicationOrder(period: Period): number {
  return period.year * 100 + period.month;
}

/** Plans newest first, without changing the input. */
export function newestFirst<T extends { period: Period }>(plans: readonly T[]): T[] {
  return [...plans].sort((a, b) => publicationOrder(b.period) - publicationOrder(a.period));
}

/** Plans grouped by the calendar year they were published, newest year and newest plan first. */
export function groupByYear<T extends { period: Period }>(plans: readonly T[]): { year: number; plans: T[] }[] {
  const groups: { year: number; plans: T[] }[] = [];
  for (const plan of newestFirst(plans)) {
    const last = groups.at(-1);
    if (last?.year === plan.period.year) last.plans.push(plan);
    else groups.push({ year: plan.period.year, plans: [plan] });
  }
  return groups;
}

/** The plan offered as "current": the one the goal names, else its newest. */
export function currentPlanDocument(goal: { currentActionPlan?: string; actionPlans: readonly ActionPlan[] }): string | undefined {
  return goal.currentActionPlan ?? newestFirst(goal.actionPlans)[0]?.document;
}

/** File type shown beside a document link, from its extension: "PDF", "DOCX"; undefined for web pages. */
export function documentType(url: string): string | undefined {
  const extension = /\.([a-z0-9]{2,5})$/i.exec(url.replace(/[?#][\s\S]*$/, ''))?.[1]?.toLowerCase();
  return extension && !['html', 'htm', 'php', 'aspx'].includes(extension) ? extension.toUpperCase() : undefined;
}

/** A stable id for a plan within its goal, such as `2021-01` or `2018-Q4`. */
export function planId(period: Period): string {
  return formatPeriodKey(period);
}
