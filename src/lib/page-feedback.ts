/**
 * "Was this page helpful?" and "Report a problem": plain links, so they work without JavaScript
 * and load nothing from another site. Each carries the page's address and the answer to the
 * configured target (`feedbackUrl` in site-config): as `page` and `feedback` query parameters of
 * an https form, or in the subject and body of an email for a `mailto:` address.
 */

export type FeedbackAnswer = 'yes' | 'no' | 'problem';

/** A link: its visible label, and its accessible name, which starts with the label and says what it answers. */
interface FeedbackLink {
  label: string;
  name: string;
  href: string;
}

export interface PageFeedbackModel {
  question: string;
  /** One link per answer, in the order shown. */
  answers: FeedbackLink[];
  /** The "Report a problem" link. */
  problem: FeedbackLink;
}

/** What each answer says in an email's subject. */
const SUBJECTS: Record<FeedbackAnswer, string> = {
  yes: 'This page was helpful',
  no: 'This page was not helpful',
  problem: 'A problem with this page',
};

/** The address that sends `answer` about the page at `pageUrl` (absolute) to `target`. */
export function feedbackHref(target: string, pageUrl: string, answer: FeedbackAnswer): string {
  const url = new URL(target);
  if (url.protocol === 'mailto:') {
    // mailto: wants %20 for spaces, not the `+` URLSearchParams writes.
    const fields = [`subject=${encodeURIComponent(`${SUBJECTS[answer]}: ${pageUrl}`)}`, `body=${encodeURIComponent(`Page: ${pageUrl}\n\n`)}`];
    return `${target}${target.includes('?') ? '&' : '?'}${fields.join('&')}`;
  }
  url.searchParams.set('page', pageUrl);
  url.searchParams.set('feedback', answer);
  return url.href;
}

/** The feedback block of the page at `pageUrl` (absolute, without query or fragment). */
export function pageFeedback(target: string, pageUrl: string): PageFeedbackModel {
  return {
    question: 'Was this page helpful?',
    answers: [
      { label: 'Yes', name: 'Yes, this page was helpful', href: feedbackHref(target, pageUrl, 'yes') },
      { label: 'No', name: 'No, this page was not helpful', href: feedbackHref(target, pageUrl, 'no') },
    ],
    problem: { label: 'Report a problem', name: 'Report a problem with this page', href: feedbackHref(target, pageUrl, 'problem') },
  };
}
