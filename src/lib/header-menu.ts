import { ACTION_PLANS_PATH, NEWS_PATH, OVERVIEW_PATH } from './urls.ts';

/** One link of the header menu. */
export interface MenuItem {
  /** Link text, as short as the reader needs. */
  label: string;
  /** Site path, with the trailing slash the site uses (`trailingSlash: 'always'`). */
  href: string;
}

/**
 * The header menu, in display order. Add an item here and it appears in the
 * header of every page; nothing else needs to change.
 */
export const headerMenu: readonly MenuItem[] = [
  { label: 'Home', href: '/' },
  { label: 'Goals', href: OVERVIEW_PATH },
  { label: 'Action plans', href: ACTION_PLANS_PATH },
  { label: 'News', href: NEWS_PATH },
];

/** A path with exactly one trailing slash and no query or fragment, for comparison. */
export function normalizePath(path: string): string {
  const bare = path.split(/[?#]/, 1)[0] ?? '';
  return `${bare.replace(/\/+$/, '')}/`;
}

/** True when `href` is the page at `pathname`: that link gets `aria-current="page"`. */
export function isCurrentPage(href: string, pathname: string): boolean {
  return normalizePath(href) === normalizePath(pathname);
}
