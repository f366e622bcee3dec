import { describe, expect, it } from 'vitest';
import { pageAnchor, pageResultTitle, pdfPageHref } from '../../src/lib/plan-text.ts';

describe('plan text pages', () => {
  it('names the heading over a page of text by its page number', () => {
    expect(pageAnchor(7)).toBe('page-7');
  });

  it('links a page of a PDF with #page=N, replacing any fragment the address had', () => {
    expect(pdfPageHref('/CAP/action_plans/jan_2021_CX.pdf', 7)).toBe('/CAP/action_plans/jan_2021_CX.pdf#page=7');
    expect(pdfPageHref('https://archive.example.gov/x.pdf#page=2', 12)).toBe('https://archive.example.gov/x.pdf#page=12');
  });

  it('titles a search sub-result for a page of the PDF, and no other anchor', () => {
    expect(pageResultTitle('January 2021 action plan', 'page-7')).toBe('January 2021 action plan, page 7 (PDF)');
    expect(pageResultTitle('January 2021 action plan', 'the-challenge')).toBeUndefined();
    expect(pageResultTitle('January 2021 action plan', 'page-0')).toBeUndefined();
    expect(pageResultTitle('January 2021 action plan', 'page-7-notes')).toBeUndefined();
  });
});
