import type { ActionPlan } from '../schemas/action-plan.ts';
import { newestFirst } from './periods.ts';

/** The plan offered as "current": the one the goal names, else its newest. */
export function currentPlanDocument(goal: { currentActionPlan?: string; actionPlans: readonly ActionPlan[] }): string | undefined {
  return goal.currentActionPlan ?? newestFirst(goal.actionPlans)[0]?.document;
}

/** File type shown beside a document link, from its extension: "PDF", "DOCX"; undefined for web pages. */
export function documentType(url: string): string | undefined {
  const extension = /\.([a-z0-9]{2,5})$/i.exec(url.split(/[?#]/, 1)[0]!)?.[1]?.toLowerCase();
  return extension && !['html', 'htm', 'php', 'aspx'].includes(extension) ? extension.toUpperCase() : undefined;
}
