/**
 * Size budgets, checked after every build (tests/e2e/budgets.spec.ts, tests/e2e/accordion-budget.spec.ts). Raise one only
 * with a reason in the commit message. Measured with gzip level 9, as servers send it. Bytes are deterministic, so
 * these are tests; times are not (the benchmark measures them).
 */

/** All of the site's CSS (every `dist/_astro/*.css`), gzipped. Measured 10.4 KB in November 2026; 16.0 KB in December 2026, once the usa-search, usa-alert, usa-breadcrumb, usa-table and form packages came in; 15.0 KB once the plan index drew its own table instead of usa-table's 44 KB of variants; the search page's notice became a
 * usa-summary-box (already loaded) instead of usa-alert, to make room for cards and collections. */
export const CSS_BUDGET_GZ_BYTES = 15 * 1024;

/** Any HTML page, gzipped: a page that grows with the site must be split into a paginated index. */
export const PAGE_BUDGET_GZ_BYTES = 20 * 1024;

/** A page of a paginated index, gzipped: a page of a list, whatever the size of the site. */
export const INDEX_PAGE_BUDGET_GZ_BYTES = 50 * 1024;

/** The goal page's JavaScript (the accordion), gzipped, with every chunk it imports. */
export const GOAL_PAGE_JS_BUDGET_GZ_BYTES = 1024;

/** Paginated indexes, by address: the action plan index (start, fiscal years, goals), the news index, the index of tags and the tag pages, each with their `page/N/`. */
export const PAGINATED_INDEXES: readonly RegExp[] = [
  /^\/CAP\/action-plans\//,
  /^\/news\/(page\/\d+\/)?$/,
  /^\/news\/tags\/(page\/\d+\/)?$/,
  /^\/news\/tags\/[^/]+\/(page\/\d+\/)?$/,
];
