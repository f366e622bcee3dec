import { describe, expect, it } from 'vitest';
import { resolveDocumentHref } from '../../src/lib/document-links.ts';
import { goalPagesContext } from '../../src/lib/goal-page.ts';
import { planPageModel } from '../../src/lib/plan-page.ts';
import { fixtureGoal, fixtureGoals, fixturePosts } from '../support/fixture-goal.ts';

// The site fixture's goals, with a structured customer-experience goal in place of the seed the site build adds.
const modelGoals = [fixtureGoal('view-models/goals/cx.md'), ...fixtureGoals('site')];
const ARCHIVE = 'https://archive.example.gov';
const held = new Set(['/CAP/action_plans/dec_2020_IT.pdf']);
const href = (url: string) => resolveDocumentHref(url, { archive: ARCHIVE, isLocal: (p) => held.has(p) });
const { plans } = goalPagesContext(modelGoals, fixturePosts('site'), { today: new Date('2026-12-02') });
const plan = (url: string) => {
  const found = [...plans.values()].flat().find((p) => p.url === url);
  if (!found) throw new Error(`no plan ${url}`);
  return found;
};

describe('planPageModel', () => {
  it('a plan the site holds: facts, its document with size, the text pages that have words', () => {
    const page = planPageModel(plan('/CAP/it-modernization/action-plans/2020-12/'), { bytes: 12_345, pages: ['First page', '', 'Third page'] }, href);
    expect(page.title).toBe('December 2020 action plan: Fixture IT Modernization');
    expect(page.description).toBe('Fixture IT Modernization: the December 2020 action plan.');
    expect(page.heading).toBe('December 2020 action plan');
    expect(page.breadcrumbs).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Fixture IT Modernization', href: '/CAP/it-modernization/' },
      { label: 'All action plans', href: '/CAP/action-plans/' },
    ]);
    expect(page.facts).toEqual([
      { term: 'Goal', detail: 'Fixture IT Modernization', href: '/CAP/it-modernization/' },
      { term: 'Published', detail: 'December 2020' },
      { term: 'Fiscal year and quarter', detail: 'FY2021 Q1' },
    ]);
    expect(page.document).toEqual({ href: '/CAP/action_plans/dec_2020_IT.pdf', type: 'PDF', size: '12 KB' });
    expect(page.documentText).toBe('Read the December 2020 action plan');
    // The empty second page has no section; the others keep the document's page numbers.
    expect(page.textPages).toEqual([
      { id: 'page-1', heading: 'Page 1', text: 'First page', pdfHref: '/CAP/action_plans/dec_2020_IT.pdf#page=1', pdfLinkText: 'Page 1 of the PDF' },
      { id: 'page-3', heading: 'Page 3', text: 'Third page', pdfHref: '/CAP/action_plans/dec_2020_IT.pdf#page=3', pdfLinkText: 'Page 3 of the PDF' },
    ]);
    expect(page.textNote).toBe('Extracted from the PDF, page by page; tables and figures are in the document only.');
    expect(page.noTextNote).toBeUndefined();
    // The goal's only newer plan is none; its older one is the FY2018 Q4 plan.
    expect(page.previousNext).toEqual({
      label: 'Other action plans for this goal',
      previous: { label: 'FY2018 Q4 action plan', href: '/CAP/it-modernization/action-plans/2018-Q4/' },
      next: undefined,
    });
    expect(page.search).toEqual({
      type: 'Action plan',
      goals: ['Fixture IT Modernization'],
      fiscalYears: [2021],
      fiscalQuarters: ['FY2021 Q1'],
      date: '2020-12',
      sortDate: '2020-12-01',
      period: 'December 2020 (FY2021 Q1)',
    });
  });

  it('a plan the site does not hold: the archive, no size, no text', () => {
    const page = planPageModel(plan('/CAP/cx/action-plans/2021-01/'), undefined, href);
    expect(page.document).toEqual({ href: `${ARCHIVE}/CAP/action_plans/jan_2021_CX.pdf`, type: 'PDF', size: undefined });
    expect(page.textPages).toEqual([]);
    expect(page.noTextNote).toBe(
      'The text of this plan is not searchable on this site: this site does not hold the document. Read it on archive.example.gov, through the link above.',
    );
    expect(page.previousNext.previous).toEqual({ label: 'June 2019 action plan', href: '/CAP/cx/action-plans/2019-06/' });
    expect(page.previousNext.next).toBeUndefined();
  });

  it('a quarter plan: its fiscal quarter in the facts and the period, no publication month, the newer plan next', () => {
    const page = planPageModel(plan('/CAP/it-modernization/action-plans/2018-Q4/'), undefined, href);
    // Written as a quarter: no publication month is claimed.
    expect(page.facts).toEqual([
      { term: 'Goal', detail: 'Fixture IT Modernization', href: '/CAP/it-modernization/' },
      { term: 'Fiscal year and quarter', detail: 'FY2018 Q4' },
    ]);
    expect(page.search.period).toBe('FY2018 Q4');
    expect(page.search.date).toBeUndefined();
    expect(page.search.fiscalYears).toEqual([2018]);
    expect(page.search.fiscalQuarters).toEqual(['FY2018 Q4']);
    expect(page.previousNext.next).toEqual({ label: 'December 2020 action plan', href: '/CAP/it-modernization/action-plans/2020-12/' });
    expect(page.previousNext.previous).toBeUndefined();
  });

  it('a held PDF whose text could not be read, or that holds none: why its words are not searchable', () => {
    const unread = planPageModel(plan('/CAP/it-modernization/action-plans/2020-12/'), { bytes: 900, pages: undefined }, href);
    expect(unread.textPages).toEqual([]);
    expect(unread.noTextNote).toBe(
      'The text of this plan is not searchable on this site: the text could not be read from the PDF. Read it through the link above.',
    );
    const scanned = planPageModel(plan('/CAP/it-modernization/action-plans/2020-12/'), { bytes: 900, pages: ['', ''] }, href);
    expect(scanned.textPages).toEqual([]);
    expect(scanned.noTextNote).toBe(
      'The text of this plan is not searchable on this site: the PDF holds no text (its pages may be scanned images). Read it through the link above.',
    );
  });
});
