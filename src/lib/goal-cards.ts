/**
 * Goals as cards and categories as groups of cards, shared by the home page and the overview:
 * each card has the goal's icon, title, one-sentence statement and latest action plan.
 */
import type { ActionPlan } from '../schemas/action-plan.ts';
import { categoryIconName, goalIcon, inlineIcon, type GoalIcon, type InlineIcon } from './icons.ts';
import { goalSummary, groupByCategory, UNCATEGORISED, type OrderedGoal } from './goal-order.ts';
import { newestFirst, planLabel } from './periods.ts';
import { planUrl } from './plan-pages.ts';
import { categoryUrl } from './urls.ts';

/** What a card needs to know about a goal. */
export type CardGoal = OrderedGoal & {
  icon?: string | undefined;
  uswdsIcon?: string | undefined;
  subtitle?: string | undefined;
  statement?: { paragraphs: readonly string[] } | undefined;
  actionPlans: readonly ActionPlan[];
};

/** One goal as a card, ready to render. */
export interface GoalCard {
  title: string;
  url: string;
  icon: GoalIcon;
  /** The first sentence of its statement, or its subtitle. */
  summary: string | undefined;
  /** Its newest action plan's page: "January 2021 action plan". */
  latestPlan: { label: string; url: string } | undefined;
}

/** A goal as a card. */
export function goalCard(goal: CardGoal): GoalCard {
  const latest = newestFirst(goal.actionPlans)[0];
  return {
    title: goal.title,
    url: goal.permalink,
    icon: goalIcon(goal),
    summary: goalSummary(goal),
    latestPlan: latest && { label: planLabel(latest.period), url: planUrl(goal.permalink, latest.period) },
  };
}

/** One sentence on what each category holds, in plain words. */
const CATEGORY_BLURBS: Readonly<Record<string, string>> = {
  'Key Drivers of Transformation': 'The foundations every agency builds on: modern technology, good use of data, and a skilled workforce.',
  'Cross-Cutting Priority Areas': 'Ways of working that cross agency lines: better service to the public, shared services, and time spent where it matters.',
  'Functional Priority Areas': 'How government buys, pays, gives grants and tracks what it spends.',
  'Mission Priority Areas': 'Goals tied to a particular mission, from permits for roads and bridges to research that reaches the market.',
  [UNCATEGORISED]: 'Goals not yet placed in one of the four groups of the President’s Management Agenda.',
};

/** A category as lists of categories show it: name, icon, what it holds, how many goals and where they all are. */
export interface CategorySummary {
  name: string;
  /** Fragment and path id: `mission-priority-areas`. */
  id: string;
  /** The first page of the category's goals. */
  url: string;
  icon: InlineIcon;
  blurb: string;
  /** "3 goals". */
  count: string;
}

export const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** A category with up to `shown` of its goals as cards, in site order, and a link to all of them when some are left out. */
export interface CategoryCards extends CategorySummary {
  goals: GoalCard[];
  /** "All 12 goals in Mission Priority Areas", when not every goal is shown. */
  more: { text: string; url: string } | undefined;
}

/** The goals grouped by category (agenda order), each group bounded to `shown` cards so the page stays the same size as the site grows. */
export function categoryCards(goals: readonly CardGoal[], shown: number): CategoryCards[] {
  return groupByCategory(goals).map((group) => {
    const total = group.goals.length;
    const summary = categorySummary(group.category, group.id, total);
    return {
      ...summary,
      goals: group.goals.slice(0, shown).map(goalCard),
      more: total > shown ? { text: `All ${plural(total, 'goal', 'goals')} in ${group.category}`, url: summary.url } : undefined,
    };
  });
}

/** A category's name, icon, blurb, count and address. */
export function categorySummary(category: string, id: string, total: number): CategorySummary {
  return {
    name: category,
    id,
    url: categoryUrl(id),
    icon: inlineIcon(categoryIconName(category)),
    blurb: CATEGORY_BLURBS[category] ?? '',
    count: plural(total, 'goal', 'goals'),
  };
}
