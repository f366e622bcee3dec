/**
 * The table of performance.gov's Jekyll goal-page keys: the one place each legacy key is written.
 * The mapper (`goal-keys.ts`), the "did you mean" suggestions, the README reference, the value
 * roles and the importer's repairs and placeholder rules all read this table.
 */
import { fieldPath } from '../schemas/issues.ts';
import { MONTHS } from '../schemas/period.ts';

/**
 * What kind of value a legacy key holds, for tools that repair values before mapping (the importer):
 * `narrative` text may hold paragraphs; a `name` is a person's name; an `image` is a site path to a
 * picture; a `link` is any other address or document path; a `date` is a day; `text` is one line.
 */
export type LegacyValueRole = 'narrative' | 'name' | 'image' | 'link' | 'date' | 'text';

export type NarrativeField = 'statement' | 'challenge' | 'opportunity';
export type LeaderField = 'photo' | 'name' | 'title' | 'alt';

/** Where the mapper puts a key's value. */
type Placement =
  | { kind: 'layout' }
  | { kind: 'url' }
  | { kind: 'redirect' }
  | { kind: 'field'; path: string }
  | { kind: 'category' }
  | { kind: 'resource'; field: 'name' | 'url' }
  | { kind: 'listserv'; field: 'name' | 'url' }
  | { kind: 'leader'; field: LeaderField }
  | { kind: 'kpi' }
  | { kind: 'plan' }
  | { kind: 'narrative'; field: NarrativeField; part: 'text' | 'flag' | 'bullet' }
  | { kind: 'retired'; reason: string };

export interface LegacyKey {
  /** The key as the README shows it; `N` stands for a number. */
  name: string;
  /** Matches every key of the row; group 1 holds the number N where the key has one. */
  pattern: RegExp;
  /** The row's keys spelled out, for "did you mean". */
  spelled: readonly string[];
  /** What it becomes, for the README. */
  becomes: string;
  role: LegacyValueRole;
  place: Placement;
  /** Keys that mean nothing without this one, dropped with it when its value is a placeholder. */
  companions?: readonly string[];
}

/** How many of each numbered family the suggestions spell out. */
const RESOURCES = 10;
const LEADERS = 6;
const KPIS = 10;
const BULLETS = 4;

const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const escape = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A dotted path as editors read it: `events.0.title` → `events[1].title`. */
const shownPath = (path: string) => fieldPath(path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));

/** A key with one structured field of its own. */
function field(key: string, path: string, role: LegacyValueRole = 'text', companions?: readonly string[]): LegacyKey {
  return {
    name: key,
    pattern: new RegExp(`^${escape(key)}$`),
    spelled: [key],
    becomes: `\`${shownPath(path)}\``,
    role,
    place: { kind: 'field', path },
    ...(companions ? { companions } : {}),
  };
}

/** A single key that is not a plain field. */
function single(key: string, becomes: string, role: LegacyValueRole, place: Placement): LegacyKey {
  return { name: key, pattern: new RegExp(`^${escape(key)}$`), spelled: [key], becomes, role, place };
}

/** The legacy key of leader `n`'s field: leader 1 has no number. */
export function leaderKey(n: number, part: Exclude<LeaderField, 'alt'>): string {
  return n === 1 ? `goal-leader-${part}` : `goal-leader-${n}-${part}`;
}

/** The alt-text key of leader `n`. */
export const altTextKey = (n: number) => `alt_text_${n}`;

function leaderRow(part: Exclude<LeaderField, 'alt'>, role: LegacyValueRole): LegacyKey {
  return {
    name: `goal-leader-${part}, goal-leader-N-${part}`,
    pattern: new RegExp(`^goal-leader-(?:(\\d+)-)?${part}$`),
    spelled: numbers(1, LEADERS).map((n) => leaderKey(n, part)),
    becomes: `\`leaders[].${part}\`, in order of N (the key without N is leader 1)`,
    role,
    place: { kind: 'leader', field: part },
  };
}

