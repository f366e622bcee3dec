import { describe, expect, it } from 'vitest';
import { planPages, planUrl } from '../../src/lib/plan-pages.ts';
import { period as p, plan } from '../support/periods.ts';

const cx = {
  title: 'Improving Customer Experience with Federal Services',
  permalink: '/CAP/cx/',
  // Out of order on purpose, as in the seed.
  actionPlans: [plan('2019-06'), plan('2021-01'), plan('2018-Q4'), plan('2019-12'), plan('2019-09')],
};
const grants = {
  title: 'Results-Oriented Accountability for Grants',
  permalink: '/CAP/grants/',
  actionPlans: [plan('2021-01', 'https://example.gov/grants.docx'), plan('2020-09')],
};

describe('planUrl', () => {
  it('puts the plan under its goal', () => {
    expect(planUrl('/CAP/cx/', p('2021-01'))).toBe('/CAP/cx/action-plans/2021-01/');
    expect(planUrl('/CAP/cx', p('2018-Q4'))).toBe('/CAP/cx/action-plans/2018-Q4/');
  });
});

describe('planPages', () => {
  const pages = planPages([cx, grants]);

  it('lists every plan of every goal, newest first, same month by goal title', () => {
    expect(pages.map((page) => page.url)).toEqual([
      '/CAP/cx/action-plans/2021-01/',
      '/CAP/grants/action-plans/2021-01/',
      '/CAP/grants/action-plans/2020-09/',
      '/CAP/cx/action-plans/2019-12/',
      '/CAP/cx/action-plans/2019-09/',
      '/CAP/cx/action-plans/2019-06/',
      '/CAP/cx/action-plans/2018-Q4/',
    ]);
  });

  it('labels month and quarter plans, with fiscal year and quarter', () => {
    const december = pages.find((page) => page.url === '/CAP/cx/action-plans/2019-12/')!;
    expect(december).toMatchObject({
      id: '2019-12',
      label: 'December 2019 action plan',
      periodText: 'December 2019 (FY2020 Q1)',
      fiscalText: 'FY2020 Q1',
      date: '2019-12-01',
      documentType: 'PDF',
    });
    const quarter = pages.find((page) => page.id === '2018-Q4')!;
    // FY2018 Q4 is July to September 2018: the plan sorts at September and claims no publication month.
    expect(quarter).toMatchObject({ label: 'FY2018 Q4 action plan', periodText: 'FY2018 Q4', fiscalText: 'FY2018 Q4', date: '2018-09-01' });
    expect(pages.find((page) => page.url === '/CAP/grants/action-plans/2021-01/')!.documentType).toBe('DOCX');
  });

  it('links each plan to the previous and next plan of the same goal only', () => {
    const byUrl = new Map(pages.map((page) => [page.url, page]));
    const newest = byUrl.get('/CAP/cx/action-plans/2021-01/')!;
    expect(newest.next).toBeUndefined();
    expect(newest.previous).toEqual({ label: 'December 2019 action plan', url: '/CAP/cx/action-plans/2019-12/' });
    const middle = byUrl.get('/CAP/cx/action-plans/2019-09/')!;
    expect(middle.previous?.url).toBe('/CAP/cx/action-plans/2019-06/');
    expect(middle.next?.url).toBe('/CAP/cx/action-plans/2019-12/');
    expect(byUrl.get('/CAP/cx/action-plans/2018-Q4/')!.previous).toBeUndefined();
    expect(byUrl.get('/CAP/grants/action-plans/2020-09/')!.next?.url).toBe('/CAP/grants/action-plans/2021-01/');
  });

  it('refuses two plans of one goal for the same period', () => {
    expect(() => planPages([{ ...cx, actionPlans: [plan('2021-01'), plan('2021-01', '/other.pdf')] }])).toThrow(/two action plans for 2021-01/);
  });

  it('gives no pages for goals without plans', () => {
    expect(planPages([{ ...cx, actionPlans: [] }])).toEqual([]);
  });
});
