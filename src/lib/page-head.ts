/**
 * What every page's `<head>` says about the page to search engines and link previews: its one
 * address (`<link rel="canonical">`, so `?q=` or an old address is not indexed as another page)
 * and its Open Graph card.
 */

/** The site's name, after each page title and in link previews. */
const SITE_NAME = 'CAP Goals';

/** Said of a page that gives no description of its own. */
const SITE_DESCRIPTION = 'Cross-Agency Priority goals: what each goal commits to, its action plans and news of its progress.';

export interface PageHead {
  /** "Customer Experience | CAP Goals". */
  documentTitle: string;
  description: string;
  /** Absolute address of the page, without query or fragment; undefined for a page with no address of its own (404). */
  canonical: string | undefined;
  openGraph: { title: string; description: string; url: string | undefined; type: 'website'; siteName: string };
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
}: {
  title: string;
  description: string | undefined;
  pathname: string | undefined;
  site: URL | string;
}): PageHead {
  const canonical = pathname === undefined ? undefined : new URL(pathname, site).href;
  const text = description ?? SITE_DESCRIPTION;
  return {
    documentTitle: `${title} | ${SITE_NAME}`,
    description: text,
    canonical,
    openGraph: { title, description: text, url: canonical, type: 'website', siteName: SITE_NAME },
  };
}
