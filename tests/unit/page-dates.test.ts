import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goalUpdated, planDate, statedModifiedTime } from '../../src/lib/page-dates.ts';
import { statedPageDates, withLastmod } from '../../src/lib/site-files.ts';
import { period, plan } from '../support/periods.ts';

describe('planDate', () => {
  it('a plan written as a month is dated by that month, without a day it does not know', () => {
    expect(planDate(period('2021-01'))).toEqual({ iso: '2021-01-01', text: 'January 2021' });
  });

  it('a plan written as a fiscal quarter is dated by the last month of that quarter', () => {
    expect(planDate(period('2018-Q1'))).toEqual({ iso: '2017-12-01', text: 'December 2017' });
    expect(planDate(period('2018-Q4'))).toEqual({ iso: '2018-09-01', text: 'September 2018' });
  });
});

describe('goalUpdated', () => {
  const plans = [plan('2018-Q4'), plan('2020-07'), plan('2019-12')];

  it('is the newest plan, whatever order the content lists them in', () => {
    expect(goalUpdated({ actionPlans: plans })).toEqual({ iso: '2020-07-01', text: 'July 2020' });
  });

  it('is the goal’s own day when it gives one, even if older than a plan', () => {
    expect(goalUpdated({ updated: new Date(Date.UTC(2019, 2, 5)), actionPlans: plans })).toEqual({ iso: '2019-03-05', text: 'March 5, 2019' });
  });

  it('is absent for a goal with no plan and no day', () => {
    expect(goalUpdated({ actionPlans: [] })).toBeUndefined();
  });
});

describe('statedModifiedTime', () => {
  it('reads the day from article:modified_time, attributes in any order', () => {
    expect(statedModifiedTime('<head><meta property="article:modified_time" content="2020-07-01"></head>')).toBe('2020-07-01');
    expect(statedModifiedTime('<meta content="2019-03-05" property="article:modified_time" />')).toBe('2019-03-05');
  });

  it('is undefined for a page without one, or with something that is not a day', () => {
    expect(statedModifiedTime('<meta property="og:type" content="website">')).toBeUndefined();
    expect(statedModifiedTime('<meta property="article:modified_time" content="soon">')).toBeUndefined();
  });
});

describe('statedPageDates and withLastmod', () => {
  it('gives a sitemap entry the date its built page states, and leaves other entries alone', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cap-lastmod-'));
    try {
      await mkdir(path.join(dir, 'CAP/cx'), { recursive: true });
      await writeFile(path.join(dir, 'CAP/cx/index.html'), '<html><head><meta property="article:modified_time" content="2021-01-01"></head>');
      await mkdir(path.join(dir, 'news'), { recursive: true });
      await writeFile(path.join(dir, 'news/index.html'), '<title>News</title>');
      // A head longer than the first read still gives its date.
      await mkdir(path.join(dir, 'long'), { recursive: true });
      await writeFile(
        path.join(dir, 'long/index.html'),
        `<head><title>${'x'.repeat(40_000)}</title><meta property="article:modified_time" content="2020-06-01"></head>`,
      );
      // A date in the body is not the page's.
      await mkdir(path.join(dir, 'body'), { recursive: true });
      await writeFile(path.join(dir, 'body/index.html'), '<head></head><body><meta property="article:modified_time" content="2019-01-01"></body>');
      const dates = await statedPageDates(dir, ['/CAP/cx/', '/news/', '/missing/', '/long/', '/body/']);
      expect(Object.fromEntries(dates)).toEqual({ '/CAP/cx/': '2021-01-01', '/long/': '2020-06-01' });
      expect(withLastmod({ url: 'https://x.gov/CAP/cx/' }, dates)).toEqual({ url: 'https://x.gov/CAP/cx/', lastmod: '2021-01-01' });
      expect(withLastmod({ url: 'https://x.gov/news/' }, dates)).toEqual({ url: 'https://x.gov/news/' });
      expect(withLastmod({ url: 'https://x.gov/missing/' }, dates)).toEqual({ url: 'https://x.gov/missing/' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
