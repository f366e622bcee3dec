/**
 * What every page's `<head>` says about the page to search engines and link previews: its one
 * address (`<link rel="canonical">`, so `?q=` or an old address is not indexed as another page)
 * and its Open Graph card.
 */

/** The site's name, after each page title and in link previews. */
const SITE_NAME = 'CAP Goals';

/** Said of a page that gives no description of its own. */
const SITE_DESCRIPTION = 'Cross-Agency Priority goals: what each goal commits to, its action plans and news of its progress.';

/**
 * Shortest description search engines show as written (shorter ones they replace with page text).
 * A page whose own description is shorter gets the site's after it, so it stays the page's own.
 */
const MIN_DESCRIPTION = 50;

export interface PageHead {
  /** "Customer Experience | CAP Goals". */
  documentTitle: string;
  description: string;
  /** Absolute address of the page, without query or fragment; undefined for a page with no address of its own (404). */
  canonical: string | undefined;
  /** An article (a page that states when it last changed) or any other page. */
  openGraph: { title: string; description: string; url: string | undefined; type: 'website' | 'article'; siteName: string };
  /** `2021-01-01`: when the page's content last changed (`article:modified_time`); undefined for pages that do not say. */
  modifiedTime: string | undefined;
}

/**
 * The head of one page; `site` is the configured site address (astro.config `site`), `pathname` the page's own path, or
 * undefined for a page served at addresses that are not its own (the 404 page answers any unknown address).
 */
export function pageHead({
  title,
  description,
  pathname,
  site,
  modified,
}: {
  title: string;
  description: string | undefined;
  pathname: string | undefined;
  site: URL | string;
  /** The page's date of last change, `YYYY-MM-DD`, from its view model. */
  modified?: string | undefined;
}): PageHead {
  const canonical = pathname === undefined ? undefined : new URL(pathname, site).href;
  const own = description?.trim();
  const text = !own ? SITE_DESCRIPTION : own.length < MIN_DESCRIPTION ? `${/[.!?]$/.test(own) ? own : `${own}.`} ${SITE_DESCRIPTION}` : own;
  return {
    documentTitle: `${title} | ${SITE_NAME}`,
    description: text,
    canonical,
    openGraph: { title, description: text, url: canonical, type: modified === undefined ? 'website' : 'article', siteName: SITE_NAME },
    modifiedTime: modified,
  };
}
