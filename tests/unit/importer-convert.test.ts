import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertGoalPage } from '../../src/importer/goal-page.ts';
import { checkGoalLinks, sharedDocuments } from '../../src/importer/goal-links.ts';
import { readLegacyFrontMatter } from '../../src/importer/quoted-lines.ts';
import { convertPost, descriptionFromBody } from '../../src/importer/post.ts';
import { fitToGoalSchema } from '../../src/importer/schema-fit.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/importer/${name}`, import.meta.url), 'utf8');

function goalFrom(text: string) {
  const front = readLegacyFrontMatter(text);
  if (!front.ok) throw new Error(front.problems.join('\n'));
  return convertGoalPage(front.entries, front.prepared);
}

function postFrom(text: string, name: string) {
  const front = readLegacyFrontMatter(text);
  if (!front.ok) throw new Error(front.problems.join('\n'));
  return convertPost(front.entries, front.body, name);
}

describe('a goal page with every legacy key family', () => {
  const goal = goalFrom(fixture('good/_cap-goal-page/every-key.md'));
  if (!goal.ok) throw new Error(JSON.stringify(goal.errors));
  const keysNoted = goal.notes.map((n) => n.key);

  it('maps every family to the structured format', () => {
    expect(goal.input).toMatchObject({
      title: 'Sample Goal',
      subtitle: 'Every Legacy Key Family in One Page',
      permalink: '../CAP/sample-goal/',
      redirectFrom: ['/CAP/CAP_goal_99.html', '/CAP/sample_goal.html'],
      icon: '/img/CAP_icons/second.png',
      category: 'Key Drivers of Transformation',
      featured: { text: 'A box worth a look', url: 'https://example.gov/featured', button: 'Look' },
      resources: [
        { name: 'First resource', url: 'https://example.gov/one' },
        { name: 'Tenth resource', url: '/CAP/docs/ten.pdf' },
        { name: 'Join the mailing list', url: 'https://example.gov/list' },
      ],
      currentActionPlan: '/CAP/action_plans/FY2018_Q3_Sample.pdf',
      statement: { bullets: ['First statement bullet.', 'Second statement bullet.'] },
      challenge: { text: 'The challenges are:', bullets: ['One challenge.'] },
      opportunity: 'First paragraph of the opportunity.\n\nSecond paragraph, written at the left margin as the legacy files did.',
      kpis: { dashboardUrl: '/CAP/key_performance_indicators.html', titles: ['First indicator'] },
      newsTag: 'sample',
      events: [{ title: 'Sample Conference', date: '2018-12-06', text: 'Come along.', button: 'Register', url: 'https://example.gov/event' }],
      previous: { name: 'Overview', url: '/CAP/overview/' },
      next: { name: 'Other Goal', url: '/CAP/othergoal' },
    });
    expect(goal.input.actionPlans).toEqual([
      { period: '2019-06', document: '/CAP/action_plans/june_2019_Sample.pdf' },
      { period: '2018-Q2', document: '/CAP/action_plans/FY2018_Q2_Sample.pdf' },
      { period: '2018-Q3', document: '/CAP/action_plans/FY2018_Q3_Sample.pdf' },
      { period: '2018-Q4', document: '/CAP/action_plans/FY2018_Q4_Shared.pdf' },
    ]);
    expect(goal.input.leaders).toEqual([
      { name: 'First Leader', title: 'Deputy Secretary, Department of Examples', photo: '/img/CAP-photos/first-leader.jpg', alt: 'Photo of First Leader' },
      { name: 'Second Leader', title: 'Administrator, Example Service' },
      { name: 'Third Leader', title: 'Director, Office of Samples', photo: '/img/CAP-photos/third-leader.jpg' },
    ]);
    expect(goal.input.quote).toBeUndefined();
  });

  it('warns once for each rule it met, under the key as written', () => {
    for (const key of [
      'cap-icon',
      'action-2018-Q2',
      'opportunity',
      'goal-leader-title',
      'quote',
      'goal-leader-2-photo',
      'current-action-plan',
      'cap-kpi-url',
      'CAP-event-date',
      'goal-leader-2-name',
      'title',
      'goal-leader-3-photo',
      'resource-1-name',
      'KPI-2',
      'action-2019-sept',
      'quote-autor',
      'listserv-include',
      'innovation',
      'CFR',
    ]) {
      expect(keysNoted, key).toContain(key);
    }
    expect(goal.notes.find((n) => n.key === 'quote-autor')!.message).toBe('unknown key; did you mean "quote-author"?; dropped');
  });
});

describe('values still invalid after repair', () => {
  it('are dropped with the reason, the smallest whole part at a time', () => {
    const input: Record<string, unknown> = {
      title: 'T',
      permalink: '/CAP/t/',
      resources: [
        { name: 'Bad', url: 'javascript:alert(1)' },
        { name: 'Good', url: '/ok' },
      ],
      quote: { author: 'Nobody' },
      events: [{ title: 'E', date: 'sometime' }],
    };
    const origins = new Map([
      ['resources.0.url', 'resource-2-url'],
      ['quote.author', 'quote-author'],
      ['events.0.date', 'CAP-event-date'],
    ]);
    const fitted = fitToGoalSchema(input, origins);
    expect(fitted.ok).toBe(true);
    expect(input).toEqual({ title: 'T', permalink: '/CAP/t/', resources: [{ name: 'Good', url: '/ok' }] });
    expect(fitted.notes.map((n) => n.key)).toEqual(['resource-2-url', 'quote.text', 'CAP-event-date']);
  });

  it('fail the file when they are the title or the permalink', () => {
    const front = readLegacyFrontMatter(fixture('bad/_cap-goal-page/no-title.md'));
    if (!front.ok) throw new Error('unreadable');
    expect(convertGoalPage(front.entries, front.prepared)).toMatchObject({ ok: false, errors: [{ key: 'title', message: 'required, but missing' }] });
    expect(goalFrom(fixture('bad/_cap-goal-page/bad-permalink.md'))).toMatchObject({ ok: false, errors: [{ key: 'permalink' }] });
  });
});

