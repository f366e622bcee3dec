/**
 * Size budgets, checked after every build (tests/e2e/budgets.spec.ts). Raise one only
 * with a reason in the commit message. Measured with gzip level 9, as servers send it.
 */

/** All of the site's CSS (every `dist/_astro/*.css`), gzipped. Measured 10.4 KB in November 2026; 16.0 KB in December 2026, once the usa-search, usa-alert, usa-breadcrumb, usa-table and form packages came in. */
export const CSS_BUDGET_GZ_BYTES = 20 * 1024;
