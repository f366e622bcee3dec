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
  return category
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The first sentence of the goal statement, for lists of goals; the subtitle when there is no statement. */
export function goalSummary(goal: { subtitle?: string | undefined; statement?: { paragraphs: readonly string[] } | undefined }): string | undefined {
  const first = goal.statement?.paragraphs[0];
  if (!first) return goal.subtitle;
  // A sentence ends at . ! or ? followed by a space and a capital letter or digit (so "U.S. Digital" stays whole).
  const end = /[.!?](?=\s+["“‘(]?[A-Z0-9])(?<!\b[A-Z]\.)(?<!\b(?:e\.g|i\.e|etc|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|No|Mr|Ms|Dr|St)\.)/.exec(first);
  return end ? first.slice(0, end.index + 1) : first;
}

/** A goal's previous and next links. */
export interface GoalNeighbours {
  previous: GoalLink;
  next: GoalLink;
}

export interface GoalNavigation {
  /** Previous and next link of each goal, by permalink. */
  links: Map<string, GoalNeighbours>;
  /** Links a goal set that point at neither a goal nor the overview, set aside; one sentence each. */
  problems: string[];
}

/**
 * Previous/next links for every goal. The site order gives the chain: each goal links the goals
 * before and after it, and the first and last link the overview. A goal's own `previous` or
 * `next` replaces only that link of that goal (as Starlight's `prev`/`next` frontmatter does);
 * its neighbours keep theirs. An own link must point at a goal (its permalink or an old
 * address) or the overview; any other is set aside for the site-order one and reported.
 */
export function goalNavigation(goals: readonly OrderedGoal[]): GoalNavigation {
  const ordered = siteOrder(goals);
  const known = new Set([withoutTrailingSlash(OVERVIEW_PATH)]);
  for (const goal of ordered) for (const address of [goal.permalink, ...goal.redirectFrom]) known.add(withoutTrailingSlash(address));
  const problems: string[] = [];
  const own = (goal: OrderedGoal, key: 'previous' | 'next'): GoalLink | undefined => {
    const link = goal[key];
    if (!link) return undefined;
    const address = withoutTrailingSlash(link.url.split(/[?#]/, 1)[0] ?? '');
    const itself = [goal.permalink, ...goal.redirectFrom].some((a) => withoutTrailingSlash(a) === address);
    if (known.has(address) && !itself) return link;
    problems.push(`${goal.permalink}: ${key} link ${link.url} points at ${itself ? 'the goal itself' : 'no goal'}; the site order's link is used`);
    return undefined;
  };
  const linkTo = (goal: OrderedGoal | undefined): GoalLink => (goal ? { name: goal.title, url: goal.permalink } : OVERVIEW_LINK);
  const links = new Map<string, GoalNeighbours>();
  ordered.forEach((goal, i) => {
    links.set(goal.permalink, {
      previous: own(goal, 'previous') ?? linkTo(ordered[i - 1]),
      next: own(goal, 'next') ?? linkTo(ordered[i + 1]),
    });
  });
  return { links, problems };
}
