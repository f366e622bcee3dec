/**
 * The goal page's view model: everything `pages/[...goal].astro` shows, built by one pure
 * function from the goal and what the whole site shares. The shared part (final addresses,
 * previous/next, plan pages, sizes of held documents) is computed once per build by
 * {@link goalPagesContext}; {@link goalPageModel} then builds one page from it.
 */
import type { Goal } from '../schemas/goal.ts';
import { currentPlanDocument } from './action-plans.ts';
import { documentHref, documentLink, type DocumentLinkInfo } from './document-links.ts';
import { goalNavigation, type GoalNeighbours } from './goal-order.ts';
import { goalUpdated, type PageDate } from './page-dates.ts';
import { accordionSections, NEWS_SECTION, type GoalSection } from './goal-sections.ts';
import { goalIcon, type GoalIcon } from './icons.ts';
import { leaderCards, type LeaderCard } from './leaders.ts';
import { isGenericLinkText } from './link-text.ts';
import { kpiSection, type KpiSectionView } from './kpi-section.ts';
import { isoDay, latestTagged, longDate, postsByTag, upcoming } from './news.ts';
import { fiscalText, goalDate, goalFiscalYears, groupByYear, newestFirst, publishedMonthKey } from './periods.ts';
import { planPages, type PlanPage } from './plan-pages.ts';
import { siteRedirects } from './redirects.ts';
import { redirectMap, withFinalLinks } from './site-addresses.ts';
import { postUrl } from './urls.ts';
import type { Link, PreviousNextLinks, SearchMetadataFields } from './view-parts.ts';

/** A post as the goal page needs it. */
export interface GoalPost {
  id: string;
  data: { title: string; date: Date; description: string; tags: readonly string[]; redirectFrom: readonly string[] };
}

/** Text of the featured box when the goal highlights nothing and offers its current plan. */
const CURRENT_PLAN_BOX = {
  text: 'Read what this goal has committed to and how it is progressing.',
  button: 'Download the latest action plan',
} as const;

/** The featured box, resolved: the goal's own, or its current plan. */
export interface FeaturedBoxContent {
  text: string;
  button: string;
  /** Said to screen readers after a button text that does not name its target ("Learn More"): the box's text. */
  buttonTarget: string | undefined;
  link: DocumentLinkInfo;
}

/** One plan in the Action Plans section. */
export interface PlanItem {
  /** "January 2021 action plan". */
  label: string;
  /** The plan's own page on this site. */
  pageUrl: string;
  /** The plan document. */
  document: DocumentLinkInfo;
}

/** A newest tagged post, with its address. */
interface NewsItem {
  title: string;
  /** `2019-09-19`, for `<time datetime>`. */
  isoDate: string;
  /** "September 19, 2019". */
  dateText: string;
  description: string;
  url: string;
}

/** An upcoming event; `link` when it has somewhere to go. */
interface EventItem {
  title: string;
  isoDate: string;
  dateText: string;
  text: string | undefined;
  button: string;
  link: DocumentLinkInfo | undefined;
}

/**
 * The steps of type size a quote may take (USWDS's `alt` sizes), with each one's size in px at the default theme, to pick
 * the nearest. Content gives any CSS length (the old layout's `font-size`); a class per step, chosen here, replaces a
 * `style` attribute, which the Content-Security-Policy forbids.
 */
const QUOTE_SIZES = [
  ['md', 17.8],
  ['lg', 23],
  ['xl', 31.2],
  ['2xl', 41.9],
] as const;
export type QuoteSize = (typeof QUOTE_SIZES)[number][0];

/** Pixels in one unit of each length `quote.size` may use (`%` and `em` of the 16 px body text). */
const PX_PER_UNIT: Readonly<Record<string, number>> = { px: 1, pt: 4 / 3, rem: 16, em: 16, '%': 0.16 };