function narrativeRows(narrative: NarrativeField, bullet: string, intro?: string): LegacyKey[] {
  return [
    single(narrative, `\`${narrative}\`; with bullets, \`${narrative}.text\``, 'narrative', { kind: 'narrative', field: narrative, part: 'text' }),
    ...(intro ? [single(intro, `\`${narrative}.text\``, 'narrative', { kind: 'narrative', field: narrative, part: 'text' })] : []),
    single(`${narrative}-bullets`, 'nothing: the bullets themselves say there are bullets', 'text', { kind: 'narrative', field: narrative, part: 'flag' }),
    {
      name: `${bullet}N`,
      pattern: new RegExp(`^${escape(bullet)}(\\d+)$`),
      spelled: numbers(1, BULLETS).map((n) => `${bullet}${n}`),
      becomes: `\`${narrative}.bullets\`, in order of N`,
      role: 'text',
      place: { kind: 'narrative', field: narrative, part: 'bullet' },
    },
  ];
}

/** The event keys, which mean nothing without the event's title. */
const EVENT_KEYS = ['CAP-event-date', 'CAP-event-text', 'CAP-event-button', 'event-link'];

/** Every legacy goal-page key, in the order the README lists them. */
export const LEGACY_GOAL_KEYS: readonly LegacyKey[] = [
  single('layout', '(must be `cap-goal-page`; marks the file as legacy)', 'text', { kind: 'layout' }),
  single('url', '`redirectFrom`, when it differs from the permalink', 'link', { kind: 'url' }),
  single('redirect_from', '`redirectFrom` (one path or a list)', 'link', { kind: 'redirect' }),
  field('title', 'title'),
  field('sub-title', 'subtitle'),
  field('permalink', 'permalink', 'link'),
  field('cap-icon', 'icon', 'image'),
  { ...field('cap-category', 'category'), place: { kind: 'category' }, becomes: '`category` (the legacy singular labels are accepted)' },
  field('featured-box', 'featured.text', 'text', ['featured-box-url', 'featured-box-button']),
  field('featured-box-url', 'featured.url', 'link'),
  field('featured-box-button', 'featured.button'),
  field('quote', 'quote.text', 'text', ['quote-author', 'font-size']),
  field('quote-author', 'quote.author'),
  field('font-size', 'quote.size'),
  field('current-action-plan', 'currentActionPlan', 'link'),
  field('cap-kpi-url', 'kpis.dashboardUrl', 'link'),
  field('tag', 'newsTag'),
  field('CAP-event-title', 'events.0.title', 'text', EVENT_KEYS),
  field('CAP-event-date', 'events.0.date', 'date'),
  field('CAP-event-text', 'events.0.text'),
  field('CAP-event-button', 'events.0.button'),
  field('event-link', 'events.0.url', 'link'),
  field('previous-cap-goal-name', 'previous.name'),
  field('previous-page-url', 'previous.url', 'link'),
  field('next-cap-goal-name', 'next.name'),
  field('next-page-url', 'next.url', 'link'),
  {
    name: 'KPI, KPI-N',
    pattern: /^KPI(?:-(\d+))?$/,
    spelled: ['KPI', ...numbers(1, KPIS).map((n) => `KPI-${n}`)],
    becomes: '`kpis.titles`, in order of N (`KPI` is the first)',
    role: 'text',
    place: { kind: 'kpi' },
  },
  single('listserv-title', 'the `name` of the last of `resources[]`', 'text', { kind: 'listserv', field: 'name' }),
  single('listserv-url', 'the `url` of the last of `resources[]`', 'link', { kind: 'listserv', field: 'url' }),
  {
    name: 'resource-N-name',
    pattern: /^resource-(\d+)-name$/,
    spelled: numbers(1, RESOURCES).map((n) => `resource-${n}-name`),
    becomes: '`resources[].name`, in order of N',
    role: 'text',
    place: { kind: 'resource', field: 'name' },
  },
  {
    name: 'resource-N-url',
    pattern: /^resource-(\d+)-url$/,
    spelled: numbers(1, RESOURCES).map((n) => `resource-${n}-url`),
    becomes: '`resources[].url`, in order of N',
    role: 'link',
    place: { kind: 'resource', field: 'url' },
  },
  leaderRow('photo', 'image'),
  leaderRow('name', 'name'),
  leaderRow('title', 'text'),
  {
    name: 'alt_text_N',
    pattern: /^alt_text_(\d+)$/,
    spelled: numbers(1, LEADERS).map(altTextKey),
    becomes: '`leaders[].alt` of leader N',
    role: 'text',
    place: { kind: 'leader', field: 'alt' },
  },
  ...narrativeRows('statement', 'bullet-'),
  ...narrativeRows('challenge', 'challenge-bullet-', 'challenge-bullets-text'),
  ...narrativeRows('opportunity', 'opportunity-bullet-'),
  {
    name: 'action-YYYY-month',
    pattern: /^action-(\d{4})-([a-z]+)$/i,
    spelled: MONTHS.map((month) => `action-2020-${month}`),
    becomes: '`actionPlans[]`, period `YYYY-MM` (`action-2021-january` → `2021-01`)',
    role: 'link',
    place: { kind: 'plan' },
  },
  {
    name: 'action-YYYY-QN',
    pattern: /^action-(\d{4})-(.+)$/,
    spelled: numbers(1, 4).map((q) => `action-2018-Q${q}`),
    becomes: '`actionPlans[]`, period `YYYY-QN`: the fiscal quarter it reports on (no publication month)',
    role: 'link',
    place: { kind: 'plan' },
  },
  single('listserv-include', 'left out (the block it switched on does not exist here); the importer says so', 'text', {
    kind: 'retired',
    reason: 'the mailing-list box it switched on does not exist here; listserv-title and listserv-url become a resource',
  }),
  single('innovation', 'left out (the block it switched on does not exist here); the importer says so', 'text', {
    kind: 'retired',
    reason: 'the legacy layout used it to switch on a fixed "innovation" box, which this site does not have; add a resource if its link is needed',
  }),
  single('CFR', 'left out (the block it switched on does not exist here); the importer says so', 'text', {
    kind: 'retired',
    reason:
      'the legacy layout used it to switch on a fixed Code of Federal Regulations note, which this site does not have; add a resource if its link is needed',
  }),
];

