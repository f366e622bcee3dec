/**
 * Pagination of the site's lists (news, tags, the overview's categories, the action plan index): the pages of a list,
 * their addresses and the links between them. A list of any length is split into pages of a fixed size, so no page
 * grows with the site.
 */
import { pageUrl } from './urls.ts';

/** One page of a paginated list. */
export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
  /** This page's address. */
  url: string;
  previousUrl?: string | undefined;
  nextUrl?: string | undefined;
}

/**
 * Splits `items` into pages of `perPage`, the first at `base` and the others at `base` + `page/N/`.
 * An empty list still has one (empty) page, so its address exists.
 */
export function paginate<T>(items: readonly T[], perPage: number, base: string): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a whole number above 0, got ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    return {
      number,
      count,
      items: items.slice(i * perPage, number * perPage),
      url: pageUrl(base, number),
      previousUrl: number > 1 ? pageUrl(base, number - 1) : undefined,
      nextUrl: number < count ? pageUrl(base, number + 1) : undefined,
    };
  });
}

/** The route parameter of a page of a list: undefined for the first (the list's own address), `page/N` after. */
export function pageParam(page: { number: number }): string | undefined {
  return page.number === 1 ? undefined : `page/${page.number}`;
}

/** "Page 2 of 3", or nothing for a list of one page. */
export function pageLabel(page: { number: number; count: number }): string | undefined {
  return page.count > 1 ? `Page ${page.number} of ${page.count}` : undefined;
}

/**
 * The title, heading and words said after the heading to screen readers, of a page of a list headed `heading`, and
 * its description: every page after a list's only one says which it is ("News, page 2 of 3"), so no two pages share
 * a title or a description.
 */
export function listPageText(
  heading: string,
  description: string,
  page: { number: number; count: number },
): { title: string; heading: string; headingSuffix: string | undefined; description: string } {
  const where = pageLabel(page)?.toLowerCase();
  return {
    title: where ? `${heading}, ${where}` : heading,
    heading,
    headingSuffix: where && `, ${where}`,
    description: where ? `${description.replace(/\.$/, '')} (${where}).` : description,
  };
}

/** A neighbouring page of a list. */
interface PageLink {
  url: string;
  /** "Newer posts". */
  text: string;
  /** Its number, for screen readers. */
  number: number;
}

/** Previous/next links between the pages of a list, and where the reader is. */
export interface PaginationLinks {
  /** Accessible name of the navigation: "News pages". */
  name: string;
  /** "Page 2 of 3". */
  current: string;
  /** The page before. */
  previous: PageLink | undefined;
  /** The page after. */
  next: PageLink | undefined;
}

/**
 * The pagination of one page of a list, named `name` for screen readers, its links worded for what the list holds
 * ("Newer posts", "Older posts"); undefined for a list of one page.
 */
export function paginationLinks(page: ListPage<unknown>, name: string, links: { previous: string; next: string }): PaginationLinks | undefined {
  const current = pageLabel(page);
  if (!current) return undefined;
  return {
    name,
    current,
    previous: page.previousUrl === undefined ? undefined : { url: page.previousUrl, text: links.previous, number: page.number - 1 },
    next: page.nextUrl === undefined ? undefined : { url: page.nextUrl, text: links.next, number: page.number + 1 },
  };
}
