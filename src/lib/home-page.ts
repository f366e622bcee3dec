/** The view model of the home page: what CAP goals are, a few goals of each category, the latest plans and the latest news. */
import type { ActionPlan } from '../schemas/action-plan.ts';
import { documentType } from './document-links.ts';
import { plansNewestFirst } from './feed.ts';
import { categoryCards, plural, type CardGoal, type CategoryCards } from './goal-cards.ts';
import { fiscalText } from './periods.ts';
import { planUrl } from './plan-pages.ts';
import { newestPostsFirst, postListItem, type ListedPost, type PostListItem } from './news-pages.ts';
import { tagLabels } from './tag-labels.ts';

/** One plan of a list of plans of several goals, ready to render. */
export interface PlanListItem {
  /** "January 2021 action plan". */
  label: string;
  /** The plan's page on this site (which links its document). */
  url: string;
  /** "FY2021 Q2". */
  fiscal: string;
  /** "PDF"; undefined for a web page. */
  type: string | undefined;
  goal: { title: string; url: string };
}

export interface HomePage {
  /** "14 goals in 4 categories". */
  goalsSentence: string;
  /** Each category with a few of its goals. */
  categories: CategoryCards[];
  plans: PlanListItem[];
  posts: PostListItem[];
}

/** How much the home page shows: goal cards per category, plans, posts. */
export interface HomeLimits {
  goalsPerCategory: number;
  plans: number;
  posts: number;
}

/** The home page; `limits` keeps it the same size however many goals, plans and posts the site has. */
export function homePage(goals: readonly (CardGoal & { actionPlans: readonly ActionPlan[] })[], posts: readonly ListedPost[], limits: HomeLimits): HomePage {
  const categories = categoryCards(goals, limits.goalsPerCategory);
  const label = tagLabels(goals);
  return {
    goalsSentence: `${plural(goals.length, 'goal', 'goals')} in ${plural(categories.length, 'category', 'categories')}`,
    categories,
    plans: plansNewestFirst(goals)
      .slice(0, limits.plans)
      .map(({ goal, plan, label }) => ({
        label,
        url: planUrl(goal.permalink, plan.period),
        fiscal: fiscalText(plan.period),
        type: documentType(plan.document),
        goal: { title: goal.title, url: goal.permalink },
      })),
    posts: newestPostsFirst(posts)
      .slice(0, limits.posts)
      .map((post) => postListItem(post, label)),
  };
}
