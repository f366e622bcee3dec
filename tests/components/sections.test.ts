import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import ActionPlans from '../../src/components/ActionPlans.astro';
import FeaturedBox from '../../src/components/FeaturedBox.astro';
import GoalLeaders from '../../src/components/GoalLeaders.astro';
import GoalNav from '../../src/components/GoalNav.astro';
import Kpis from '../../src/components/Kpis.astro';
import Narrative from '../../src/components/Narrative.astro';
import NewsAndEvents from '../../src/components/NewsAndEvents.astro';
import QuoteBox from '../../src/components/QuoteBox.astro';
import Resources from '../../src/components/Resources.astro';
import { documentArchive } from '../../src/site-config.ts';
import { fixtureGoal } from '../support/fixture-goal.ts';

const sample = fixtureGoal('structured/goals/sample.md');
const seed = fixtureGoal('legacy/cx.md');
let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  return parse(await container.renderToString(component, { props }));
}

describe('FeaturedBox', () => {
  it('shows the featured text and its button', async () => {
    const html = await render(FeaturedBox, { featured: seed.featured, currentPlan: '/p.pdf' });
    expect(html.querySelector('p')?.text).toBe('Explore 25 of the nation’s highest impact service providers (HISPs)');
    expect(html.querySelector('a')?.getAttribute('href')).toBe('https://www.performance.gov/cx/');
  });

  it('offers the latest action plan when the goal features nothing', async () => {
    const html = await render(FeaturedBox, { featured: undefined, currentPlan: '/CAP/action_plans/dec_2020.pdf' });
    const link = html.querySelector('a');
    expect(link?.text.replace(/\s+/g, ' ').trim()).toBe('Download the latest action plan (PDF)');
    // Not in public/, so it comes from the archive of the old site.
    expect(link?.getAttribute('href')).toBe(`${documentArchive}/CAP/action_plans/dec_2020.pdf`);
  });

  it('renders nothing with neither', async () => {
    expect((await render(FeaturedBox, { featured: undefined, currentPlan: undefined })).text.trim()).toBe('');
  });
});

describe('QuoteBox', () => {
  it('shows the quote, its author and its size', async () => {
    const html = await render(QuoteBox, { quote: sample.quote });
    expect(html.querySelector('blockquote')?.text).toBe('Plain words help.');
    expect(html.querySelector('figcaption')?.text).toBe('An editor');
    expect(html.querySelector('figure')?.getAttribute('style')).toBe('--cap-quote-size: 1.25rem');
  });
});

describe('GoalLeaders', () => {
  it('lists every leader with a neutral placeholder for a missing photo', async () => {
    const html = await render(GoalLeaders, { leaders: seed.leaders });
    expect(html.querySelectorAll('.cap-leader__name').map((n) => n.text)).toEqual(['Pamela Powers', 'Matt Cutts', 'Dustin Brown']);
    expect(html.querySelectorAll('img')).toHaveLength(0);
    expect(html.querySelectorAll('svg[data-placeholder="person"][aria-hidden="true"]')).toHaveLength(3);
  });

  it('sends a photo that is in the content folder through astro:assets, with its alt text', async () => {
    const html = await render(GoalLeaders, { leaders: sample.leaders });
    const img = html.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Ada Example smiling');
    expect(img?.getAttribute('src')).toMatch(/^\/_image\/?\?href=.*ada\.png/);
    expect(img?.getAttribute('width')).toBe('96');
    expect(html.querySelectorAll('svg[data-placeholder="person"]')).toHaveLength(1);
  });

  it('renders nothing for a goal without leaders', async () => {
    expect((await render(GoalLeaders, { leaders: [] })).text.trim()).toBe('');
  });
});

describe('Narrative', () => {
  it('keeps paragraphs apart and lists bullets', async () => {
    const html = await render(Narrative, { narrative: sample.challenge });
    expect(html.querySelectorAll('p').map((p) => p.text)).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(html.querySelectorAll('li').map((li) => li.text)).toEqual(['One', 'Two']);
  });
});

describe('ActionPlans', () => {
  it('groups plans by year, newest first, marking PDFs', async () => {
    const html = await render(ActionPlans, { plans: sample.actionPlans, goalPermalink: sample.permalink });
    expect(html.querySelectorAll('h3').map((h) => h.text)).toEqual(['2020', '2018']);
    expect(html.querySelectorAll('li a:not(.cap-plans__page)').map((a) => a.text)).toEqual([
      'December 2020 action plan',
      'FY2018 Q4 action plan',
    ]);
    expect(html.querySelectorAll('li a.cap-plans__page').map((a) => a.getAttribute('href'))).toEqual([
      '/CAP/sample/action-plans/2020-12/',
      '/CAP/sample/action-plans/2018-Q4/',
    ]);
    expect(html.querySelector('li')?.text).toContain('(PDF)');
  });

  it('says so when there are none', async () => {
    expect((await render(ActionPlans, { plans: [], goalPermalink: '/CAP/none/' })).text).toContain('No action plans have been published');
  });
});

describe('Kpis', () => {
  it('lists indicator titles', async () => {
    const html = await render(Kpis, { kpis: sample.kpis });
    expect(html.querySelectorAll('li').map((li) => li.text)).toEqual(['Satisfaction']);
  });
});

describe('Resources', () => {
  it('lists every resource in order with its URL', async () => {
    const html = await render(Resources, { resources: seed.resources });
    const links = html.querySelectorAll('a');
    expect(links).toHaveLength(7);
    expect(links[2]?.getAttribute('href')).toBe('https://www.performance.gov/cx/HISP-placemat.pdf');
    expect(links[2]?.parentNode?.text).toContain('(PDF)');
  });
});

describe('NewsAndEvents', () => {
  it('shows posts and upcoming events', async () => {
    const html = await render(NewsAndEvents, {
      posts: [{ title: 'A post', date: new Date('2020-01-02'), description: 'About it.', url: '/news/a/' }],
      events: sample.events,
    });
    expect(html.querySelector('a[href="/news/a/"]')?.text).toBe('A post');
    expect(html.querySelector('time')?.getAttribute('datetime')).toBe('2020-01-02');
    expect(html.text).toContain('Listening session');
    expect(html.querySelector('a[href="https://example.gov/register"]')?.text).toBe('Event details: Listening session');
  });

  it('says so plainly when there is nothing', async () => {
    const html = await render(NewsAndEvents, { posts: [], events: [] });
    expect(html.text).toContain('There is no news about this goal yet.');
    expect(html.text).toContain('There are no upcoming events for this goal.');
  });
});

describe('GoalNav', () => {
  it('links the previous and next goals', async () => {
    const html = await render(GoalNav, { previous: seed.previous, next: seed.next });
    expect(html.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/CAP/overview/');
    expect(html.querySelector('a[rel="next"]')?.text.trim()).toBe('Next Leveraging Data');
  });
});
