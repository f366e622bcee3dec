/**
 * An action plan page's view model: everything `pages/[...goal]/action-plans/[plan].astro`
 * shows, built by one pure function from the plan's entry in {@link planPages} and what the site
 * holds of its document.
 */
import { documentHref, documentLink, type DocumentLinkInfo } from './document-links.ts';
import { planDate, type PageDate } from './page-dates.ts';
import { monthYear, publishedMonthKey } from './periods.ts';
import type { PlanPage } from './plan-pages.ts';
import { pageAnchor, pdfPageHref } from './plan-text.ts';
import { ACTION_PLANS_PATH } from './urls.ts';
import type { Link, PreviousNextLinks, SearchMetadataFields } from './view-parts.ts';

/** What the site holds of a plan's document (see `localDocument`). */
export interface HeldDocument {
  bytes: number;
  /** The text, page by page, when it is a readable PDF. */
  pages: readonly string[] | undefined;
}

/** One page of the document's text, under its own heading (a search sub-result, see plan-text.ts). */
interface TextPage {
  /** The heading's id: `page-7`. */
  id: string;
  /** "Page 7". */
  heading: string;
  text: string;
  /** The document at that page: `…/plan.pdf#page=7`. */
  pdfHref: string;
  /** "Page 7 of the PDF". */
  pdfLinkText: string;
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
  /** "Updated …": the plan's month (also the page's `article:modified_time` and sitemap `<lastmod>`). */
  updated: PageDate;
  /** The `<h1>`: "January 2021 action plan". */
  heading: string;
  /** Home, the goal, all action plans. */
  breadcrumbs: Link[];
  facts: Fact[];
  /** The plan document, with its size when the site holds it. */
  document: DocumentLinkInfo;
  /** Text of the document link: "Read the January 2021 action plan". */
  documentText: string;
  /** The document's text, one section per page that has any, numbered as in the document; empty when the site has none. */
  textPages: TextPage[];
  /** Said above the text: where it comes from and what it lacks. */
  textNote: string;
  /** When there is no text: that the plan's words are not searchable here, why, and where to read them. */
  noTextNote: string | undefined;
  previousNext: PreviousNextLinks;
  search: SearchMetadataFields;
}

/** The view model of one plan page. */
export function planPageModel(plan: PlanPage, held: HeldDocument | undefined, href: (url: string) => string = documentHref): PlanPageModel {
  return {
    title: `${plan.label}: ${plan.goal.title}`,
    description: `${plan.goal.title}: the ${plan.label}.`,
    updated: planDate(plan.period),
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
    textPages: textPages(held?.pages ?? [], href(plan.document), plan.documentType ?? 'document'),
    textNote: `Extracted from the ${plan.documentType ?? 'document'}, page by page; tables and figures are in the document only.`,
    noTextNote: held?.pages?.some((page) => page !== '') ? undefined : noTextNote(plan, held, href(plan.document)),
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

function textPages(pages: readonly string[], documentHref: string, type: string): TextPage[] {
  return pages.flatMap((text, index) => {
    const page = index + 1;
    return text === ''
      ? []
      : [{ id: pageAnchor(page), heading: `Page ${page}`, text, pdfHref: pdfPageHref(documentHref, page), pdfLinkText: `Page ${page} of the ${type}` }];
  });
}

/** Why the plan's words cannot be searched here, and where to read them instead. */
function noTextNote(plan: PlanPage, held: HeldDocument | undefined, href: string): string {
  const type = plan.documentType ?? 'document';
  const why = held
    ? type !== 'PDF'
      ? `only the text of PDFs is read, and this is a ${type}`
      : held.pages === undefined
        ? 'the text could not be read from the PDF'
        : 'the PDF holds no text (its pages may be scanned images)'
    : 'this site does not hold the document';
  const where = /^https?:\/\//.test(href) ? `on ${new URL(href).host}, through the link above` : 'through the link above';
  return `The text of this plan is not searchable on this site: ${why}. Read it ${where}.`;
}
