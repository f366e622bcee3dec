/**
 * The accessibility statement's view model (`/accessibility/`): what the site aims for, what is
 * known not to meet it, how to report a problem, the Section 508 contact and the day it was last
 * reviewed. Addresses and the day come from site-config, handed in by the route.
 */
import { longDate } from './news.ts';
import type { PageDate } from './page-dates.ts';
import { feedbackHref } from './page-feedback.ts';

interface ContactLink {
  /** What the link shows: the email address, or the page's host for a web form. */
  text: string;
  href: string;
}

export interface AccessibilityPageModel {
  title: string;
  description: string;
  /** The day of the last review: shown, and the page's `article:modified_time`. */
  updated: PageDate;
  section508: ContactLink;
  /** "Report a problem" with this page's address, through the site's feedback target. */
  reportProblem: ContactLink;
}

/** `mailto:a@b.gov?subject=…` shows `a@b.gov`; an https address shows itself without the scheme. */
function contactText(href: string): string {
  const url = new URL(href);
  return url.protocol === 'mailto:' ? decodeURIComponent(url.pathname) : `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}

export function accessibilityPage(options: { section508Contact: string; feedbackUrl: string; pageUrl: string; reviewed: string }): AccessibilityPageModel {
  const reviewed = new Date(`${options.reviewed}T00:00:00Z`);
  return {
    title: 'Accessibility statement',
    description: 'How this site meets Section 508 and WCAG 2.2 AA, what is known not to, and how to report an accessibility problem.',
    updated: { iso: options.reviewed, text: longDate(reviewed) },
    section508: { text: contactText(options.section508Contact), href: options.section508Contact },
    reportProblem: { text: 'Report a problem', href: feedbackHref(options.feedbackUrl, options.pageUrl, 'problem') },
  };
}