describe('links between goals', () => {
  const goals = [
    { permalink: '/CAP/leveraging-data/', title: 'Leveraging Data as a Strategic Asset', addresses: ['/CAP/leveraging-data/'] },
    { permalink: '/CAP/it-modernization/', title: 'Modernize IT', addresses: ['/CAP/it-modernization/', '/CAP/CAP_goal_1.html'] },
  ];

  it('keeps links to a goal or the overview, repoints near misses, drops links to nothing', () => {
    const input: Record<string, unknown> = {
      previous: { name: 'Overview', url: '/CAP/overview/' },
      next: { name: 'Leveraging Data', url: '/CAP/leveragingdata' },
    };
    const notes = checkGoalLinks(input, goals, new Map([['next.url', 'next-page-url']]));
    expect(input.next).toEqual({ name: 'Leveraging Data', url: '/CAP/leveraging-data/' });
    expect(notes).toEqual([{ key: 'next-page-url', message: expect.stringContaining('pointed at /CAP/leveraging-data/') }]);

    const lost: Record<string, unknown> = { previous: { name: 'Gone', url: '/CAP/gone/' }, next: { name: 'IT', url: '/CAP/CAP_goal_1.html' } };
    expect(checkGoalLinks(lost, goals, new Map())[0]!.message).toContain('points at no imported goal');
    expect(lost).toEqual({ next: { name: 'IT', url: '/CAP/CAP_goal_1.html' } });
  });

  it('notices a link named for one goal that points at another', () => {
    const input: Record<string, unknown> = { previous: { name: 'Leveraging Data', url: '/CAP/it-modernization' } };
    const notes = checkGoalLinks(input, goals, new Map([['previous.name', 'previous-cap-goal-name']]));
    expect(notes).toEqual([
      { key: 'previous-cap-goal-name', message: expect.stringContaining('named "Leveraging Data" but points at /CAP/it-modernization/') },
    ]);
  });

  it('notices an action plan another goal also lists', () => {
    const documents = new Map([
      ['/a.pdf', ['goals/a.md', 'goals/b.md']],
      ['/b.pdf', ['goals/b.md']],
    ]);
    const input = {
      actionPlans: [
        { period: '2018-Q1', document: '/a.pdf' },
        { period: '2018-Q2', document: '/b.pdf' },
      ],
    };
    const notes = sharedDocuments('goals/b.md', documents, input, new Map([['actionPlans.0.document', 'action-2018-Q1']]));
    expect(notes).toEqual([{ key: 'action-2018-Q1', message: expect.stringContaining('is also an action plan of goals/a.md') }]);
  });
});

describe('posts', () => {
  it('legacy post keys become title, date from the file name, description and tags; the rest is listed as dropped', () => {
    const post = postFrom(fixture('good/_posts/2019-09-19-legacy-post.md'), '2019-09-19-legacy-post.md');
    if (!post.ok) throw new Error(JSON.stringify(post.errors));
    expect(post.data).toEqual({
      title: 'Sample Team Publishes Its First Plan',
      date: '2019-09-19',
      description: 'The sample team published its first plan.',
      tags: ['sample', 'CAP goal'],
      redirectFrom: ['/sample-first-plan/'],
    });
    expect(post.body).toBe('The sample team published its [first plan](/CAP/sample-goal/) today.\n\nIt covers two years.\n');
    expect(post.notes.map((n) => n.key)).toEqual(['rating', 'summary', 'agency', 'image', 'image_accessibility', 'authors', 'excerpt']);
  });

  it('a prose date key wins over the file name; a missing description comes from the first paragraph; tags may be one string', () => {
    const post = postFrom(fixture('good/_posts/2020-02-04-no-description.md'), '2020-02-04-no-description.md');
    expect(post).toMatchObject({
      ok: true,
      data: { date: '2020-02-04', description: 'This first paragraph becomes the description. It has two sentences.', tags: ['other', 'sample'] },
    });
  });

  it('fails without a date or permalink', () => {
    expect(postFrom(fixture('bad/_posts/undated.md'), 'undated.md')).toMatchObject({ ok: false, errors: [{ key: 'date' }, { key: 'permalink' }] });
  });

  it('descriptionFromBody skips headings and lists, strips links, and cuts long text at a sentence', () => {
    expect(descriptionFromBody('# Heading\n\n- item\n\nSee [the plan](/p.pdf) *now*.')).toBe('See the plan now.');
    const long = `${'A sentence that goes on. '.repeat(12)}`;
    expect(descriptionFromBody(long)!.length).toBeLessThanOrEqual(200);
    expect(descriptionFromBody(long)).toMatch(/\.$/);
  });
});
