/** The view model of the home page: the goals by group, the latest plans and the latest news. */
import type { ActionPlan } from '../schemas/action-plan.ts';
import { documentType } from './document-links.ts';
import { plansNewestFirst } from './feed.ts';
import { groupByCategory, type OrderedGoal } from './goal-order.ts';
import { newestPostsFirst, postListItem, type ListedPost, type PostListItem } from './news-pages.ts';
import { OVERVIEW_PATH } from './urls.ts';

/** One plan of a list of plans of several goals, ready to render. */
export interface PlanListItem {
  /** "January 2021 action plan". */
  label: string;
  /** Where the document link goes (see `documentHref`). */
  href: string;
  /** "PDF"; undefined for a web page. */
  type: string | undefined;
  goal: { title: string; url: string };
}

export interface HomePage {
  /** "There are 5 goals in 2 groups:". */
  goalsSentence: string;
  /** Each group with its place on the overview and "3 goals". */
  groups: { name: string; url: string; count: string }[];
  plans: PlanListItem[];
  posts: PostListItem[];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The home page. `documentHref` turns a plan's document into the address a reader follows;
 * `latest` says how many plans and posts to show.
 */
export function homePage(
  goals: readonly (OrderedGoal & { actionPlans: readonly ActionPlan[] })[],
  posts: readonly ListedPost[],
  documentHref: (url: string) => string,
  latest: { plans: number; posts: number } = { plans: 5, posts: 3 },
): HomePage {
  const groups = groupByCategory(goals);
  return {
    goalsSentence: `There ${goals.length === 1 ? 'is' : 'are'} ${plural(goals.length, 'goal', 'goals')} in ${plural(groups.length, 'group', 'groups')}:`,
    groups: groups.map((group) => ({ name: group.category, url: `${OVERVIEW_PATH}#${group.id}`, count: plural(group.goals.length, 'goal', 'goals') })),
    plans: plansNewestFirst(goals)
      .slice(0, latest.plans)
      .map(({ goal, plan, label }) => ({
        label,
        href: documentHref(plan.document),
        type: documentType(plan.document),
        goal: { title: goal.title, url: goal.permalink },
      })),
    posts: newestPostsFirst(posts).slice(0, latest.posts).map(postListItem),
  };
}
