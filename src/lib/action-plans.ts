import type { ActionPlan } from '../schemas/action-plan.ts';
import { newestFirst } from './periods.ts';

/** The plan offered as "current": the one the goal names, else its newest. */
export function currentPlanDocument(goal: { currentActionPlan?: string; actionPlans: readonly ActionPlan[] }): string | undefined {
  return goal.currentActionPlan ?? newestFirst(goal.actionPlans)[0]?.document;
}
