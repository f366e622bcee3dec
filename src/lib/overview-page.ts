/** The view model of the goals overview: every goal, in site order, by category. */
import { goalSummary, groupByCategory, type OrderedGoal } from './goal-order.ts';

/** One goal of a list of goals, ready to render. */
export interface GoalListItem {
  title: string;
  url: string;
  /** Site path of its icon; a neutral icon is shown when absent. */
  icon: string | undefined;
  /** The first sentence of its statement, or its subtitle. */
  summary: string | undefined;
}

export interface OverviewPage {
  groups: { name: string; id: string; count: number; goals: GoalListItem[] }[];
}

type OverviewGoal = OrderedGoal & { icon?: string | undefined; subtitle?: string | undefined; statement?: { paragraphs: readonly string[] } | undefined };

/** The overview: the goals grouped by category, each with its icon and summary. */
export function overviewPage(goals: readonly OverviewGoal[]): OverviewPage {
  return {
    groups: groupByCategory(goals).map((group) => ({
      name: group.category,
      id: group.id,
      count: group.goals.length,
      goals: group.goals.map((goal) => ({ title: goal.title, url: goal.permalink, icon: goal.icon, summary: goalSummary(goal) })),
    })),
  };
}
