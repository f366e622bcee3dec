import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Accordion from '../../src/components/Accordion.astro';
import AccordionSection from '../../src/components/AccordionSection.astro';
import ActionPlans from '../../src/components/ActionPlans.astro';
import ContentImage from '../../src/components/ContentImage.astro';
import DocumentLink from '../../src/components/DocumentLink.astro';
import FeaturedBox from '../../src/components/FeaturedBox.astro';
import GoalHero from '../../src/components/GoalHero.astro';
import GoalLeaders from '../../src/components/GoalLeaders.astro';
import Kpis from '../../src/components/Kpis.astro';
import Narrative from '../../src/components/Narrative.astro';
import NewsAndEvents from '../../src/components/NewsAndEvents.astro';
import PreviousNext from '../../src/components/PreviousNext.astro';
import QuoteBox from '../../src/components/QuoteBox.astro';
import Resources from '../../src/components/Resources.astro';
import SearchMetadata from '../../src/components/SearchMetadata.astro';
import { goalIcon, inlineIcon } from '../../src/lib/icons.ts';
import { leaderCards } from '../../src/lib/leaders.ts';
import { documentArchive } from '../../src/site-config.ts';
import { fixtureGoal } from '../support/fixture-goal.ts';

// The component tests' content folder is tests/fixtures/structured (tests/vitest.config.ts):
// it holds assets/img/leaders/ada.png, and no document under /CAP/.
const sample = fixtureGoal('structured/goals/sample.md');
const seed = fixtureGoal('legacy/cx.md');
let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

type Component = Parameters<AstroContainer['renderToString']>[0];
async function render(component: Component, props: Record<string, unknown>, slot?: string) {
  return parse(await container.renderToString(component, { props, slots: slot === undefined ? {} : { default: slot } }));
}
const words = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();

describe('DocumentLink', () => {
  it('sends a document the site does not hold to the archive and says its type', async () => {
    const html = await render(DocumentLink, { href: '/CAP/action_plans/dec_2020.pdf', class: 'usa-button' }, 'The plan');
    const link = html.querySelector('a');
    expect(link?.getAttribute('href')).toBe(`${documentArchive}/CAP/action_plans/dec_2020.pdf`);
    expect(link?.getAttribute('class')).toBe('usa-button');
    expect(words(link?.text)).toBe('The plan (PDF)');
  });

  it('serves a file the site holds, with its size', async () => {
    const html = await render(DocumentLink, { href: '/img/leaders/ada.png', size: '1.2 MB' }, 'A photo');
    expect(html.querySelector('a')?.getAttribute('href')).toBe('/img/leaders/ada.png');
    expect(html.querySelector('.cap-doc-type')?.text).toBe(' (PNG, 1.2 MB)');
  });

  it('leaves a web page as it is, with no type', async () => {
    const html = await render(DocumentLink, { href: 'https://example.gov/cx/' }, 'A page');
    expect(html.querySelector('a')?.getAttribute('href')).toBe('https://example.gov/cx/');
    expect(html.querySelector('a')?.getAttribute('class')).toBeUndefined();
    expect(html.querySelector('.cap-doc-type')).toBeNull();
    expect(html.querySelector('a')?.text).toBe('A page');
  });
});

