import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/collections/front-matter.ts';
import { legacyKeyFor, legacyPeriod, mapLegacyGoal } from '../../src/legacy/goal-keys.ts';
import { LEGACY_GOAL_KEYS, companionKeys, knownLegacyKeys, legacyKeyRow, legacyValueRole } from '../../src/legacy/keys.ts';

const seed = readFileSync(new URL('../fixtures/legacy/cx.md', import.meta.url), 'utf8');

function seedData(): Record<string, unknown> {
  const front = readFrontMatter(seed);
  if (!front.ok) throw new Error(front.problems.join('\n'));
  return front.data as Record<string, unknown>;
}

/** Maps a minimal legacy page with the given extra keys. */
function mapWith(keys: Record<string, unknown>) {
  return mapLegacyGoal({ layout: 'cap-goal-page', title: 'T', permalink: '/CAP/t/', ...keys });
}

describe('legacy keys, one by one', () => {
  it.each([
    ['title', 'Goal', 'title', 'Goal'],
    ['sub-title', 'More', 'subtitle', 'More'],
    ['cap-icon', '/img/x.png', 'icon', '/img/x.png'],
    ['featured-box', 'Look', 'featured.text', 'Look'],
    ['featured-box-url', 'https://a.gov/', 'featured.url', 'https://a.gov/'],
    ['featured-box-button', 'Go', 'featured.button', 'Go'],
    ['quote', 'Q', 'quote.text', 'Q'],
    ['quote-author', 'A', 'quote.author', 'A'],
    ['font-size', '20px', 'quote.size', '20px'],
    ['current-action-plan', '/p.pdf', 'currentActionPlan', '/p.pdf'],
    ['cap-kpi-url', '/kpi/', 'kpis.dashboardUrl', '/kpi/'],
    ['tag', 'cx', 'newsTag', 'cx'],
    ['CAP-event-title', 'Day', 'events.0.title', 'Day'],
    ['CAP-event-date', '2026-12-01', 'events.0.date', '2026-12-01'],
    ['CAP-event-text', 'Come', 'events.0.text', 'Come'],
    ['CAP-event-button', 'Register', 'events.0.button', 'Register'],
    ['event-link', 'https://e.gov/', 'events.0.url', 'https://e.gov/'],
    ['previous-cap-goal-name', 'Overview', 'previous.name', 'Overview'],
    ['previous-page-url', '/CAP/overview/', 'previous.url', '/CAP/overview/'],
    ['next-cap-goal-name', 'Data', 'next.name', 'Data'],
    ['next-page-url', '/CAP/leveragingdata', 'next.url', '/CAP/leveragingdata'],
    ['statement', 'S', 'statement', 'S'],
    ['challenge', 'C', 'challenge', 'C'],
    ['opportunity', 'O', 'opportunity', 'O'],
  ])('%s → %s', (key, value, path, expected) => {
    const { input, origins, issues } = mapWith({ [key]: value });
    const actual = path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], input);
    expect(actual).toBe(expected);
    expect(origins.get(path)).toBe(key);
    expect(issues).toEqual([]);
  });

  it('cap-category: the legacy singular labels become the category names', () => {
    expect(mapWith({ 'cap-category': 'Key Driver of Reform' }).input.category).toBe('Key Drivers of Transformation');
    expect(mapWith({ 'cap-category': 'Cross-Cutting Priority Area' }).input.category).toBe('Cross-Cutting Priority Areas');
  });

  it('resource-N-name/url become an ordered list, whatever number they start at', () => {
    const { input, origins } = mapWith({
      'resource-10-name': 'Ten',
      'resource-10-url': '/10',
      'resource-2-name': 'Two',
      'resource-2-url': '/2',
    });
    expect(input.resources).toEqual([
      { name: 'Two', url: '/2' },
      { name: 'Ten', url: '/10' },
    ]);
    expect(origins.get('resources.1.name')).toBe('resource-10-name');
  });

  it('a resource missing its url is still reported under the key it lacks', () => {
    const { input, origins } = mapWith({ 'resource-3-name': 'Three' });
    expect(input.resources).toEqual([{ name: 'Three' }]);
    expect(origins.get('resources.0.url')).toBe('resource-3-url');
  });

  it('goal-leader-*: leader 1 has no number, alt_text_N belongs to leader N', () => {
    const { input, origins } = mapWith({
      'goal-leader-2-name': 'B',
      'goal-leader-2-title': 'TB',
      'goal-leader-2-photo': '/b.jpg',
      alt_text_2: 'Photo of B',
      'goal-leader-name': 'A',
      'goal-leader-title': 'TA',
      'goal-leader-photo': '/a.jpg',
      alt_text_1: 'Photo of A',
    });
    expect(input.leaders).toEqual([
      { name: 'A', title: 'TA', photo: '/a.jpg', alt: 'Photo of A' },
      { name: 'B', title: 'TB', photo: '/b.jpg', alt: 'Photo of B' },
    ]);
    expect(origins.get('leaders.0.photo')).toBe('goal-leader-photo');
    expect(origins.get('leaders.1.alt')).toBe('alt_text_2');
    expect(origins.get('leaders.1.title')).toBe('goal-leader-2-title');
  });

  it('KPI and KPI-N become the list of indicator titles', () => {
    expect(mapWith({ 'KPI-2': 'Second', KPI: 'First' }).input.kpis).toEqual({ titles: ['First', 'Second'] });
  });

  it('bullets: statement-bullets + bullet-N, challenge-bullets-text + challenge-bullet-N, opportunity-bullet-N', () => {
    const { input, origins } = mapWith({
      'statement-bullets': 'yes',
      'bullet-2': 'S2',
      'bullet-1': 'S1',
      'challenge-bullets': 'yes',
      'challenge-bullets-text': 'Intro',
      'challenge-bullet-1': 'C1',
      'opportunity-bullets': 'yes',
      'opportunity-bullet-1': 'O1',
      'opportunity-bullet-2': 'O2',
    });
    expect(input.statement).toEqual({ bullets: ['S1', 'S2'] });
    expect(input.challenge).toEqual({ text: 'Intro', bullets: ['C1'] });
    expect(input.opportunity).toEqual({ bullets: ['O1', 'O2'] });
    expect(origins.get('statement.bullets.1')).toBe('bullet-2');
  });

  it('redirect_from may be one string or a list; a url that differs from the permalink redirects too', () => {
    expect(mapWith({ redirect_from: '/CAP/CAP_goal_4.html' }).input.redirectFrom).toEqual(['/CAP/CAP_goal_4.html']);
    expect(mapWith({ redirect_from: ['/a/', '/b/'] }).input.redirectFrom).toEqual(['/a/', '/b/']);
    expect(mapWith({ url: '/CAP/t/' }).input.redirectFrom).toBeUndefined();
    expect(mapWith({ url: '../CAP/t' }).input.redirectFrom).toBeUndefined();
    expect(mapWith({ url: '/CAP/old/' }).input.redirectFrom).toEqual(['/CAP/old/']);
  });

  it('empty keys mean absent, and are listed', () => {
    const { input, emptyKeys } = mapWith({ KPI: null, 'cap-kpi-url': null, 'CAP-event-title': '', 'resource-1-name': '  ' });
    expect(input.kpis).toBeUndefined();
    expect(input.events).toBeUndefined();
    expect(input.resources).toBeUndefined();
    expect(emptyKeys).toEqual(['KPI', 'cap-kpi-url', 'CAP-event-title', 'resource-1-name']);
  });

  it('an unknown key is an issue with the nearest known key suggested', () => {
    expect(mapWith({ 'goal-leader-2-tittle': 'x' }).issues).toEqual([
      { key: 'goal-leader-2-tittle', message: 'unknown key; did you mean "goal-leader-2-title"?' },
    ]);
    expect(mapWith({ 'quote-autor': 'x' }).issues[0]!.message).toBe('unknown key; did you mean "quote-author"?');
    expect(mapWith({ zzzzzzzz: 'x' }).issues[0]!.message).toBe('unknown key');
  });

  it('a layout other than cap-goal-page is an issue', () => {
    expect(mapWith({ layout: 'post' }).issues).toEqual([{ key: 'layout', message: 'expected "cap-goal-page", got "post"' }]);
  });

  it('every known key maps without issues', () => {
    for (const key of knownLegacyKeys()) {
      expect(mapWith({ [key]: key === 'layout' ? 'cap-goal-page' : 'x' }).issues, key).toEqual([]);
    }
  });
});

