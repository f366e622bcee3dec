import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { archiveOrigin, isHeldFile, resolveDocumentHref } from '../../src/lib/document-links.ts';
import { feedItems, plansNewestFirst } from '../../src/lib/feed.ts';
import { isSitemapPage, robotsTxt, securityTxt } from '../../src/lib/site-files.ts';
import { fixtureGoal } from '../support/fixture-goal.ts';

const ARCHIVE = 'https://archive.example.gov';
const held = new Set(['/CAP/action_plans/here.pdf', '/CAP/docs/a b.pdf']);
const source = { archive: ARCHIVE, isLocal: (p: string) => held.has(p) };

describe('document links', () => {
  it('sends site-relative documents the site does not hold to the archive, at the same path', () => {
    expect(resolveDocumentHref('/CAP/action_plans/jan_2021_CX.pdf', source)).toBe(`${ARCHIVE}/CAP/action_plans/jan_2021_CX.pdf`);
    expect(resolveDocumentHref('/CAP/x.DOCX?v=2#p3', source)).toBe(`${ARCHIVE}/CAP/x.DOCX?v=2#p3`);
  });
  it('serves documents the site holds, and leaves pages and absolute links alone', () => {
    expect(resolveDocumentHref('/CAP/action_plans/here.pdf', source)).toBe('/CAP/action_plans/here.pdf');
    expect(resolveDocumentHref('/CAP/docs/a%20b.pdf', source)).toBe('/CAP/docs/a%20b.pdf');
    expect(resolveDocumentHref('/CAP/cx/', source)).toBe('/CAP/cx/');
    expect(resolveDocumentHref('/CAP/CAP_goal_4.html', source)).toBe('/CAP/CAP_goal_4.html');
    expect(resolveDocumentHref('https://example.gov/x.pdf', source)).toBe('https://example.gov/x.pdf');
    expect(resolveDocumentHref('//cdn.example.gov/x.pdf', source)).toBe('//cdn.example.gov/x.pdf');
    expect(resolveDocumentHref('mailto:a@example.gov', source)).toBe('mailto:a@example.gov');
  });
  it('accepts only an http(s) origin as the archive', () => {
    expect(archiveOrigin('https://archive.example.gov/')).toBe(ARCHIVE);
    for (const bad of ['archive.example.gov', 'https://archive.example.gov/path', 'ftp://archive.example.gov', 'javascript:alert(1)']) {
      expect(() => archiveOrigin(bad)).toThrow(/must be an http\(s\) origin/);
    }
  });
  it('finds files in public/ and never outside it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cap-public-'));
    mkdirSync(path.join(root, 'CAP'));
    writeFileSync(path.join(root, 'CAP', 'plan.pdf'), '%PDF');
    writeFileSync(path.join(root, '..', `${path.basename(root)}-outside.pdf`), '%PDF');
    expect(isHeldFile('/CAP/plan.pdf', [root])).toBe(true);
    expect(isHeldFile('/CAP/other.pdf', [root])).toBe(false);
    expect(isHeldFile(`/../${path.basename(root)}-outside.pdf`, [root])).toBe(false);
  });
  it('the site rule uses public/ and the archived performance.gov, unless CAP_DOCUMENT_ARCHIVE names another origin', async () => {
    // site-config reads the environment once, when it is first imported: import it afresh under each setting.
    const load = async (archive: string | undefined) => {
      vi.stubEnv('CAP_DOCUMENT_ARCHIVE', archive);
      vi.resetModules();
      return { config: await import('../../src/site-config.ts'), documents: await import('../../src/lib/document-links.ts') };
    };
    try {
      const byDefault = await load(undefined);
      expect(path.relative(process.cwd(), byDefault.config.publicDir)).toBe('public');
      expect(byDefault.config.documentArchive).toBe('https://trumpadministration.archives.performance.gov');
      expect(byDefault.documents.documentHref('/CAP/action_plans/not-held-anywhere.pdf')).toBe(
        'https://trumpadministration.archives.performance.gov/CAP/action_plans/not-held-anywhere.pdf',
      );
      const configured = await load('https://archive.example.gov');
      expect(configured.documents.documentHref('/CAP/action_plans/not-held-anywhere.pdf')).toBe(
        'https://archive.example.gov/CAP/action_plans/not-held-anywhere.pdf',
      );
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe('feed and latest plans', () => {
  const goals = ['grants', 'leveraging-data', 'it-modernization'].map((name) => fixtureGoal(`site/goals/${name}.md`));
  it('lists every plan of every goal, newest first, same month by goal title', () => {
    const plans = plansNewestFirst(goals);
    expect(plans.map((p) => `${p.goal.title} ${p.label} ${p.date.toISOString().slice(0, 10)}`)).toEqual([
      'Fixture Grants January 2021 action plan 2021-01-01',
      'Fixture Leveraging Data January 2021 action plan 2021-01-01',
      'Fixture IT Modernization December 2020 action plan 2020-12-01',
      'Fixture Grants June 2020 action plan 2020-06-01',
      // FY2018 Q4 is July to September 2018: it sorts at September, and states no publication month.
      'Fixture IT Modernization FY2018 Q4 action plan 2018-09-01',
    ]);
    expect(plans[0]!.label).toBe('January 2021 action plan');
  });
  it('mixes posts and plans newest first, a post before a plan of the same day, up to the limit', () => {
    const posts = [
      { id: 'p1', data: { title: 'Post one', date: new Date('2021-01-01'), description: 'D1', tags: ['cx'] } },
      { id: 'p0', data: { title: 'Post zero', date: new Date('2022-05-01'), description: 'D0', tags: [] } },
    ];
    const items = feedItems(posts, goals, 4, (url) => `https://docs.example.gov${url}`);
    expect(items.map((i) => i.title)).toEqual([
      'Post zero',
      'Post one',
      'Fixture Grants: January 2021 action plan',
      'Fixture Leveraging Data: January 2021 action plan',
    ]);
    expect(items[1]).toEqual({ title: 'Post one', link: '/news/p1/', pubDate: new Date('2021-01-01'), description: 'D1', categories: ['cx'] });
    expect(items[2]!.link).toBe('https://docs.example.gov/CAP/action_plans/jan_2021_grants.pdf');
    expect(items[2]!.categories).toEqual(['Action plan']);
  });
});

describe('site files', () => {
  it('robots.txt allows everything and names the sitemap', () => {
    expect(robotsTxt('https://x.gov/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.gov/sitemap-index.xml\n');
  });
  it('security.txt has a contact, an expiry less than a year ahead, and its canonical address', () => {
    const text = securityTxt({ contact: 'mailto:sec@x.gov', canonical: 'https://x.gov/.well-known/security.txt', now: new Date('2026-01-10T15:00:00Z') });
    expect(text).toBe('Contact: mailto:sec@x.gov\nExpires: 2026-07-09T00:00:00Z\nPreferred-Languages: en\nCanonical: https://x.gov/.well-known/security.txt\n');
    expect(securityTxt({ contact: 'https://x.gov/report', canonical: 'c', now: new Date(), policy: 'https://x.gov/vdp' })).toContain(
      'Policy: https://x.gov/vdp\n',
    );
    expect(() => securityTxt({ contact: 'sec@x.gov', canonical: 'c', now: new Date() })).toThrow(/mailto:, https: or tel:/);
  });
  it('the sitemap lists pages, not redirect files, the feed or text files', () => {
    expect(isSitemapPage('https://x.gov/CAP/cx/')).toBe(true);
    expect(isSitemapPage('https://x.gov/')).toBe(true);
    for (const file of ['CAP/CAP_goal_4.html', 'CAP/leveragingdata/index.html', 'news/rss.xml', 'robots.txt', '.well-known/security.txt']) {
      expect(isSitemapPage(`https://x.gov/${file}`)).toBe(false);
    }
  });
});
