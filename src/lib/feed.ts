/**
 * What is new across the site: the latest action plans of all goals, and the items of the
 * RSS feed (news posts and action plans together, newest first).
 */
import type { ActionPlan } from '../schemas/action-plan.ts';
import { periodDay, planId, planLabel } from './periods.ts';
import { postUrl } from './urls.ts';

/** An action plan with the goal it belongs to. */
export interface GoalPlan {
  goal: { title: string; permalink: string };
  plan: ActionPlan;
  /** First day of the month it sorts by (UTC): its publication month, or the last month of its quarter. */
  date: Date;
  /** "January 2021 action plan". */
  label: string;
}

/** Every plan of every goal, newest first; plans of the same month by goal title. */
export function plansNewestFirst(goals: readonly { title: string; permalink: string; actionPlans: readonly ActionPlan[] }[]): GoalPlan[] {
  return goals
    .flatMap((goal) =>
      goal.actionPlans.map((plan) => ({
        goal: { title: goal.title, permalink: goal.permalink },
        plan,
        date: periodDay(plan.period),
        label: planLabel(plan.period),
      })),
    )
    .sort(
      (a, b) =>
        b.date.getTime() - a.date.getTime() || a.goal.title.localeCompare(b.goal.title, 'en') || planId(b.plan.period).localeCompare(planId(a.plan.period)),
    );
}

/** One item of the feed. */
export interface FeedItem {
  title: string;
  /** Site path or absolute URL. */
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * The newest `limit` posts and action plans, newest first (a post before a plan of the same day).
 * `documentHref` turns a plan's document path into the address a reader can open.
 */
export function feedItems(
  posts: readonly { id: string; data: { title: string; date: Date; description: string; tags: readonly string[] } }[],
  goals: readonly { title: string; permalink: string; actionPlans: readonly ActionPlan[] }[],
  limit: number,
  documentHref: (url: string) => string,
): FeedItem[] {
  const news = posts.map((post) => ({
    kind: 0,
    item: {
      title: post.data.title,
      link: postUrl(post.id),
      pubDate: post.data.date,
      description: post.data.description,
      categories: [...post.data.tags],
    },
  }));
  const plans = plansNewestFirst(goals).map(({ goal, plan, date, label }) => ({
    kind: 1,
    item: {
      title: `${goal.title}: ${label}`,
      link: documentHref(plan.document),
      pubDate: date,
      description: `The ${label} of the Cross-Agency Priority goal ${goal.title} was published.`,
      categories: ['Action plan'],
    },
  }));
  return [...news, ...plans]
    .sort((a, b) => b.item.pubDate.getTime() - a.item.pubDate.getTime() || a.kind - b.kind || a.item.title.localeCompare(b.item.title, 'en'))
    .slice(0, limit)
    .map(({ item }) => item);
}

/** The RSS feed of the site: its channel and its newest `limit` items (see {@link feedItems}). */
export function newsFeed(
  posts: Parameters<typeof feedItems>[0],
  goals: Parameters<typeof feedItems>[1],
  limit: number,
  documentHref: (url: string) => string,
): { title: string; description: string; items: FeedItem[] } {
  return {
    title: 'Cross-Agency Priority goals: news and action plans',
    description: 'News about the Cross-Agency Priority goals, and each new action plan as it is published.',
    items: feedItems(posts, goals, limit, documentHref),
  };
}