describe('period keys', () => {
  it.each([
    ['2021', 'january', '2021-01'],
    ['2020', 'September', '2020-09'],
    ['2019', 'december', '2019-12'],
    ['2018', 'Q1', '2018-Q1'],
    ['2018', 'q4', '2018-Q4'],
  ])('action-%s-%s → %s', (year, label, expected) => {
    expect(legacyPeriod(year, label)).toBe(expected);
  });

  it.each(['sept', 'Q5', 'fall', '13'])('action-2019-%s is not a period', (label) => {
    expect(legacyPeriod('2019', label)).toBeUndefined();
    expect(mapWith({ [`action-2019-${label}`]: '/p.pdf' }).issues[0]!.message).toMatch(/^expected a month .* or a fiscal quarter/);
  });

  it('plans keep the key they came from', () => {
    const { input, origins } = mapWith({ 'action-2018-Q3': '/q3.pdf' });
    expect(input.actionPlans).toEqual([{ period: '2018-Q3', document: '/q3.pdf' }]);
    expect(origins.get('actionPlans.0.document')).toBe('action-2018-Q3');
  });
});

describe('legacyKeyFor', () => {
  it('falls back to the nearest enclosing path that has an origin', () => {
    const origins = new Map([
      ['quote', 'quote'],
      ['resources.0.url', 'resource-2-url'],
    ]);
    expect(legacyKeyFor(['resources', 0, 'url'], origins)).toBe('resource-2-url');
    expect(legacyKeyFor(['quote', 'text', 'x'], origins)).toBe('quote');
    expect(legacyKeyFor(['nothing'], origins)).toBeUndefined();
  });
});

