import { describe, expect, it } from 'vitest';
import { addressKey, finalAddress, findCollisions, redirectMap, siteClaims } from '../../src/lib/site-addresses.ts';
import { parsePeriod } from '../../src/schemas/period.ts';
import { judgeLink } from '../../src/schemas/url.ts';

describe('addressKey', () => {
  it('treats /x, /x/ and /x/index.html as one address, keeping case', () => {
    expect(addressKey('/CAP/cx')).toBe('/CAP/cx');
    expect(addressKey('/CAP/cx/')).toBe('/CAP/cx');
    expect(addressKey('/CAP/cx/index.html')).toBe('/CAP/cx');
    expect(addressKey('/index.html')).toBe('/');
    expect(addressKey('/')).toBe('/');
    expect(addressKey('/CAP/CX/')).not.toBe(addressKey('/CAP/cx/'));
    expect(addressKey('/CAP/CAP_goal_4.html')).toBe('/CAP/CAP_goal_4.html');
  });
});

describe('findCollisions', () => {
  const goal = (file: string, permalink: string, redirects: string[] = []) => ({
    file,
    permalink,
    redirects: redirects.map((from, i) => ({ from, field: `redirectFrom.${i}` })),
    actionPlans: [{ period: parsePeriod('2021-01')! }],
  });

  it('finds none on a site whose addresses are all distinct', () => {
    const claims = siteClaims({
      goals: [goal('goals/a.md', '/CAP/a/', ['/CAP/a.html']), goal('goals/b.md', '/CAP/b/')],
      posts: [{ file: 'posts/p.md', id: 'p', redirects: [] }],
    });
    expect(findCollisions(claims)).toEqual([]);
  });

  it('names both claimants of one address', () => {
    const claims = siteClaims({ goals: [goal('goals/a.md', '/CAP/a/'), goal('goals/b.md', '/CAP/b/', ['/CAP/a/index.html'])], posts: [] });
    expect(findCollisions(claims)).toEqual([
      { address: '/CAP/a/index.html', first: { file: 'goals/a.md', field: 'permalink' }, second: { file: 'goals/b.md', field: 'redirectFrom.0' } },
    ]);
  });

  it('refuses a page under a file, whichever comes first', () => {
    const claims = siteClaims({ goals: [goal('goals/a.md', '/CAP/x.html/a/'), goal('goals/b.md', '/CAP/b/', ['/CAP/x.html'])], posts: [] });
    expect(findCollisions(claims)).toEqual([
      { address: '/CAP/x.html/a/', first: { file: 'goals/b.md', field: 'redirectFrom.0' }, second: { file: 'goals/a.md', field: 'permalink' } },
      {
        address: '/CAP/x.html/a/goal.json',
        first: { file: 'goals/b.md', field: 'redirectFrom.0' },
        second: { file: 'goals/a.md', field: "the goal's open data file (goal.json)" },
      },
      {
        address: '/CAP/x.html/a/stratml.xml',
        first: { file: 'goals/b.md', field: 'redirectFrom.0' },
        second: { file: 'goals/a.md', field: "the goal's StratML file (stratml.xml)" },
      },
      {
        address: '/CAP/x.html/a/action-plans/2021-01/',
        first: { file: 'goals/b.md', field: 'redirectFrom.0' },
        second: { file: 'goals/a.md', field: 'the page of action plan 1' },
      },
    ]);
  });

  it('counts files in public/ as claims', () => {
    const claims = siteClaims({ goals: [goal('goals/a.md', '/CAP/a/', ['/favicon.ico'])], posts: [], publicFiles: ['/favicon.ico'] });
    expect(findCollisions(claims)).toEqual([
      { address: '/favicon.ico', first: { file: 'public/favicon.ico', field: 'a file in public/' }, second: { file: 'goals/a.md', field: 'redirectFrom.0' } },
    ]);
  });
});

describe('finalAddress', () => {
  const redirects = redirectMap([{ from: '/CAP/leveragingdata', to: '/CAP/leveraging-data/' }]);
  it('replaces an old address, written any of the ways a server serves it, keeping query and fragment', () => {
    expect(finalAddress('/CAP/leveragingdata', redirects)).toBe('/CAP/leveraging-data/');
    expect(finalAddress('/CAP/leveragingdata/', redirects)).toBe('/CAP/leveraging-data/');
    expect(finalAddress('/CAP/leveragingdata/index.html#kpis', redirects)).toBe('/CAP/leveraging-data/#kpis');
  });
  it('leaves other links alone', () => {
    expect(finalAddress('/CAP/cx/', redirects)).toBe('/CAP/cx/');
    expect(finalAddress('https://example.gov/CAP/leveragingdata', redirects)).toBe('https://example.gov/CAP/leveragingdata');
  });
});

describe('judgeLink', () => {
  it('keeps links a reader may follow as written', () => {
    expect(judgeLink('https://www.performance.gov/cx/')).toBe('https://www.performance.gov/cx/');
    expect(judgeLink('mailto:team@gsa.gov')).toBe('mailto:team@gsa.gov');
    expect(judgeLink('/CAP/cx/#kpis')).toBe('/CAP/cx/#kpis');
    expect(judgeLink('../CAP/cx/')).toBe('/CAP/cx/');
  });
  it('refuses what a browser would take off-site or run', () => {
    for (const link of [
      '/\t/evil.example',
      '/\n/evil.example',
      '/\\evil.example',
      '//evil.example',
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'https://a@evil.example/',
      'http:/evil.example',
      'data:,x',
      'ftp://x.gov/',
    ]) {
      expect(judgeLink(link), link).toBeUndefined();
    }
  });
});
