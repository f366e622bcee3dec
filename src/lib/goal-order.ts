/**
 * The site order of the goals, computed once: the overview's groups and every goal page's
 * previous/next links come from here.
 */
import { GOAL_CATEGORIES } from '../schemas/goal.ts';
import { OVERVIEW_PATH, withoutTrailingSlash } from './urls.ts';

type Category = (typeof GOAL_CATEGORIES)[number];

/** A link as the previous/next navigation shows it. */
export interface GoalLink {
  name: string;
  url: string;
}

/** What ordering needs to know about a goal. */
export interface OrderedGoal {
  title: string;
  permalink: string;
  redirectFrom: readonly string[];
  category?: Category | undefined;
  order?: number | undefined;
  previous?: GoalLink | undefined;
  next?: GoalLink | undefined;
}

/** Heading of the group of goals that name no category. */
export const UNCATEGORISED = 'Other goals';

/** The link at both ends of the chain: the first goal's previous and the last goal's next. */
export const OVERVIEW_LINK: GoalLink = { name: 'Goals overview', url: OVERVIEW_PATH };

function categoryRank(category: Category | undefined): number {
  return category === undefined ? GOAL_CATEGORIES.length : GOAL_CATEGORIES.indexOf(category);
}

/**
 * Goals in site order: by category (in the order of the President's Management Agenda, goals
 * without one last), then `order` (goals without one after those with one), then title, then
 * permalink, so the result never depends on the order files were read in.
 */