describe('PreviousNext', () => {
  it('links both ways, named and marked prev and next', async () => {
    const html = await render(PreviousNext, {
      label: 'Other goals',
      previous: { label: 'Goals overview', href: '/CAP/overview/' },
      next: { label: 'Leveraging Data', href: '/CAP/leveraging-data/' },
    });
    expect(html.querySelector('nav')?.getAttribute('aria-label')).toBe('Other goals');
    expect(html.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/CAP/overview/');
    expect(html.querySelector('a[rel="prev"]')?.text).toBe('Previous Goals overview');
    expect(html.querySelector('a[rel="next"]')?.text).toBe('Next Leveraging Data');
    // The same on every page: kept out of search excerpts.
    expect(html.querySelector('nav')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('shows only the link it has, and nothing with neither', async () => {
    const html = await render(PreviousNext, {
      label: 'Other action plans for this goal',
      next: { label: 'July 2020 action plan', href: '/CAP/cx/action-plans/2020-07/' },
    });
    expect(html.querySelectorAll('a')).toHaveLength(1);
    expect(html.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/CAP/cx/action-plans/2020-07/');
    expect((await render(PreviousNext, { label: 'Other goals' })).text.trim()).toBe('');
  });
});

describe('SearchMetadata', () => {
  it('records filters, metadata and the sort date, hidden and left out of the text', async () => {
    const html = await render(SearchMetadata, {
      type: 'Action plan',
      goals: ['A goal', 'B, with a comma'],
      fiscalYears: [2021, 2020],
      fiscalQuarters: ['FY2021 Q2', 'FY2020 Q4'],
      date: '2021-01',
      sortDate: '2021-01-01',
      period: 'January 2021',
    });
    const box = html.querySelector('div');
    expect(box?.hasAttribute('hidden')).toBe(true);
    expect(box?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(html.querySelector('[data-pagefind-filter="type"]')?.text).toBe('Action plan');
    expect(html.querySelectorAll('[data-pagefind-filter="goal"]').map((n) => n.text)).toEqual(['A goal', 'B, with a comma']);
    expect(html.querySelectorAll('[data-pagefind-filter="fiscalYear"]').map((n) => n.text)).toEqual(['2021', '2020']);
    expect(html.querySelectorAll('[data-pagefind-filter="quarter"]').map((n) => n.text)).toEqual(['FY2021 Q2', 'FY2020 Q4']);
    expect(html.querySelector('[data-pagefind-meta="goal"]')?.text).toBe('A goal; B, with a comma');
    expect(html.querySelector('[data-pagefind-meta="period"]')?.text).toBe('January 2021');
    expect(html.querySelector('[data-pagefind-meta="date"]')?.text).toBe('2021-01');
    expect(html.querySelector('[data-pagefind-sort="date"]')?.text).toBe('2021-01-01');
  });

  it('sorts a page without a date last rather than dropping it', async () => {
    const html = await render(SearchMetadata, { type: 'Goal', goals: ['A goal'], fiscalYears: [], fiscalQuarters: [], date: undefined, sortDate: undefined });
    expect(html.querySelector('[data-pagefind-sort="date"]')?.text).toBe('0000-01-01');
    expect(html.querySelector('[data-pagefind-meta="date"]')).toBeNull();
    expect(html.querySelector('[data-pagefind-meta="period"]')).toBeNull();
  });
});

describe('GoalHero', () => {
  it('shows the title, subtitle, its USWDS icon inline and the in-page links in order', async () => {
    const html = await render(GoalHero, {
      goal: sample,
      icon: { file: undefined, symbol: inlineIcon('science') },
      links: [
        { label: 'Goal Statement', href: '#goal-statement' },
        { label: 'News and events', href: '#news-heading' },
      ],
    });
    expect(html.querySelector('h1')?.text).toBe('Sample goal');
    expect(html.querySelector('.cap-hero__subtitle')?.text).toBe('A goal written in the structured format');
    const icon = html.querySelector('svg[data-icon="science"]');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
    expect(icon?.getAttribute('viewBox')).toBe('0 0 24 24');
    expect(icon?.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
    expect(html.querySelector('img')).toBeNull();
    expect(html.querySelectorAll('nav a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['Goal Statement', '#goal-statement'],
      ['News and events', '#news-heading'],
    ]);
    // The eyebrow and the section links are the same on every goal page: the search skips them, not the title.
    expect(html.querySelectorAll('[data-pagefind-ignore]').map((node) => node.tagName.toLowerCase())).toEqual(['p', 'nav']);
    expect(html.querySelector('[data-pagefind-ignore]')?.text).toBe('Cross-Agency Priority goal');
    expect(html.querySelector('h1')?.hasAttribute('data-pagefind-ignore')).toBe(false);
  });

  it('has no link list without links', async () => {
    expect((await render(GoalHero, { goal: { title: 'T' }, icon: goalIcon({}), links: [] })).querySelector('nav')).toBeNull();
  });

  it("shows the goal's own icon file instead of the USWDS icon when the content folder holds it", async () => {
    const html = await render(GoalHero, { goal: { title: 'T' }, icon: { file: '/img/leaders/ada.png', symbol: inlineIcon('flag') }, links: [] });
    expect(html.querySelector('img')?.getAttribute('src')).toMatch(/ada\.png/);
    expect(html.querySelector('svg')).toBeNull();
  });
});

describe('FeaturedBox', () => {
  it('shows the featured text and its button, through DocumentLink', async () => {
    const html = await render(FeaturedBox, {
      featured: { text: 'Explore the plan', button: 'Read the plan', link: { href: `${documentArchive}/CAP/a.pdf`, type: 'PDF', size: undefined } },
    });
    expect(html.querySelector('h2')?.text).toBe('Featured');
    expect(html.querySelector('p')?.text).toBe('Explore the plan');
    const link = html.querySelector('a.usa-button');
    expect(words(link?.text)).toBe('Read the plan (PDF)');
    expect(link?.getAttribute('href')).toBe(`${documentArchive}/CAP/a.pdf`);
  });
});

describe('QuoteBox', () => {
  it('shows the quote, its author and its size step as a class, never a style attribute', async () => {
    const html = await render(QuoteBox, { quote: { text: 'Plain words help.', author: 'An editor', size: 'xl' } });
    expect(html.querySelector('blockquote')?.text).toBe('Plain words help.');
    expect(html.querySelector('figcaption')?.text).toBe('An editor');
    expect(html.querySelector('figure')?.getAttribute('class')).toBe('cap-quote cap-quote--xl');
    expect(html.querySelector('figure')?.hasAttribute('style')).toBe(false);
  });

  it('has no caption or size when the quote names none', async () => {
    const html = await render(QuoteBox, { quote: { text: 'Just words.', author: undefined, size: undefined } });
    expect(html.querySelector('figcaption')).toBeNull();
    expect(html.querySelector('figure')?.getAttribute('class')).toBe('cap-quote');
  });
});

describe('GoalLeaders', () => {
  it('lists every leader with an avatar of their initials for a missing photo', async () => {
    const html = await render(GoalLeaders, { leaders: leaderCards(seed.leaders) });
    expect(html.querySelectorAll('.cap-leader__name').map((n) => n.text)).toEqual(['Pamela Powers', 'Matt Cutts', 'Dustin Brown']);
    expect(html.querySelectorAll('img')).toHaveLength(0);
    expect(html.querySelectorAll('svg')).toHaveLength(0);
    expect(html.querySelectorAll('[data-initials][aria-hidden="true"]').map((n) => n.text.trim())).toEqual(['PP', 'MC', 'DB']);
  });

  it('sends a photo that is in the content folder through astro:assets, with its alt text', async () => {
    const html = await render(GoalLeaders, { leaders: leaderCards(sample.leaders) });
    const img = html.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Ada Example smiling');
    expect(img?.getAttribute('src')).toMatch(/^\/_image\/?\?href=.*ada\.png/);
    expect(img?.getAttribute('width')).toBe('96');
    expect(html.querySelectorAll('[data-initials]').map((n) => n.text.trim())).toEqual(['BE']);
  });

  it('renders nothing for a goal without leaders', async () => {
    expect((await render(GoalLeaders, { leaders: [] })).text.trim()).toBe('');
  });
});

describe('ContentImage', () => {
  it('draws a placeholder of the kind asked for when the file is absent', async () => {
    const html = await render(ContentImage, { src: '/img/none.png', alt: 'Nobody', size: 48, placeholder: 'goal', class: 'x' });
    const svg = html.querySelector('svg');
    expect(svg?.getAttribute('data-placeholder')).toBe('goal');
    expect(svg?.getAttribute('width')).toBe('48');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.classList.contains('x')).toBe(true);
    expect(html.querySelector('img')).toBeNull();
  });

  it('shows the file when the content folder holds it', async () => {
    const html = await render(ContentImage, { src: '/img/leaders/ada.png', alt: 'Ada', size: 64, placeholder: 'person' });
    expect(html.querySelector('img')?.getAttribute('alt')).toBe('Ada');
    expect(html.querySelector('img')?.getAttribute('height')).toBe('64');
    expect(html.querySelector('svg')).toBeNull();
  });
});

describe('Narrative', () => {
  it('keeps paragraphs apart and lists bullets', async () => {
    const html = await render(Narrative, { narrative: sample.challenge });
    expect(html.querySelectorAll('p').map((p) => p.text)).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(html.querySelectorAll('li').map((li) => li.text)).toEqual(['One', 'Two']);
  });

  it('has no list without bullets', async () => {
    const html = await render(Narrative, { narrative: { paragraphs: ['Only this.'], bullets: [] } });
    expect(html.querySelector('ul')).toBeNull();
    expect(html.querySelector('p')?.text).toBe('Only this.');
  });
});

describe('Accordion and AccordionSection', () => {
  it('wraps sections in the element the script upgrades', async () => {
    const html = await render(Accordion, {}, '<section id="s">Inside</section>');
    const accordion = html.querySelector('cap-accordion');
    expect(accordion?.classList.contains('usa-accordion')).toBe(true);
    expect(accordion?.querySelector('#s')?.text).toBe('Inside');
  });

  it('gives a section its heading, its id and the ids the script links', async () => {
    const html = await render(AccordionSection, { id: 'the-challenge', heading: 'The Challenge' }, '<p>Body</p>');
    const section = html.querySelector('section');
    expect(section?.getAttribute('id')).toBe('the-challenge');
    expect(section?.getAttribute('aria-labelledby')).toBe('the-challenge-heading');
    expect(html.querySelector('h2#the-challenge-heading')?.text).toBe('The Challenge');
    expect(html.querySelector('#the-challenge-content p')?.text).toBe('Body');
  });
});

describe('ActionPlans', () => {
  const years = [
    {
      year: 2020,
      plans: [
        {
          label: 'December 2020 action plan',
          pageUrl: '/CAP/sample/action-plans/2020-12/',
          document: { href: '/CAP/action_plans/dec_2020.pdf', type: 'PDF', size: undefined },
        },
      ],
    },
    {
      year: 2018,
      plans: [
        {
          label: 'FY2018 Q4 action plan',
          pageUrl: '/CAP/sample/action-plans/2018-Q4/',
          document: { href: 'https://example.gov/q4.docx', type: 'DOCX', size: '12 KB' },
        },
      ],
    },
  ];

  it('shows each year and its plans: the document link with its type, and the plan page', async () => {
    const html = await render(ActionPlans, { years });
    expect(html.querySelectorAll('h3').map((h) => h.text)).toEqual(['2020', '2018']);
    expect(html.querySelectorAll('li a:not(.cap-plans__page)').map((a) => [words(a.text), a.getAttribute('href')])).toEqual([
      ['December 2020 action plan (PDF)', `${documentArchive}/CAP/action_plans/dec_2020.pdf`],
      ['FY2018 Q4 action plan (DOCX, 12 KB)', 'https://example.gov/q4.docx'],
    ]);
    expect(html.querySelectorAll('li a.cap-plans__page').map((a) => [words(a.text), a.getAttribute('href')])).toEqual([
      ['Plan page: December 2020 action plan', '/CAP/sample/action-plans/2020-12/'],
      ['Plan page: FY2018 Q4 action plan', '/CAP/sample/action-plans/2018-Q4/'],
    ]);
  });

  it('says so when there are none', async () => {
    expect((await render(ActionPlans, { years: [] })).text).toContain('No action plans have been published');
  });
});

describe('Kpis', () => {
  it('lists indicator titles and links the dashboard through DocumentLink', async () => {
    const html = await render(Kpis, { charts: [], names: ['Satisfaction', 'Trust'], dashboard: { href: '/CAP/kpis.xlsx', type: 'XLSX', size: undefined } });
    expect(html.querySelectorAll('li').map((li) => li.text)).toEqual(['Satisfaction', 'Trust']);
    const link = html.querySelector('p a');
    expect(link?.getAttribute('href')).toBe(`${documentArchive}/CAP/kpis.xlsx`);
    expect(words(link?.text)).toBe('See the key performance indicators dashboard (XLSX)');
  });

  it('shows only what there is', async () => {
    const html = await render(Kpis, { charts: [], names: ['Satisfaction'], dashboard: undefined });
    expect(html.querySelector('a')).toBeNull();
    expect(
      (await render(Kpis, { charts: [], names: [], dashboard: { href: 'https://example.gov/d', type: undefined, size: undefined } })).querySelector('ul'),
    ).toBeNull();
  });
});

describe('Resources', () => {
  it('lists every resource in order, documents through the archive rule', async () => {
    const html = await render(Resources, {
      resources: [
        { name: 'Guide', link: { href: '/docs/guide.pdf', type: 'PDF', size: undefined } },
        { name: 'Placemat', link: { href: 'https://www.performance.gov/cx/HISP-placemat.pdf', type: 'PDF', size: undefined } },
        { name: 'Site', link: { href: 'https://www.performance.gov/cx/', type: undefined, size: undefined } },
      ],
    });
    expect(html.querySelectorAll('a').map((a) => [words(a.text), a.getAttribute('href')])).toEqual([
      ['Guide (PDF)', `${documentArchive}/docs/guide.pdf`],
      ['Placemat (PDF)', 'https://www.performance.gov/cx/HISP-placemat.pdf'],
      ['Site', 'https://www.performance.gov/cx/'],
    ]);
  });
});

describe('NewsAndEvents', () => {
  it('shows posts and upcoming events, an event document through the archive rule', async () => {
    const html = await render(NewsAndEvents, {
      news: {
        id: 'news-heading',
        label: 'News and events',
        posts: [{ title: 'A post', isoDate: '2020-01-02', dateText: 'January 2, 2020', description: 'About it.', url: '/news/a/' }],
        events: [
          {
            title: 'Listening session',
            isoDate: '2999-01-15',
            dateText: 'January 15, 2999',
            text: 'Come and talk.',
            button: 'Agenda',
            link: { href: '/CAP/agenda.pdf', type: 'PDF', size: undefined },
          },
        ],
      },
    });
    expect(html.querySelector('h2#news-heading')?.text).toBe('News and events');
    expect(html.querySelector('section')?.getAttribute('aria-labelledby')).toBe('news-heading');
    expect(html.querySelector('a[href="/news/a/"]')?.text).toBe('A post');
    expect(html.querySelectorAll('time').map((t) => [t.getAttribute('datetime'), t.text])).toEqual([
      ['2020-01-02', 'January 2, 2020'],
      ['2999-01-15', 'January 15, 2999'],
    ]);
    expect(html.text).toContain('Come and talk.');
    const event = html.querySelector(`a[href="${documentArchive}/CAP/agenda.pdf"]`);
    expect(words(event?.text)).toBe('Agenda: Listening session (PDF)');
  });

  it('says so plainly when there is nothing', async () => {
    const html = await render(NewsAndEvents, { news: { id: 'news-heading', label: 'News and events', posts: [], events: [] } });
    expect(html.text).toContain('There is no news about this goal yet.');
    expect(html.text).toContain('There are no upcoming events for this goal.');
    // Posts' own pages are found by their words; the goal page's list of them is not.
    expect(html.querySelector('section')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });
});
