import { describe, expect, it } from 'vitest';
import { accessibilityPage } from '../../src/lib/accessibility-page.ts';
import { feedbackHref, pageFeedback } from '../../src/lib/page-feedback.ts';

const PAGE = 'https://cap.example.gov/CAP/cx/action-plans/2021-01/';

describe('feedbackHref', () => {
  it('sends an email whose subject and body carry the page address', () => {
    const href = feedbackHref('mailto:feedback@agency.gov', PAGE, 'no');
    expect(href).toBe(
      'mailto:feedback@agency.gov?subject=This%20page%20was%20not%20helpful%3A%20https%3A%2F%2Fcap.example.gov%2FCAP%2Fcx%2Faction-plans%2F2021-01%2F' +
        '&body=Page%3A%20https%3A%2F%2Fcap.example.gov%2FCAP%2Fcx%2Faction-plans%2F2021-01%2F%0A%0A',
    );
  });

  it('adds to a mailto: that already has a query', () => {
    expect(feedbackHref('mailto:a@agency.gov?cc=b@agency.gov', PAGE, 'yes')).toMatch(
      /^mailto:a@agency\.gov\?cc=b@agency\.gov&subject=This%20page%20was%20helpful/,
    );
  });

  it('sends a form the page address and the answer as query parameters, keeping the form’s own', () => {
    const href = new URL(feedbackHref('https://forms.agency.gov/f/123?site=cap', PAGE, 'problem'));
    expect(href.origin + href.pathname).toBe('https://forms.agency.gov/f/123');
    expect(Object.fromEntries(href.searchParams)).toEqual({ site: 'cap', page: PAGE, feedback: 'problem' });
  });
});

describe('pageFeedback', () => {
  it('asks one question with Yes and No, then Report a problem, each naming what it answers to screen readers', () => {
    const model = pageFeedback('https://forms.agency.gov/f', PAGE);
    expect(model.question).toBe('Was this page helpful?');
    expect(model.answers.map((a) => [a.label, a.name])).toEqual([
      ['Yes', 'Yes, this page was helpful'],
      ['No', 'No, this page was not helpful'],
    ]);
    expect([model.problem.label, model.problem.name]).toEqual(['Report a problem', 'Report a problem with this page']);
    expect([...model.answers, model.problem].map((link) => new URL(link.href).searchParams.get('feedback'))).toEqual(['yes', 'no', 'problem']);
  });
});

describe('accessibilityPage', () => {
  it('names the Section 508 contact by its email address, and reports a problem with its own address', () => {
    const model = accessibilityPage({
      section508Contact: 'mailto:508@agency.gov',
      feedbackUrl: 'https://forms.agency.gov/f',
      pageUrl: 'https://cap.example.gov/accessibility/',
      reviewed: '2026-11-30',
    });
    expect(model.section508).toEqual({ text: '508@agency.gov', href: 'mailto:508@agency.gov' });
    expect(model.updated).toEqual({ iso: '2026-11-30', text: 'November 30, 2026' });
    expect(new URL(model.reportProblem.href).searchParams.get('page')).toBe('https://cap.example.gov/accessibility/');
    expect(model.description.length).toBeGreaterThanOrEqual(50);
  });

  it('names a web form contact by its host and path', () => {
    const model = accessibilityPage({
      section508Contact: 'https://agency.gov/508/',
      feedbackUrl: 'mailto:f@agency.gov',
      pageUrl: 'https://x.gov/accessibility/',
      reviewed: '2026-01-02',
    });
    expect(model.section508.text).toBe('agency.gov/508/');
  });
});