/** The quote's size step nearest to a CSS length such as `20px` or `1.5rem`; undefined (the default size) for none. */
export function quoteSize(length: string | undefined): QuoteSize | undefined {
  const match = length === undefined ? null : /^(\d+(?:\.\d+)?)(px|rem|em|pt|%)$/.exec(length);
  if (!match) return undefined;
  const px = Number(match[1]) * (PX_PER_UNIT[match[2] ?? 'px'] ?? 1);
  return QUOTE_SIZES.reduce((best, step) => (Math.abs(step[1] - px) < Math.abs(best[1] - px) ? step : best))[0];
}

/** The quote box: the text, who said it, and its size step. */
export interface QuoteBoxContent {
  text: string;
  author: string | undefined;
  size: QuoteSize | undefined;
}

export interface GoalPageModel {
  /** The goal, every link in it already at its final address. */
  goal: Goal;
  /** The hero's icon: the goal's own file, else its USWDS icon. */
  icon: GoalIcon;
  /** The leaders' cards, with initials for those without a photo. */
  leaders: LeaderCard[];
  /** The page's `<title>` and meta description. */
  title: string;
  description: string;
  /** "Updated …": the goal's own date or its newest plan's (also the page's `article:modified_time` and sitemap `<lastmod>`). */
  updated: PageDate | undefined;
  /** The accordion's sections, in page order. */
  sections: GoalSection[];
  /** The hero's in-page links: the sections, then News and events. */
  pageLinks: Link[];
  featured: FeaturedBoxContent | undefined;
  quote: QuoteBoxContent | undefined;
  /** Plans grouped by the year they were published, newest first. */
  plans: { year: number; plans: PlanItem[] }[];
  /** The indicators (charted when they have values, else named) and their dashboard, when the goal names one. */
  kpis: KpiSectionView & { dashboard: DocumentLinkInfo | undefined };
  resources: { name: string; link: DocumentLinkInfo }[];
  news: { id: string; label: string; posts: NewsItem[]; events: EventItem[] };
  previousNext: PreviousNextLinks;
  search: SearchMetadataFields;
}

/** What every goal page shares, computed once per build. */
export interface GoalPagesContext {
  /** Every goal with each link to an old address replaced by its final address, in the input order. */
  goals: Goal[];
  /** Previous/next of each goal, by permalink. */
  navigation: ReadonlyMap<string, GoalNeighbours>;
  /** Each goal's plan pages, by goal permalink. */
  plans: ReadonlyMap<string, readonly PlanPage[]>;
  posts: readonly GoalPost[];
  /** Each tag's posts, newest first (see `postsByTag`). */
  postsByTag: ReadonlyMap<string, readonly GoalPost[]>;
  /** Size in bytes of each document the site holds, by site path (see `heldFileSizes`). */
  fileSizes: ReadonlyMap<string, number>;
  /** Events before this day are past. */
  today: Date;
  /** Where a document link goes (the archive rule); `documentHref` unless a test says otherwise. */
  documentHref: (url: string) => string;
  /** Own previous/next links that were set aside, one sentence each, for the build to print. */
  problems: string[];
}

/** Every link of the goals that may name a document, for finding the sizes of those the site holds. */
export function goalDocuments(goals: readonly Goal[]): string[] {
  return goals.flatMap((goal) => [
    ...goal.actionPlans.map((plan) => plan.document),
    ...goal.resources.map((resource) => resource.url),
    ...[goal.featured?.url, goal.currentActionPlan, goal.kpis?.dashboardUrl, ...goal.events.map((event) => event.url)].filter((url) => url !== undefined),
  ]);
}

