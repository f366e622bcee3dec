/**
 * The view model of the action plan index, split so that no page grows with the site:
 * - `/CAP/action-plans/` (and `/CAP/action-plans/page/2/`, …): the fiscal years, the newest plans, and the goals, a page of them at a time;
 * - `/CAP/action-plans/fy2021/` (and `…/fy2021/page/2/`): the plans of one fiscal year, a page at a time;
 * - `/CAP/action-plans/goal/cx/` (and `…/goal/cx/page/2/`): the plans of one goal, a page at a time.
 * Every address is under `/CAP/action-plans/`, which the address registry reserves whole (`site-addresses.ts`).
 * Each route calls one function here once per build; pages and components only render what it returns.
 */
import { listPageText, pageParam, pageLabel, paginate, paginationLinks, type ListPage, type PaginationLinks } from './pagination.ts';
import { planPages, type PlanGoal, type PlanPage } from './plan-pages.ts';
import { periodName } from './periods.ts';
import { ACTION_PLANS_PATH } from './urls.ts';

/** Address of the plans of fiscal year `year`: `/CAP/action-plans/fy2021/`. */
function fiscalYearPlansUrl(year: number): string {
  return `${ACTION_PLANS_PATH}fy${year}/`;
}

/** Where the plans of each goal are listed (`/CAP/action-plans/goal/<slug>/`). */
const GOAL_PLANS_PATH = `${ACTION_PLANS_PATH}goal/`;

/**
 * The slug of each goal's plan list, by permalink: the permalink's segments after `/CAP/`, joined by `-`
 * (`/CAP/cx/` → `cx`, `/CAP/a/b/` → `a-b`). Two goals that would share one get `-2`, `-3`, … in permalink order,
 * so a slug never depends on the order the files were read in.
 */
export function goalPlanSlugs(permalinks: readonly string[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const permalink of [...new Set(permalinks)].sort()) {
    const segments = permalink.split('/').filter(Boolean);
    if (segments[0] === 'CAP' && segments.length > 1) segments.shift();
    const base = segments.join('-').replace(/[^A-Za-z0-9_-]+/g, '-') || 'goal';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(permalink, slug);
  }
  return slugs;
}

/** One plan as a row of a table of plans. */
interface PlanRow {
  /** The plan's goal; the table shows it when the page lists several goals. */
  goal: { title: string; url: string };
  /** "January 2021" or "FY2018 Q3", linking to the plan's page. */
  period: { text: string; url: string };
  /** "FY2021 Q2". */
  fiscal: string;
  /** The document as content wrote it (`DocumentLink` resolves it) and its link text, which names the plan: "January 2021 action plan". */
  document: { href: string; text: string };
}

/** A table of plans, newest first. */
export interface PlanTable {
  /** "Action plans of FY2021, 1 to 50 of 120, newest first". */
  caption: string;
  /** False on a goal's own list, where every row has the same goal. */
  showGoal: boolean;
  rows: PlanRow[];
}

/** A link to a filtered list, with how many plans it holds and whether it is the page being read. */
export interface FilterLink {
  text: string;
  url: string;
  /** "4 plans". */
  count: string;
  current: boolean;
}

/** One page of the action plan index, ready to render. */
export interface PlansIndexView {
  /** The document title: "Action plans of fiscal year 2021, page 2 of 3". */
  title: string;
  /** The visible heading. */
  heading: string;
  /** Said after the heading to screen readers on pages after the first: ", page 2 of 3". */
  headingSuffix: string | undefined;
  description: string;
  /** One or two sentences under the heading. */
  intro: string;
  /** Every fiscal year with plans, newest first: bounded by time, not by the number of goals. */
  years: FilterLink[];
  /** The start of the index (every year, every goal), unless this is it. */
  allUrl: string | undefined;
  /** On a goal's list: the goal's own page. */
  goalPage: { title: string; url: string } | undefined;
  /** The plans this page lists; undefined when it lists none (pages of the goal list after the first). */
  table: PlanTable | undefined;
  /** A page of the goals with plans (on the start of the index only). */
  goals: { heading: string; items: FilterLink[] } | undefined;
  pagination: PaginationLinks | undefined;
}