/** The row a key belongs to, with its number N (1 when the key has none), or undefined for an unknown key. */
export function legacyKeyRow(key: string): { row: LegacyKey; n: number; match: RegExpExecArray } | undefined {
  for (const row of LEGACY_GOAL_KEYS) {
    const match = row.pattern.exec(key);
    if (match) return { row, n: Number(match[1] ?? 1), match };
  }
  return undefined;
}

/** Every key a legacy goal page may hold, with numbered families spelled out; for "did you mean". */
export function knownLegacyKeys(): string[] {
  return LEGACY_GOAL_KEYS.flatMap((row) => row.spelled);
}

/** The mapping, for the README: each legacy key or key family and what it becomes. */
export function legacyKeyReference(): [legacy: string, becomes: string][] {
  return LEGACY_GOAL_KEYS.map((row) => [row.name, row.becomes]);
}

/** The role of a legacy key's value; unknown keys hold `text`. */
export function legacyValueRole(key: string): LegacyValueRole {
  return legacyKeyRow(key)?.row.role ?? 'text';
}

/** The keys that go with `key` when its value is a placeholder (a quote's author goes with the quote). */
export function companionKeys(key: string): readonly string[] {
  return legacyKeyRow(key)?.row.companions ?? [];
}

/** The legacy site's category labels, singular, as `cap-category` wrote them. */
export const CATEGORY_ALIASES: Readonly<Record<string, string>> = {
  'key driver of reform': 'Key Drivers of Transformation',
  'key driver of transformation': 'Key Drivers of Transformation',
  'cross-cutting priority area': 'Cross-Cutting Priority Areas',
  'functional priority area': 'Functional Priority Areas',
  'mission priority area': 'Mission Priority Areas',
};

/** Images the legacy site showed in place of a missing leader photo. */
export const PLACEHOLDER_IMAGES: readonly string[] = ['/img/agr/Circle-icons-profle.svg.png'];

/** Placeholder text the legacy site published by mistake. */
export const PLACEHOLDER_TEXT = /\blorem ipsum\b/i;
