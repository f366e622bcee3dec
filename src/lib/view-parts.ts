/** Shapes that more than one page's view model hands to the same component. */

/** A link as a component shows it. */
export interface Link {
  label: string;
  href: string;
}

/** A previous/next navigation: its name for assistive technology and the links it has. */
export interface PreviousNextLinks {
  /** The navigation's accessible name: "Other goals". */
  label: string;
  previous: Link | undefined;
  next: Link | undefined;
}

/** The kinds of page the search filters offer. */
type SearchType = 'Goal' | 'Action plan' | 'News';

/** What the search index records about a page besides its text (see `SearchMetadata.astro`). */
export interface SearchMetadataFields {
  type: SearchType;
  /** Goals the page belongs to (a news post may belong to several, or none). */
  goals: readonly string[];
  /** Fiscal years the page covers. */
  fiscalYears: readonly number[];
  /** Fiscal quarters the page covers, as the quarter filter names them: `FY2020 Q3`. */
  fiscalQuarters: readonly string[];
  /** Shown in results: `2021-01` (a month) or `2019-09-19` (a day); undefined when unknown. */
  date: string | undefined;
  /** Sort key, `YYYY-MM-DD`; every indexed page needs one or it drops out of date-sorted results. */
  sortDate: string | undefined;
  /** A plan's period in words. */
  period?: string | undefined;
}
