/**
 * An action plan page's view model: everything `pages/[...goal]/action-plans/[plan].astro`
 * shows, built by one pure function from the plan's entry in {@link planPages} and what the site
 * holds of its document.
 */
import { documentHref, documentLink, type DocumentLinkInfo } from './document-links.ts';
import { monthYear, publishedMonthKey } from './periods.ts';
import type { PlanPage } from './plan-pages.ts';
import { ACTION_PLANS_PATH } from './urls.ts';
import type { Link, PreviousNextLinks, SearchMetadataFields } from './view-parts.ts';

/** What the site holds of a plan's document (see `localDocument`). */
export interface HeldDocument {
  bytes: number;
  /** The text, page by page, when it is a readable PDF. */
  pages: readonly string[] | undefined;
}

/** One line of the facts list: a term, its value, and where the value links to if anywhere. */
interface Fact {
  term: string;
  detail: string;
  href?: string | undefined;
}

export interface PlanPageModel {
  /** The page's `<title>` and meta description. */
  title: string;
  description: string;
  /** The `<h1>`: "January 2021 action plan". */
  heading: string;
  /** Home, the goal, all action plans. */
  breadcrumbs: Link[];
  facts: Fact[];
  /** The plan document, with its size when the site holds it. */
  document: DocumentLinkInfo;
  /** Text of the document link: "Read the January 2021 action plan". */
  documentText: string;
  /** The document's text, one paragraph per page that has any; empty when the site has none. */
  textPages: string[];
  /** Said above the text: where it comes from and what it lacks. */
  textNote: string;
  previousNext: PreviousNextLinks;
  search: SearchMetadataFields;
}

/** The view model of one plan page. */
export function planPageModel(plan: PlanPage, held: HeldDocument | undefined, href: (url: string) => string = documentHref): PlanPageModel {
  return {
    title: `${plan.label}: ${plan.goal.title}`,
    description: `${plan.goal.title}: the ${plan.label}.`,
    heading: plan.label,
    breadcrumbs: [
      { label: 'Home', href: '/' },
      { label: plan.goal.title, href: plan.goal.permalink },
      { label: 'All action plans', href: ACTION_PLANS_PATH },
    ],
    facts: [
      { term: 'Goal', detail: plan.goal.title, href: plan.goal.permalink },
      // A plan written as a fiscal quarter says nothing of when it was published.
      ...(plan.period.published ? [{ term: 'Published', detail: monthYear(plan.period.published) }] : []),
      { term: 'Fiscal year and quarter', detail: plan.fiscalText },
    ],
    document: documentLink(plan.document, held?.bytes, href),
    documentText: `Read the ${plan.label}`,
    textPages: held?.pages?.filter((page) => page !== '') ?? [],
    textNote: `Extracted from the ${plan.documentType ?? 'document'}; tables and figures are in the document only.`,
    previousNext: {
      label: 'Other action plans for this goal',
      previous: plan.previous && { label: plan.previous.label, href: plan.previous.url },
      next: plan.next && { label: plan.next.label, href: plan.next.url },
    },
    search: {
      type: 'Action plan',
      goals: [plan.goal.title],
      fiscalYears: [plan.period.fiscal.fiscalYear],
      fiscalQuarters: [plan.fiscalText],
      date: publishedMonthKey(plan.period),
      sortDate: plan.date,
      period: plan.periodText,
    },
  };
}
