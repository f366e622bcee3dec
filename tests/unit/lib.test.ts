import { describe, expect, it } from 'vitest';
import { currentPlanDocument } from '../../src/lib/action-plans.ts';
import { latestTagged, postsByTag, upcoming } from '../../src/lib/news.ts';
import { goalRedirects, redirectFile, redirectPage } from '../../src/lib/redirects.ts';
import { plan as planOf } from '../support/periods.ts';

const plan = (key: string) => planOf(key, `/${key}.pdf`);

describe('action plans', () => {
  const plans = ['2019-06', '2019-12', '2018-Q4', '2021-01'].map(plan);

  it('the current plan is the one named, else the newest', () => {
    expect(currentPlanDocument({ currentActionPlan: '/named.pdf', actionPlans: plans })).toBe('/named.pdf');
    expect(currentPlanDocument({ actionPlans: plans })).toBe('/2021-01.pdf');
    expect(currentPlanDocument({ actionPlans: [] })).toBeUndefined();
  });
});

describe('news and events', () => {
  const post = (tags: string[], date: string) => ({ data: { tags, date: new Date(date) } });

  it('takes the two newest posts with the tag, ignoring case', () => {
    const posts = [post(['cx'], '2019-01-01'), post(['CX'], '2020-01-01'), post(['grants'], '2021-01-01'), post(['cx'], '2018-01-01')];
    expect(latestTagged(postsByTag(posts), 'cx').map((p) => p.data.date.getUTCFullYear())).toEqual([2020, 2019]);
    expect(latestTagged(postsByTag(posts), undefined)).toEqual([]);
  });

  it('keeps events from today on, soonest first', () => {
    const events = ['2026-11-24', '2026-12-31', '2026-11-25'].map((d) => ({ date: new Date(`${d}T00:00:00Z`) }));
    const today = new Date('2026-11-25T15:00:00Z');
    expect(upcoming(events, today).map((e) => e.date.toISOString().slice(0, 10))).toEqual(['2026-11-25', '2026-12-31']);
  });
});

describe('redirects', () => {
  it('writes .html addresses as that file and others as a folder index', () => {
    expect(redirectFile('/CAP/CAP_goal_4.html')).toBe('CAP/CAP_goal_4.html');
    expect(redirectFile('/CAP/leveragingdata')).toBe('CAP/leveragingdata/index.html');
    expect(redirectFile('/CAP/old/')).toBe('CAP/old/index.html');
  });

  it('lists every redirect of every goal', () => {
    expect(goalRedirects([{ permalink: '/CAP/cx/', title: 'CX', redirectFrom: ['/a.html', '/b'] }])).toEqual([
      { from: '/a.html', to: '/CAP/cx/', title: 'CX' },
      { from: '/b', to: '/CAP/cx/', title: 'CX' },
    ]);
  });

  it('makes a complete page with lang, title, refresh and a link, escaping the title', () => {
    const html = redirectPage({ from: '/a.html', to: '/CAP/cx/', title: 'Jobs & <Growth>' }, new URL('https://example.gov'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/CAP/cx/">');
    expect(html).toContain('<link rel="canonical" href="https://example.gov/CAP/cx/">');
    expect(html).toContain('<a href="/CAP/cx/">Jobs &amp; &lt;Growth&gt;</a>');
  });
});