/** Computes once what every goal page shares. */
export function goalPagesContext(
  goals: readonly Goal[],
  posts: readonly GoalPost[],
  options: { today: Date; fileSizes?: ReadonlyMap<string, number>; documentHref?: (url: string) => string },
): GoalPagesContext {
  const redirects = redirectMap(siteRedirects(goals, posts));
  const linked = goals.map((goal) => withFinalLinks(goal, redirects));
  const navigation = goalNavigation(linked);
  const plans = new Map<string, PlanPage[]>();
  for (const page of planPages(linked)) plans.set(page.goal.permalink, [...(plans.get(page.goal.permalink) ?? []), page]);
  return {
    goals: linked,
    navigation: navigation.links,
    plans,
    posts,
    postsByTag: postsByTag(posts),
    fileSizes: options.fileSizes ?? new Map(),
    today: options.today,
    documentHref: options.documentHref ?? documentHref,
    problems: navigation.problems,
  };
}

/** The view model of one goal page; `goal` is one of `context.goals`. */
export function goalPageModel(goal: Goal, context: GoalPagesContext): GoalPageModel {
  const link = (url: string) => documentLink(url, context.fileSizes.get(url), context.documentHref);
  const sections = accordionSections(goal);
  const current = currentPlanDocument(goal);
  const featured = goal.featured ?? (current === undefined ? undefined : { ...CURRENT_PLAN_BOX, url: current });
  const neighbours = context.navigation.get(goal.permalink);
  const sortDate = goalDate(goal);
  const newest = newestFirst(goal.actionPlans)[0];
  return {
    goal,
    icon: goalIcon(goal),
    leaders: leaderCards(goal.leaders),
    title: goal.title,
    // A goal without a statement still gets a description of its own.
    description: goal.statement?.paragraphs[0] ?? `${goal.title}: a Cross-Agency Priority goal, with its leaders, action plans and news.`,
    updated: goalUpdated(goal),
    sections,
    pageLinks: [...sections, NEWS_SECTION].map(({ id, label }) => ({ label, href: `#${id}` })),
    featured: featured && {
      text: featured.text,
      button: featured.button,
      buttonTarget: isGenericLinkText(featured.button) ? featured.text : undefined,
      link: link(featured.url),
    },
    quote: goal.quote && { text: goal.quote.text, author: goal.quote.author, size: quoteSize(goal.quote.size) },
    plans: groupByYear(context.plans.get(goal.permalink) ?? []).map(({ year, plans }) => ({
      year,
      plans: plans.map((plan) => ({ label: plan.label, pageUrl: plan.url, document: link(plan.document) })),
    })),
    kpis: {
      ...kpiSection(goal.permalink, goal.kpis?.titles ?? []),
      dashboard: goal.kpis?.dashboardUrl === undefined ? undefined : link(goal.kpis.dashboardUrl),
    },
    resources: goal.resources.map((resource) => ({ name: resource.name, link: link(resource.url) })),
    news: {
      id: NEWS_SECTION.id,
      label: NEWS_SECTION.label,
      posts: latestTagged(context.postsByTag, goal.newsTag).map((post) => ({
        title: post.data.title,
        isoDate: isoDay(post.data.date),
        dateText: longDate(post.data.date),
        description: post.data.description,
        url: postUrl(post.id),
      })),
      events: upcoming(goal.events, context.today).map((event) => ({
        title: event.title,
        isoDate: isoDay(event.date),
        dateText: longDate(event.date),
        text: event.text,
        button: event.button,
        link: event.url === undefined ? undefined : link(event.url),
      })),
    },
    previousNext: {
      label: 'Other goals',
      previous: neighbours && { label: neighbours.previous.name, href: neighbours.previous.url },
      next: neighbours && { label: neighbours.next.name, href: neighbours.next.url },
    },
    search: {
      type: 'Goal',
      goals: [goal.title],
      fiscalYears: goalFiscalYears(goal),
      fiscalQuarters: [...new Set(newestFirst(goal.actionPlans).map((plan) => fiscalText(plan.period)))],
      // A goal whose newest plan names only a fiscal quarter shows no month.
      date: newest && publishedMonthKey(newest.period),
      sortDate,
    },
  };
}