/** A route of the index: its parameters and its page. */
export interface PlansIndexRoute<P> {
  params: P;
  props: { page: PlansIndexView };
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'en') || a.title.localeCompare(b.title);
const INTRO_FISCAL = 'The federal fiscal year runs from October to September: a plan published in December 2019 belongs to fiscal year 2020.';

/** How many plans the start of the index shows, newest first. */
const NEWEST_PLANS_SHOWN = 10;

function planRow(plan: PlanPage): PlanRow {
  return {
    goal: { title: plan.goal.title, url: plan.goal.permalink },
    period: { text: periodName(plan.period), url: plan.url },
    fiscal: plan.fiscalText,
    document: { href: plan.document, text: plan.label },
  };
}

/** "FY2021 plans, 51 to 100 of 120, newest first"; "3 action plans, newest first" when they fit on one page. */
function tableCaption(what: string, page: ListPage<unknown>, total: number, perPage: number): string {
  if (page.count === 1) return `${what}: ${plural(total, 'action plan', 'action plans')}, newest first`;
  const first = (page.number - 1) * perPage + 1;
  return `${what}: ${first.toLocaleString('en-US')} to ${(first + page.items.length - 1).toLocaleString('en-US')} of ${plural(total, 'action plan', 'action plans')}, newest first`;
}

/** Plans are listed newest first. */
const PLAN_PAGE_LINKS = { previous: 'Newer plans', next: 'Older plans' };

/** The plans, and what every page of the index shares: the fiscal years with their plans. */
function prepare(goals: readonly PlanGoal[]) {
  const plans = planPages(goals);
  const byYear = new Map<number, PlanPage[]>();
  for (const plan of plans) {
    const year = plan.period.fiscal.fiscalYear;
    const list = byYear.get(year) ?? [];
    list.push(plan);
    byYear.set(year, list);
  }
  const years = [...byYear.keys()].sort((a, b) => b - a);
  const yearLinks = (current: number | undefined): FilterLink[] =>
    years.map((year) => ({
      text: `FY${year}`,
      url: fiscalYearPlansUrl(year),
      count: plural(byYear.get(year)?.length ?? 0, 'plan', 'plans'),
      current: year === current,
    }));
  return { plans, byYear, years, yearLinks };
}

/**
 * The start of the index and the further pages of its goal list: `/CAP/action-plans/`, `/CAP/action-plans/page/2/`, ….
 * Each page links every fiscal year and `goalsPerPage` goals; the first also shows the newest plans.
 */
export function plansIndexRoutes(goals: readonly PlanGoal[], goalsPerPage: number): PlansIndexRoute<{ page: string | undefined }>[] {
  const { plans, yearLinks } = prepare(goals);
  const slugs = goalPlanSlugs(goals.map((goal) => goal.permalink));
  const counts = new Map<string, number>();
  for (const plan of plans) counts.set(plan.goal.permalink, (counts.get(plan.goal.permalink) ?? 0) + 1);
  const withPlans = goals
    .filter((goal) => counts.has(goal.permalink))
    .sort(byTitle)
    .map((goal) => ({
      text: goal.title,
      url: `${GOAL_PLANS_PATH}${slugs.get(goal.permalink) ?? ''}/`,
      count: plural(counts.get(goal.permalink) ?? 0, 'plan', 'plans'),
      current: false,
    }));
  const newest = plans.slice(0, NEWEST_PLANS_SHOWN);
  return paginate(withPlans, goalsPerPage, ACTION_PLANS_PATH).map((page) => ({
    params: { page: pageParam(page) },
    props: {
      page: {
        ...listPageText('Action plans', 'Every action plan of the Cross-Agency Priority goals, by fiscal year and by goal.', page),
        intro: `${plural(plans.length, 'action plan has', 'action plans have')} been published for ${plural(withPlans.length, 'goal', 'goals')}. Choose a fiscal year or a goal. ${INTRO_FISCAL}`,
        years: yearLinks(undefined),
        allUrl: undefined,
        goalPage: undefined,
        table:
          page.number === 1 && newest.length > 0
            ? { caption: `The ${plural(newest.length, 'newest action plan', 'newest action plans')}`, showGoal: true, rows: newest.map(planRow) }
            : undefined,
        goals: {
          heading: page.count > 1 ? `Goals, ${pageLabel(page)?.toLowerCase() ?? ''}` : 'Goals',
          items: page.items,
        },
        pagination: paginationLinks(page, 'Pages of goals', { previous: 'Previous goals', next: 'More goals' }),
      },
    },
  }));
}

