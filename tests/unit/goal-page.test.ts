import { describe, expect, it } from 'vitest';
import { resolveDocumentHref } from '../../src/lib/document-links.ts';
import { goalDocuments, goalPageModel, goalPagesContext, quoteSize, type GoalPagesContext } from '../../src/lib/goal-page.ts';
import { fixtureGoal, fixtureGoals, fixturePosts } from '../support/fixture-goal.ts';

// The site fixture's goals, with a structured customer-experience goal in place of the seed the site build adds.
const modelGoals = [fixtureGoal('view-models/goals/cx.md'), ...fixtureGoals('site')];
const ARCHIVE = 'https://archive.example.gov';
// The fixture site holds one document; the archive rule is the site's, over that one file.
const fileSizes = new Map([['/CAP/docs/fixture-guide.pdf', 1_234_567]]);
const documentHref = (url: string) => resolveDocumentHref(url, { archive: ARCHIVE, isLocal: (p) => fileSizes.has(p) });
const today = new Date('2026-12-02T10:00:00Z');

const context = goalPagesContext(modelGoals, fixturePosts('site'), { today, fileSizes, documentHref });
const model = (permalink: string, from: GoalPagesContext = context) => {
  const goal = from.goals.find((g) => g.permalink === permalink);
  if (!goal) throw new Error(`no goal ${permalink}`);
  return goalPageModel(goal, from);
};

describe('goalPageModel on the fixture site', () => {
  const cx = model('/CAP/cx/');

  it('names the page and lists only the sections the goal has, with in-page links ending at the news', () => {
    expect(cx.title).toBe('Fixture Customer Experience');
    expect(cx.description).toBe('Services are as easy to use as the best private ones.');
    expect(cx.sections).toEqual([
      { id: 'goal-statement', label: 'Goal Statement', kind: 'statement' },
      { id: 'action-plans', label: 'Action Plans and Updates', kind: 'actionPlans' },
    ]);
    expect(cx.pageLinks).toEqual([
      { label: 'Goal Statement', href: '#goal-statement' },
      { label: 'Action Plans and Updates', href: '#action-plans' },
      { label: 'News and events', href: '#news-heading' },
    ]);
  });

  it("keeps the goal's own featured box, its link through the archive rule", () => {
    expect(cx.featured).toEqual({
      text: 'The current plan, from the archive.',
      button: 'Read the plan',
      buttonTarget: undefined,
      link: { href: `${ARCHIVE}/CAP/action_plans/jan_2021_CX.pdf`, type: 'PDF', size: undefined },
    });
  });

  it('after a button text that names no target ("Learn More"), tells screen readers what the box offers', () => {
    const seed = fixtureGoal('legacy/cx.md');
    const seedModel = goalPageModel(seed, goalPagesContext([seed], [], { today, fileSizes, documentHref }));
    expect(seedModel.featured?.button).toBe('Learn More');
    expect(seedModel.featured?.buttonTarget).toBe('Explore 25 of the nation’s highest impact service providers (HISPs)');
  });

  it('groups plans by year, newest first, each with its label, page and document', () => {
    expect(cx.plans).toEqual([
      {
        year: 2021,
        plans: [
          {
            label: 'January 2021 action plan',
            pageUrl: '/CAP/cx/action-plans/2021-01/',
            document: { href: `${ARCHIVE}/CAP/action_plans/jan_2021_CX.pdf`, type: 'PDF', size: undefined },
          },
        ],
      },
      {
        year: 2019,
        plans: [
          {
            label: 'June 2019 action plan',
            pageUrl: '/CAP/cx/action-plans/2019-06/',
            document: { href: 'https://example.gov/june_2019_CX.pdf', type: 'PDF', size: undefined },
          },
        ],
      },
    ]);
  });

  it('takes the two newest posts tagged with the news tag, with their addresses; no events', () => {
    expect(cx.news.id).toBe('news-heading');
    expect(cx.news.label).toBe('News and events');
    expect(cx.news.posts).toEqual([
      {
        title: 'Customer experience plan for 2021',
        isoDate: '2021-01-20',
        dateText: 'January 20, 2021',
        description: 'The January 2021 plan for customer experience is out.',
        url: '/news/2021-01-20-customer-experience-plan-for/',
      },
      {
        title: 'Customer experience in September',
        isoDate: '2020-09-10',
        dateText: 'September 10, 2020',
        description: 'Agencies report customer experience progress at the kaleidoscope forum.',
        url: '/news/2020-09-10-customer-experience-in-september/',
      },
    ]);
    expect(cx.news.events).toEqual([]);
  });

  it("keeps the goal's own previous/next links, an old address written as the page it redirects to", () => {
    expect(cx.previousNext).toEqual({
      label: 'Other goals',
      previous: { label: 'Overview', href: '/CAP/overview/' },
      next: { label: 'Leveraging Data', href: '/CAP/leveraging-data/' },
    });
  });

  it('gives search the type, goal, fiscal years and quarters and the date of the newest plan', () => {
    expect(cx.search).toEqual({
      type: 'Goal',
      goals: ['Fixture Customer Experience'],
      fiscalYears: [2021, 2019],
      // January 2021 and June 2019.
      fiscalQuarters: ['FY2021 Q2', 'FY2019 Q3'],
      date: '2021-01',
      sortDate: '2021-01-01',
    });
  });

  it('offers the newest plan in the featured box when the goal features nothing, and sizes held documents', () => {
    const itm = model('/CAP/it-modernization/');
    expect(itm.featured).toEqual({
      text: 'Read what this goal has committed to and how it is progressing.',
      button: 'Download the latest action plan',
      buttonTarget: undefined,
      link: { href: `${ARCHIVE}/CAP/action_plans/dec_2020_IT.pdf`, type: 'PDF', size: undefined },
    });
    expect(itm.resources).toEqual([
      { name: 'Fixture guide', link: { href: '/CAP/docs/fixture-guide.pdf', type: 'PDF', size: '1.2 MB' } },
      { name: 'The customer experience goal', link: { href: '/CAP/cx/', type: undefined, size: undefined } },
    ]);
    expect(itm.sections.map((s) => s.kind)).toEqual(['statement', 'actionPlans', 'kpis', 'resources']);
    expect(itm.kpis.names).toEqual(['Cloud Email Adoption']);
    expect(itm.kpis.charts.map((chart) => [chart.name, chart.csv.href])).toEqual([
      ['Systems moved to the cloud', '/CAP/it-modernization/kpis/systems-moved-to-the-cloud.csv'],
      ['=Days to restore service', '/CAP/it-modernization/kpis/days-to-restore-service.csv'],
    ]);
    expect(itm.plans.map((group) => [group.year, group.plans.map((p) => p.label)])).toEqual([
      [2020, ['December 2020 action plan']],
      [2018, ['FY2018 Q4 action plan']],
    ]);
    // First in site order: its previous link is the overview.
    expect(itm.previousNext.previous).toEqual({ label: 'Goals overview', href: '/CAP/overview/' });
    expect(itm.previousNext.next).toEqual({ label: 'Fixture Leveraging Data', href: '/CAP/leveraging-data/' });
    expect(itm.search).toEqual({
      type: 'Goal',
      goals: ['Fixture IT Modernization'],
      fiscalYears: [2021, 2018],
      // December 2020, and the quarter plan as written.
      fiscalQuarters: ['FY2021 Q1', 'FY2018 Q4'],
      date: '2020-12',
      sortDate: '2020-12-01',
    });
  });

  it('a goal with no plans, news or links of its own: no featured box, no date, the overview last', () => {
    const bare = model('/CAP/uncategorised/');
    expect(bare.featured).toBeUndefined();
    expect(bare.sections.map((s) => s.id)).toEqual(['action-plans']);
    expect(bare.plans).toEqual([]);
    expect(bare.news.posts).toEqual([]);
    expect(bare.kpis).toEqual({ charts: [], names: [], dashboard: undefined });
    expect(bare.previousNext).toEqual({
      label: 'Other goals',
      previous: { label: 'Fixture Lab-to-Market', href: '/CAP/lab-to-market/' },
      next: { label: 'Goals overview', href: '/CAP/overview/' },
    });
    expect(bare.search).toEqual({
      type: 'Goal',
      goals: ['Fixture goal without a category'],
      fiscalYears: [],
      fiscalQuarters: [],
      date: undefined,
      sortDate: undefined,
    });
  });

  it('reports an own link that points at no goal', () => {
    expect(context.problems).toEqual(["/CAP/lab-to-market/: next link /CAP/nowhere points at no goal; the site order's link is used"]);
  });
});

