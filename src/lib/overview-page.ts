/**
 * The view models of the goals overview (`/CAP/overview/`) and of each category's pages
 * (`/CAP/overview/mission-priority-areas/`, `…/page/2/`). No page lists every goal: the overview shows
 * a bounded number of cards per category, and each category's goals are paginated.
 */
import { categoryCards, categorySummary, goalCard, plural, type CardGoal, type CategoryCards, type CategorySummary, type GoalCard } from './goal-cards.ts';
import { groupByCategory } from './goal-order.ts';
import { paginate, pageLabel, paginationLinks, type PaginationLinks } from './pagination.ts';

export interface OverviewPage {
  /** "14 goals in 4 categories." */
  goalsSentence: string;
  categories: CategoryCards[];
}

/** The overview: every category, each with up to `shown` goal cards and a link to the rest. */
export function overviewPage(goals: readonly CardGoal[], shown: number): OverviewPage {
  const categories = categoryCards(goals, shown);
  return { goalsSentence: `${plural(goals.length, 'goal', 'goals')} in ${plural(categories.length, 'category', 'categories')}.`, categories };
}

/** One page of a category's goals. */
interface CategoryPage {
  /** The document title: "Mission Priority Areas: goals, page 2 of 3". */
  title: string;
  /** Said after the `<h1>` (the category's name) to screen readers on pages after the first: ", page 2 of 3". */
  headingSuffix: string | undefined;
  description: string;
  category: CategorySummary;
  goals: GoalCard[];
  pagination: PaginationLinks | undefined;
  /** Every category, to move between them; `current` marks this one. */
  categories: { name: string; url: string; current: boolean }[];
}

/** The route parameter of a category page: `mission-priority-areas`, `mission-priority-areas/page/2`. */
export interface CategoryRoute {
  params: { category: string };
  props: { page: CategoryPage };
}

/** Every page of every category, `perPage` goals each, in site order. Computed once per build. */
export function categoryRoutes(goals: readonly CardGoal[], perPage: number): CategoryRoute[] {
  const groups = groupByCategory(goals);
  const summaries = groups.map((group) => categorySummary(group.category, group.id, group.goals.length));
  return groups.flatMap((group, g) => {
    const category = summaries[g] as CategorySummary;
    return paginate(group.goals, perPage, category.url).map((page) => {
      const where = pageLabel(page)?.toLowerCase();
      return {
        params: { category: page.number === 1 ? group.id : `${group.id}/page/${page.number}` },
        props: {
          page: {
            title: `${group.category}: goals${where ? `, ${where}` : ''}`,
            headingSuffix: where && `, ${where}`,
            description: `${category.count} in ${group.category}: ${category.blurb}`,
            category,
            goals: page.items.map(goalCard),
            pagination: paginationLinks(page, `${group.category} pages`, { previous: 'Previous goals', next: 'More goals' }),
            categories: summaries.map((summary) => ({ name: summary.name, url: summary.url, current: summary.id === group.id })),
          },
        },
      };
    });
  });
}
