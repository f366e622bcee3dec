/**
 * The view model of the search page: the choices its filters offer. The browser part is `scripts/search-page.ts`.
 * The goal filter's choices are not here: a site of thousands of goals would list them all in the page's HTML, so the
 * script reads them from the search index when it loads. Fiscal years and quarters grow with time, not with the site.
 */
import type { Period } from '../schemas/period.ts';
import { fiscalQuarterOfDate, fiscalText, fiscalYearOfDate } from './periods.ts';
import { quarterParam, SEARCH_TYPES } from './search-state.ts';

/** One choice of a filter select: `value` goes in the URL, `facetValue` is the value as the index holds it. */
export interface FilterOption {
  value: string;
  label: string;
  facetValue: string;
}

export interface SearchPage {
  /** Content types, as the type checkboxes offer them. */
  types: { slug: string; label: string }[];
  /** Every fiscal year a plan or post belongs to, newest first: `{ value: '2020', label: 'FY2020', facetValue: '2020' }`. */
  fiscalYears: FilterOption[];
  /** Every fiscal quarter a plan or post belongs to, newest first: `{ value: '2020-Q3', label: 'FY2020 Q3', facetValue: 'FY2020 Q3' }`. */
  quarters: FilterOption[];
}

/** The filters' choices, from the goals' plan periods and the posts' dates. */
export function searchPage(goals: readonly { actionPlans: readonly { period: Period }[] }[], posts: readonly { data: { date: Date } }[]): SearchPage {
  const years = new Set([
    ...goals.flatMap((goal) => goal.actionPlans.map((plan) => plan.period.fiscal.fiscalYear)),
    ...posts.map((post) => fiscalYearOfDate(post.data.date)),
  ]);
  const quarters = new Set([
    ...goals.flatMap((goal) => goal.actionPlans.map((plan) => fiscalText(plan.period))),
    ...posts.map((post) => fiscalQuarterOfDate(post.data.date)),
  ]);
  return {
    types: SEARCH_TYPES.map((type) => ({ slug: type.slug, label: type.label })),
    fiscalYears: [...years].sort((a, b) => b - a).map((year) => ({ value: String(year), label: `FY${year}`, facetValue: String(year) })),
    // "FY2020 Q3" sorts as text within a year: the years have four digits and the quarters one.
    quarters: [...quarters].sort((a, b) => b.localeCompare(a, 'en')).map((label) => ({ value: quarterParam(label), label, facetValue: label })),
  };
}
