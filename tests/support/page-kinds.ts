export interface PageKind {
  kind: string;
  path: string;
  /** A CSS selector that is on the page once it is ready to check: search results arrive after load. */
  ready?: string;
}

/**
 * One page of each kind the site fixture builds, for checks too slow to run on all of its pages (pa11y, the display
 * modes). Pages added to the site are covered by the checks that walk every file; a new kind of page belongs here. Redirect pages leave at once; the
 * file-based checks cover them.
 */
export const pageKinds: PageKind[] = [
  { kind: 'home', path: '/' },
  { kind: 'goal overview', path: '/CAP/overview/' },
  { kind: 'the seed goal', path: '/CAP/cx/' },
  { kind: 'a goal from structured content', path: '/CAP/grants/' },
  { kind: 'action plan', path: '/CAP/cx/action-plans/2021-01/' },
  { kind: 'action plan index', path: '/CAP/action-plans/' },
  { kind: 'news index', path: '/news/' },
  { kind: 'news index, page 2', path: '/news/page/2/' },
  { kind: 'news post', path: '/news/2020-10-01-new-fiscal-year/' },
  { kind: 'tag index', path: '/news/tags/' },
  { kind: 'tag page', path: '/news/tags/cx/' },
  { kind: 'search with results', path: '/search/?q=customer', ready: '[data-search-results] > li' },
  { kind: 'not found', path: '/404.html' },
];