export function siteOrder<T extends OrderedGoal>(goals: readonly T[]): T[] {
  return [...goals].sort(
    (a, b) =>
      categoryRank(a.category) - categoryRank(b.category) ||
      (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
      a.title.localeCompare(b.title, 'en') ||
      a.permalink.localeCompare(b.permalink, 'en'),
  );
}

/** A group of the overview: a category and its goals in site order. */
export interface CategoryGroup<T> {
  category: string;
  /** Fragment id of the group's heading on the overview, e.g. `key-drivers-of-transformation`. */
  id: string;
  goals: T[];
}

/** Goals grouped by category, the four categories in agenda order, empty ones left out; uncategorised goals last. */
export function groupByCategory<T extends OrderedGoal>(goals: readonly T[]): CategoryGroup<T>[] {
  const groups: CategoryGroup<T>[] = [];
  for (const goal of siteOrder(goals)) {
    const category = goal.category ?? UNCATEGORISED;
    const last = groups.at(-1);
    if (last?.category === category) last.goals.push(goal);
    else groups.push({ category, id: categoryId(category), goals: [goal] });
  }
  return groups;
}

/** `Key Drivers of Transformation` → `key-drivers-of-transformation`. */
export function categoryId(category: string): string {
  return category.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The first sentence of the goal statement, for lists of goals; the subtitle when there is no statement. */
export function goalSummary(goal: { subtitle?: string | undefined; statement?: { paragraphs: readonly string[] } | undefined }): string | undefined {
  const first = goal.statement?.paragraphs[0];
  if (!first) return goal.subtitle;
  // A sentence ends at . ! or ? followed by a space and a capital letter or digit (so "U.S. Digital" stays whole).
  const end = /[.!?](?=\s+["“‘(]?[A-Z0-9])(?<!\b[A-Z]\.)(?<!\b(?:e\.g|i\.e|etc|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|No|Mr|Ms|Dr|St)\.)/.exec(first);
  return end ? first.slice(0, end.index + 1) : first;
}

export interface GoalNavigation {
  /** Previous and next link of each goal, by permalink. */
  links: Map<string, { previous: GoalLink; next: GoalLink }>;
  /** The goals in the order the chain visits them. */
  chain: string[];
  /** Explicit links that were set aside or could not be honoured, one sentence each. */
  problems: string[];
}

/**
 * Previous/next links for every goal. The chain follows the site order and visits every goal
 * once, from the overview back to the overview. An explicit `previous`/`next` in a goal's
 * content wins for that goal, and the chain is threaded through it: `next: /CAP/leveragingdata`
 * on one goal puts that goal's target right after it, `previous: /CAP/overview/` makes it
 * first. An explicit link that points at no goal (by permalink or old address) or the overview
 * is set aside for the computed one; one that contradicts another explicit link is kept as
 * written but reported, since the chain can then no longer visit every goal.
 */
export function goalNavigation(goals: readonly OrderedGoal[]): GoalNavigation {
  const ordered = siteOrder(goals);
  const problems: string[] = [];
  const byAddress = new Map<string, OrderedGoal>();
  for (const goal of ordered) {
    for (const address of [goal.permalink, ...goal.redirectFrom]) byAddress.set(withoutTrailingSlash(address), goal);
  }
  const OVERVIEW = Symbol('overview');
  const target = (link: GoalLink | undefined, goal: OrderedGoal, key: 'previous' | 'next') => {
    if (!link) return undefined;
    if (withoutTrailingSlash(link.url) === withoutTrailingSlash(OVERVIEW_PATH)) return OVERVIEW;
    const found = byAddress.get(withoutTrailingSlash(link.url));
    if (found && found !== goal) return found;
    problems.push(`${goal.permalink}: ${key} link ${link.url} points at ${found ? 'the goal itself' : 'no goal'}; the computed link is used`);
    return undefined;
  };

  // Explicit links as constraints: after[a] = b means b comes right after a.
  const after = new Map<OrderedGoal, OrderedGoal>();
  const before = new Map<OrderedGoal, OrderedGoal>();
  let first: OrderedGoal | undefined;
  let last: OrderedGoal | undefined;
  const explicit = new Map<OrderedGoal, { previous?: GoalLink; next?: GoalLink }>();
  const conflict = (goal: OrderedGoal, key: string, url: string) =>
    problems.push(`${goal.permalink}: ${key} link ${url} contradicts another explicit link; the chain cannot visit every goal`);
  const reaches = (from: OrderedGoal, to: OrderedGoal) => {
    for (let at: OrderedGoal | undefined = from; at; at = after.get(at)) if (at === to) return true;
    return false;
  };
  const join = (a: OrderedGoal, b: OrderedGoal) => {
    if (after.get(a) === b) return true;
    if (after.has(a) || before.has(b) || reaches(b, a)) return false;
    after.set(a, b);
    before.set(b, a);
    return true;
  };
  for (const goal of ordered) {
    const kept: { previous?: GoalLink; next?: GoalLink } = {};
    const previous = target(goal.previous, goal, 'previous');
    const previousUrl = goal.previous?.url ?? '';
    if (previous === OVERVIEW) {
      if (first && first !== goal) conflict(goal, 'previous', previousUrl);
      else first = goal;
    } else if (previous && !join(previous, goal)) conflict(goal, 'previous', previousUrl);
    if (previous) kept.previous = goal.previous;
    const next = target(goal.next, goal, 'next');
    const nextUrl = goal.next?.url ?? '';
    if (next === OVERVIEW) {
      if (last && last !== goal) conflict(goal, 'next', nextUrl);
      else last = goal;
    } else if (next && !join(goal, next)) conflict(goal, 'next', nextUrl);
    if (next) kept.next = goal.next;
    explicit.set(goal, kept);
  }

  // Runs of goals glued by explicit links, placed by the site position of their first goal;
  // the run holding the pinned first goal goes first, the one holding the pinned last goal last.
  const runs: OrderedGoal[][] = [];
  for (const goal of ordered) {
    if (before.has(goal)) continue;
    const run: OrderedGoal[] = [];
    for (let at: OrderedGoal | undefined = goal; at; at = after.get(at)) run.push(at);
    runs.push(run);
  }
  const rank = (run: OrderedGoal[]) => (first && run.includes(first) ? 0 : last && run.includes(last) ? 2 : 1);
  // Runs were collected in site order of their first goal, and sort is stable: within a rank, that order stays.
  runs.sort((a, b) => rank(a) - rank(b));
  if (first && runs[0]?.[0] !== first) problems.push(`${first.permalink}: its previous link makes it first, but another goal is glued before it`);
  const chain = runs.flat();
  if (last && chain.at(-1) !== last) problems.push(`${last.permalink}: its next link makes it last, but another goal is glued after it`);

  const links = new Map<string, { previous: GoalLink; next: GoalLink }>();
  const linkTo = (goal: OrderedGoal | undefined): GoalLink => (goal ? { name: goal.title, url: goal.permalink } : OVERVIEW_LINK);
  chain.forEach((goal, i) => {
    const kept = explicit.get(goal) ?? {};
    links.set(goal.permalink, {
      previous: kept.previous ?? linkTo(chain[i - 1]),
      next: kept.next ?? linkTo(chain[i + 1]),
    });
  });
  return { links, chain: chain.map((goal) => goal.permalink), problems };
}