describe('the seed page', () => {
  it('maps with no issues and lists its empty keys', () => {
    const { issues, emptyKeys } = mapLegacyGoal(seedData());
    expect(issues).toEqual([]);
    expect(emptyKeys.sort()).toEqual(['CAP-event-date', 'CAP-event-text', 'CAP-event-title', 'KPI', 'KPI-2', 'cap-kpi-url']);
  });

  it('maps resources in key order, starting from resource-2', () => {
    const { input, origins } = mapLegacyGoal(seedData());
    const resources = input.resources as { name: string; url: string }[];
    expect(resources).toHaveLength(7);
    expect(resources[0]).toEqual({ name: '2019 CX Action Plan Summary', url: 'https://www.performance.gov/CX-HISP-Action-Plans' });
    expect(origins.get('resources.6.name')).toBe('resource-8-name');
  });
});

describe('keys only the legacy layout used', () => {
  it('listserv-title and listserv-url become the last resource', () => {
    const { input, origins, issues, dropped } = mapWith({
      'listserv-url': 'https://list.gov/',
      'listserv-title': 'Mailing list',
      'resource-2-name': 'Two',
      'resource-2-url': '/2',
    });
    expect(input.resources).toEqual([
      { name: 'Two', url: '/2' },
      { name: 'Mailing list', url: 'https://list.gov/' },
    ]);
    expect(origins.get('resources.1.name')).toBe('listserv-title');
    expect(origins.get('resources.1.url')).toBe('listserv-url');
    expect(issues).toEqual([]);
    expect(dropped).toEqual([]);
  });

  it.each(['listserv-include', 'innovation', 'CFR'])('%s is known but has no place: listed as dropped, not an issue', (key) => {
    const { input, issues, dropped } = mapWith({ [key]: true });
    expect(issues).toEqual([]);
    expect(dropped).toEqual([{ key, message: expect.any(String) }]);
    expect(Object.keys(input).sort()).toEqual(['permalink', 'title']);
  });
});

describe('legacyValueRole', () => {
  it.each([
    ['statement', 'narrative'],
    ['challenge-bullets-text', 'narrative'],
    ['goal-leader-name', 'name'],
    ['goal-leader-6-name', 'name'],
    ['cap-icon', 'image'],
    ['goal-leader-3-photo', 'image'],
    ['CAP-event-date', 'date'],
    ['permalink', 'link'],
    ['current-action-plan', 'link'],
    ['resource-10-url', 'link'],
    ['action-2018-Q3', 'link'],
    ['listserv-url', 'link'],
    ['title', 'text'],
    ['quote', 'text'],
    ['goal-leader-title', 'text'],
  ])('%s holds %s', (key, role) => {
    expect(legacyValueRole(key)).toBe(role);
  });
});

describe('the key table', () => {
  it('each spelled-out key is read by its own row, so no row hides another', () => {
    for (const row of LEGACY_GOAL_KEYS) {
      for (const key of row.spelled) expect(legacyKeyRow(key)?.row.name, key).toBe(row.name);
    }
  });

  it('a placeholder quote, featured box or event takes the keys that belong to it', () => {
    expect(companionKeys('quote')).toEqual(['quote-author', 'font-size']);
    expect(companionKeys('featured-box')).toEqual(['featured-box-url', 'featured-box-button']);
    expect(companionKeys('CAP-event-title')).toEqual(['CAP-event-date', 'CAP-event-text', 'CAP-event-button', 'event-link']);
    expect(companionKeys('resource-2-name')).toEqual([]);
  });

  it('numbered keys give their number; the leader key without one is leader 1', () => {
    expect(legacyKeyRow('goal-leader-photo')?.n).toBe(1);
    expect(legacyKeyRow('goal-leader-4-photo')?.n).toBe(4);
    expect(legacyKeyRow('resource-12-url')?.n).toBe(12);
    expect(legacyKeyRow('resource-x-url')).toBeUndefined();
  });
});
