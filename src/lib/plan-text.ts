/**
 * How the pages of a plan's PDF are named, on the plan page and in search results. Each page of
 * text sits under a heading whose id is `page-N`; Pagefind turns every heading with an id inside
 * `data-pagefind-body` into a sub-result of the page, so a word on page 7 of the PDF finds
 * `/…/action-plans/2021-01/#page-7`, which the search page names "January 2021 action plan, page 7 (PDF)".
 * Only PDFs have their text read, so a `page-N` anchor always stands for a page of a PDF.
 */

/** The id of the heading over page `page` (counted from 1) of the plan's text: `page-7`. */
export function pageAnchor(page: number): string {
  return `page-${page}`;
}

/** A link to one page of a PDF: `#page=7` (RFC 8118), which PDF viewers in browsers open at. */
export function pdfPageHref(href: string, page: number): string {
  return `${href.replace(/#[\s\S]*$/, '')}#page=${page}`;
}

/**
 * The title a search result gives the sub-result of a plan page whose anchor is `anchorId`:
 * "January 2021 action plan, page 7 (PDF)"; undefined for any other anchor.
 */
export function pageResultTitle(planTitle: string, anchorId: string): string | undefined {
  const page = /^page-([1-9]\d*)$/.exec(anchorId)?.[1];
  return page === undefined ? undefined : `${planTitle}, page ${page} (PDF)`;
}