/** The plans of each fiscal year, `plansPerPage` at a time: `/CAP/action-plans/fy2021/`, `/CAP/action-plans/fy2021/page/2/`, …. */
export function fiscalYearPlansRoutes(goals: readonly PlanGoal[], plansPerPage: number): PlansIndexRoute<{ year: string; page: string | undefined }>[] {
  const { byYear, years, yearLinks } = prepare(goals);
  return years.flatMap((year) => {
    const ofYear = byYear.get(year) ?? [];
    const links = yearLinks(year);
    return paginate(ofYear, plansPerPage, fiscalYearPlansUrl(year)).map((page) => ({
      params: { year: `fy${year}`, page: pageParam(page) },
      props: {
        page: {
          ...listPageText(
            `Action plans of fiscal year ${year}`,
            `Every action plan of the Cross-Agency Priority goals published for fiscal year ${year} (October ${year - 1} to September ${year}).`,
            page,
          ),
          intro: `Fiscal year ${year} ran from October ${year - 1} to September ${year}. ${plural(ofYear.length, 'action plan was', 'action plans were')} published for it.`,
          years: links,
          allUrl: ACTION_PLANS_PATH,
          goalPage: undefined,
          table: { caption: tableCaption(`FY${year}`, page, ofYear.length, plansPerPage), showGoal: true, rows: page.items.map(planRow) },
          goals: undefined,
          pagination: paginationLinks(page, `Pages of FY${year} action plans`, PLAN_PAGE_LINKS),
        },
      },
    }));
  });
}

/** The plans of each goal with plans, `plansPerPage` at a time: `/CAP/action-plans/goal/cx/`, `/CAP/action-plans/goal/cx/page/2/`, …. */
export function goalPlansRoutes(goals: readonly PlanGoal[], plansPerPage: number): PlansIndexRoute<{ goal: string; page: string | undefined }>[] {
  const { plans, yearLinks } = prepare(goals);
  const slugs = goalPlanSlugs(goals.map((goal) => goal.permalink));
  const byGoal = new Map<string, PlanPage[]>();
  for (const plan of plans) {
    const list = byGoal.get(plan.goal.permalink) ?? [];
    list.push(plan);
    byGoal.set(plan.goal.permalink, list);
  }
  return goals.flatMap((goal) => {
    const ofGoal = byGoal.get(goal.permalink);
    const slug = slugs.get(goal.permalink);
    if (!ofGoal || slug === undefined) return [];
    return paginate(ofGoal, plansPerPage, `${GOAL_PLANS_PATH}${slug}/`).map((page) => ({
      params: { goal: slug, page: pageParam(page) },
      props: {
        page: {
          ...listPageText(`Action plans of ${goal.title}`, `Every action plan published for the Cross-Agency Priority goal ${goal.title}, newest first.`, page),
          intro: `${plural(ofGoal.length, 'action plan has', 'action plans have')} been published for this goal, newest first. ${INTRO_FISCAL}`,
          years: yearLinks(undefined),
          allUrl: ACTION_PLANS_PATH,
          goalPage: { title: goal.title, url: goal.permalink },
          table: { caption: tableCaption(goal.title, page, ofGoal.length, plansPerPage), showGoal: false, rows: page.items.map(planRow) },
          goals: undefined,
          pagination: paginationLinks(page, `Pages of action plans of ${goal.title}`, PLAN_PAGE_LINKS),
        },
      },
    }));
  });
}