describe('goalPageModel on the structured sample', () => {
  const sample = fixtureGoal('structured/goals/sample.md');

  it('shows upcoming events with their links, and the indicators', () => {
    const page = model('/CAP/sample/', goalPagesContext([sample], [], { today, documentHref }));
    expect(page.news.events).toEqual([
      {
        title: 'Listening session',
        isoDate: '2999-01-15',
        dateText: 'January 15, 2999',
        text: undefined,
        button: 'Event details',
        link: { href: 'https://example.gov/register', type: undefined, size: undefined },
      },
    ]);
    expect(page.kpis).toEqual({ charts: [], names: ['Satisfaction'], dashboard: undefined });
    expect(page.sections.map((s) => s.id)).toEqual(['goal-statement', 'the-challenge', 'action-plans', 'key-performance-indicators', 'resources']);
  });

  it('gives the quote the size step nearest its CSS length (1.25rem is 20 px: md, 17.8 px)', () => {
    const page = model('/CAP/sample/', goalPagesContext([sample], [], { today, documentHref }));
    expect(page.quote).toEqual({ text: 'Plain words help.', author: 'An editor', size: 'md' });
  });

  it('leaves out events that are over', () => {
    const later = goalPagesContext([sample], [], { today: new Date('2999-01-16'), documentHref });
    expect(model('/CAP/sample/', later).news.events).toEqual([]);
  });
});

describe('quoteSize', () => {
  it('picks the nearest of four steps, whatever the unit, and none for no size', () => {
    const sizes = ['10px', '16px', '100%', '21px', '23px', '1.5rem', '2rem', '24pt', '30pt', '99px', '5em'];
    expect(sizes.map(quoteSize)).toEqual(['md', 'md', 'md', 'lg', 'lg', 'lg', 'xl', 'xl', '2xl', '2xl', '2xl']);
    expect(quoteSize(undefined)).toBeUndefined();
  });
});

describe('goalDocuments', () => {
  it("lists the goal's plan documents, then its other links that may name a document", () => {
    expect(goalDocuments([fixtureGoal('view-models/goals/cx.md')])).toEqual([
      '/CAP/action_plans/jan_2021_CX.pdf',
      'https://example.gov/june_2019_CX.pdf',
      '/CAP/action_plans/jan_2021_CX.pdf',
    ]);
    expect(goalDocuments([fixtureGoal('structured/goals/sample.md')])).toEqual([
      '/CAP/action_plans/dec_2020.pdf',
      '/CAP/action_plans/FY2018_Q4.pdf',
      '/docs/guide.pdf',
      'https://example.gov/register',
    ]);
  });
});
