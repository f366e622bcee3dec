/**
 * What a search is (query, filters, order) and how it is written in the page's URL
 * (`/search/?q=surveys&type=action-plan&fy=2020&quarter=2020-Q3`). Shared by the search page's script and tests;
 * no DOM, no Astro.
 */

/** Content types, as filtered in the index (`label`) and written in the URL (`slug`). */
export const SEARCH_TYPES = [
  { slug: 'goal', label: 'Goal' },
  { slug: 'action-plan', label: 'Action plan' },
  { slug: 'news', label: 'News' },
] as const;

type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  /** The words typed; '' for none. */
  q: string;
  /** Type slugs picked (any of them matches); none picked means all types. */
  types: string[];
  /** Goal title, or '' for all goals. */
  goal: string;
  /** Fiscal year such as '2020', or '' for all years. */
  fy: string;
  /** Fiscal quarter as the URL writes it, '2020-Q3', or '' for all quarters. */
  quarter: string;
  /** Typed queries rank by relevance unless the reader asks for newest first. */
  sort: SortOrder;
}

export const EMPTY_STATE: SearchState = { q: '', types: [], goal: '', fy: '', quarter: '', sort: 'relevance' };

/** Reads a search from URL parameters, ignoring unknown types and malformed years. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const known = new Set<string>(SEARCH_TYPES.map((type) => type.slug));
  const fy = (params.get('fy') ?? '').trim();
  const quarter = (params.get('quarter') ?? '').trim().toUpperCase();
  return {
    q: (params.get('q') ?? '').trim(),
    types: [...new Set(params.getAll('type'))].filter((slug) => known.has(slug)),
    goal: (params.get('goal') ?? '').trim(),
    fy: /^\d{4}$/.test(fy) ? fy : '',
    quarter: /^\d{4}-Q[1-4]$/.test(quarter) ? quarter : '',
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** URL parameters for a search, leaving out what is at its default; types in a fixed order. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const type of SEARCH_TYPES) if (state.types.includes(type.slug)) params.append('type', type.slug);
  if (state.goal) params.set('goal', state.goal);
  if (state.fy) params.set('fy', state.fy);
  if (state.quarter) params.set('quarter', state.quarter);
  if (state.sort === 'newest') params.set('sort', 'newest');
  return params;
}

/** True when the search has no words and no filters: nothing to show yet. */
export function isEmpty(state: SearchState): boolean {
  return !state.q && !isFiltered(state);
}

/** Whether any filter is chosen: a type, goal, year or quarter. */
export function isFiltered(state: SearchState): boolean {
  return state.types.length > 0 || Boolean(state.goal || state.fy || state.quarter);
}

/** Pagefind filter object: all given filters must match; several types match any of them. */
export function pagefindFilters(state: SearchState): Record<string, string | { any: string[] }> {
  const filters: Record<string, string | { any: string[] }> = {};
  const types = SEARCH_TYPES.filter((type) => state.types.includes(type.slug)).map((type) => type.label);
  if (types.length > 0) filters.type = { any: types };
  if (state.goal) filters.goal = state.goal;
  if (state.fy) filters.fiscalYear = state.fy;
  if (state.quarter) filters.quarter = quarterLabel(state.quarter);
  return filters;
}

/** The index's filters: whether a search uses each, and the same search without it. */
const FACETS = [
  { filter: 'type', inUse: (state: SearchState) => state.types.length > 0, without: (state: SearchState): SearchState => ({ ...state, types: [] }) },
  { filter: 'goal', inUse: (state: SearchState) => state.goal !== '', without: (state: SearchState): SearchState => ({ ...state, goal: '' }) },
  { filter: 'fiscalYear', inUse: (state: SearchState) => state.fy !== '', without: (state: SearchState): SearchState => ({ ...state, fy: '' }) },
  { filter: 'quarter', inUse: (state: SearchState) => state.quarter !== '', without: (state: SearchState): SearchState => ({ ...state, quarter: '' }) },
] as const;

/**
 * The searches whose counts each filter shows. A value's count is how many results picking it
 * would give with the other filters as they are. Pagefind's counts apply every chosen filter (with
 * "Goal" ticked, every other type counts 0), so a filter in use is counted by the same search
 * without it; one not in use reads its counts from the search itself (`filters` undefined).
 */
export function facetCountSearches(state: SearchState): { filter: string; filters: ReturnType<typeof pagefindFilters> | undefined }[] {
  return FACETS.map((facet) => ({ filter: facet.filter, filters: facet.inUse(state) ? pagefindFilters(facet.without(state)) : undefined }));
}

/** `FY2020 Q3` → `2020-Q3`, as the URL writes a quarter. */
export function quarterParam(label: string): string {
  return label.replace(/^FY(\d{4}) Q([1-4])$/, '$1-Q$2');
}

/** `2020-Q3` → `FY2020 Q3`, as the index and the page name a quarter. */
function quarterLabel(param: string): string {
  return param.replace(/^(\d{4})-Q([1-4])$/, 'FY$1 Q$2');
}

/**
 * Pagefind sort: newest first when asked, or when there are no words to rank by
 * (a filter-only listing); otherwise undefined, meaning relevance.
 */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  return state.sort === 'newest' || !state.q ? { date: 'desc' } : undefined;
}

/** `2021-01` → "January 2021"; `2019-09-19` → "September 19, 2019"; anything else as it is. */
export function formatResultDate(value: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  // The browser's own month names: this module runs in the page, where the site's month table (with zod beside it) would only add weight.
  if (!match || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return value;
  return date.toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', ...(match[3] ? { day: 'numeric' } : {}) });
}

/** The sentence announced after a search: "3 results for “surveys”, filtered by Action plan, FY2020." */
export function resultSummary(count: number, state: SearchState): string {
  const what = count === 0 ? 'No results' : `${count} result${count === 1 ? '' : 's'}`;
  const words = state.q ? ` for “${state.q}”` : '';
  const filters = [
    ...SEARCH_TYPES.filter((type) => state.types.includes(type.slug)).map((type) => type.label),
    state.goal,
    state.fy && `FY${state.fy}`,
    state.quarter && quarterLabel(state.quarter),
  ].filter(Boolean);
  const filtered = filters.length > 0 ? `, filtered by ${filters.join(', ')}` : '';
  const order = state.sort === 'newest' && state.q ? ', newest first' : '';
  return `${what}${words}${filtered}${order}.`;
}
