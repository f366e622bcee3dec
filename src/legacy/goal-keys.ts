/**
 * The only module that knows the flat front matter keys of performance.gov's Jekyll
 * goal pages (`resource-2-name`, `goal-leader-3-photo`, `action-2018-Q3`, ...). It turns
 * them into the structured format that `schemas/goal.ts` validates, and remembers which
 * legacy key each structured field came from so that errors name the key the editor wrote.
 */
import { withoutTrailingSlash } from '../lib/urls.ts';
import { MONTHS } from '../schemas/period.ts';
import { normaliseSitePath } from '../schemas/url.ts';
import { nearest } from './suggest.ts';

interface LegacyIssue {
  /** The key as written in the file. */
  key: string;
  message: string;
}

export interface LegacyGoal {
  /** Structured-format input, for `goalSchema`. */
  input: Record<string, unknown>;
  /** Structured path (`resources.0.url`) → the legacy key it came from (`resource-2-url`). */
  origins: Map<string, string>;
  /** Keys that cannot be mapped: unknown keys, impossible periods. */
  issues: LegacyIssue[];
  /** Keys present but empty, which the legacy site treated as absent. */
  emptyKeys: string[];
  /** Keys the legacy layout knew but the structured format has no place for; their values are left out. */
  dropped: LegacyIssue[];
}

/** A file is in the legacy format when it names the Jekyll layout, as every legacy goal page does. */
export function isLegacyGoal(raw: Record<string, unknown>): boolean {
  return 'layout' in raw;
}

/** Empty values (`KPI:`, `""`) meant "absent" on the legacy site. */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Legacy keys that map to one structured field each. */
const SCALAR_KEYS: Record<string, string> = {
  title: 'title',
  'sub-title': 'subtitle',
  permalink: 'permalink',
  'cap-icon': 'icon',
  'cap-category': 'category',
  'featured-box': 'featured.text',
  'featured-box-url': 'featured.url',
  'featured-box-button': 'featured.button',
  quote: 'quote.text',
  'quote-author': 'quote.author',
  'font-size': 'quote.size',
  'current-action-plan': 'currentActionPlan',
  'cap-kpi-url': 'kpis.dashboardUrl',
  tag: 'newsTag',
  'CAP-event-title': 'events.0.title',
  'CAP-event-date': 'events.0.date',
  'CAP-event-text': 'events.0.text',
  'CAP-event-button': 'events.0.button',
  'event-link': 'events.0.url',
  'previous-cap-goal-name': 'previous.name',
  'previous-page-url': 'previous.url',
  'next-cap-goal-name': 'next.name',
  'next-page-url': 'next.url',
};

/**
 * Keys the legacy layout read that switched on fixed blocks of its own (a mailing-list sign-up box,
 * a grants "innovation" box, a Code of Federal Regulations note). This site has no such blocks, so
 * the values are left out and said to be; a mailing list's title and address become a resource.
 */
const RETIRED_KEYS: Record<string, string> = {
  'listserv-include': 'the mailing-list box it switched on does not exist here; listserv-title and listserv-url become a resource',
  innovation: 'the legacy layout used it to switch on a fixed "innovation" box, which this site does not have; add a resource if its link is needed',
  CFR: 'the legacy layout used it to switch on a fixed Code of Federal Regulations note, which this site does not have; add a resource if its link is needed',
};

/** The mailing list of a goal, which becomes its last resource. */
const LISTSERV_KEYS = { 'listserv-title': 'name', 'listserv-url': 'url' } as const;

/** The legacy site's category labels, singular, as `cap-category` wrote them. */
const CATEGORY_ALIASES: Record<string, string> = {
  'key driver of reform': 'Key Drivers of Transformation',
  'key driver of transformation': 'Key Drivers of Transformation',
  'cross-cutting priority area': 'Cross-Cutting Priority Areas',
  'functional priority area': 'Functional Priority Areas',
  'mission priority area': 'Mission Priority Areas',
};

/** Narrative sections: the text key, its "has bullets" flag, and the key prefix of its bullets. */
const NARRATIVES = [
  { field: 'statement', flag: 'statement-bullets', bullet: 'bullet-', intro: undefined },
  { field: 'challenge', flag: 'challenge-bullets', bullet: 'challenge-bullet-', intro: 'challenge-bullets-text' },
  { field: 'opportunity', flag: 'opportunity-bullets', bullet: 'opportunity-bullet-', intro: undefined },
] as const;

const LEADER_FIELDS = ['photo', 'name', 'title'] as const;
type LeaderField = (typeof LEADER_FIELDS)[number] | 'alt';

/** A value with the key it was written under. */
interface Given {
  value: unknown;
  key: string;
}

/** Entries of a map keyed by the legacy number, in number order. */
function sortedValues<V>(map: Map<number, V>): [number, V][] {
  return [...map.entries()].sort(([a], [b]) => a - b);
}

/** The legacy key of leader `n`'s field: leader 1 has no number. */
export function leaderKey(n: number, field: Exclude<LeaderField, 'alt'>): string {
  return n === 1 ? `goal-leader-${field}` : `goal-leader-${n}-${field}`;
}

/** Every key a legacy goal page may hold, with numbered families spelled out; for "did you mean". */
export function knownLegacyKeys(): string[] {
  const keys = ['layout', 'url', 'redirect_from', ...Object.keys(SCALAR_KEYS), 'KPI', ...Object.keys(LISTSERV_KEYS), ...Object.keys(RETIRED_KEYS)];
  for (let n = 1; n <= 10; n++) keys.push(`resource-${n}-name`, `resource-${n}-url`, `KPI-${n}`);
  for (let n = 1; n <= 6; n++) {
    keys.push(`alt_text_${n}`, ...LEADER_FIELDS.map((field) => leaderKey(n, field)));
  }
  for (const { field, flag, bullet, intro } of NARRATIVES) {
    keys.push(field, flag, ...(intro ? [intro] : []));
    for (let n = 1; n <= 4; n++) keys.push(`${bullet}${n}`);
  }
  for (const month of MONTHS) keys.push(`action-2020-${month}`);
  for (let q = 1; q <= 4; q++) keys.push(`action-2018-Q${q}`);
  return keys;
}

/** The mapping, for the README: each legacy key or key family and the structured field it fills. */
export function legacyKeyReference(): [legacy: string, structured: string][] {
  return [
    ['layout', '(must be `cap-goal-page`; marks the file as legacy)'],
    ['url', '`redirectFrom`, when it differs from the permalink'],
    ['redirect_from', '`redirectFrom` (one path or a list)'],
    ...Object.entries(SCALAR_KEYS).map(([key, path]): [string, string] => [key, `\`${path}\``]),
    ['resource-N-name, resource-N-url', '`resources[]`, in order of N (1–10)'],
    ['goal-leader-photo/-name/-title', '`leaders[0]`'],
    ['goal-leader-N-photo/-name/-title', '`leaders[]`, in order of N (2–6)'],
    ['alt_text_N', '`leaders[].alt` of leader N'],
    ['KPI, KPI-N', '`kpis.titles`'],
    ['action-YYYY-month', '`actionPlans[]`, period `YYYY-MM` (`action-2021-january` → `2021-01`)'],
    ['action-YYYY-QN', '`actionPlans[]`, period `YYYY-QN`, published in March, June, September or December'],
    ['statement-bullets + bullet-N', '`statement.bullets`'],
    ['challenge-bullets + challenge-bullets-text + challenge-bullet-N', '`challenge.text` and `challenge.bullets`'],
    ['opportunity-bullets + opportunity-bullet-N', '`opportunity.bullets`'],
    ['listserv-title, listserv-url', 'the last of `resources[]`'],
    ...Object.keys(RETIRED_KEYS).map((key): [string, string] => [key, 'left out (the block it switched on does not exist here); the importer says so']),
  ];
}

/** Sets `value` at a dotted path such as `events.0.title`, creating objects and arrays on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Record<string, unknown> = target;
  const last = parts.pop() ?? '';
  parts.forEach((part, i) => {
    const nextIsIndex = /^\d+$/.test(parts[i + 1] ?? last);
    node[part] ??= nextIsIndex ? [] : {};
    node = node[part] as Record<string, unknown>;
  });
  node[last] = value;
}

/** Parses the period part of `action-2021-january` or `action-2018-Q3` into `2021-01` / `2018-Q3`. */
export function legacyPeriod(year: string, label: string): string | undefined {
  const quarter = /^Q([1-4])$/i.exec(label);
  if (quarter) return `${year}-Q${quarter[1]}`;
  const month = MONTHS.indexOf(label.toLowerCase() as (typeof MONTHS)[number]);
  return month >= 0 ? `${year}-${String(month + 1).padStart(2, '0')}` : undefined;
}

/** Maps a legacy goal page's front matter to the structured format. */
export function mapLegacyGoal(raw: Record<string, unknown>): LegacyGoal {
  const input: Record<string, unknown> = {};
  const origins = new Map<string, string>();
  const issues: LegacyIssue[] = [];
  const emptyKeys: string[] = [];
  const dropped: LegacyIssue[] = [];
  const put = (path: string, value: unknown, key: string) => {
    setPath(input, path, value);
    origins.set(path, key);
  };

  const resources = new Map<number, Partial<Record<'name' | 'url', Given>>>();
  const listserv: Partial<Record<'name' | 'url', Given>> = {};
  const leaders = new Map<number, Partial<Record<LeaderField, Given>>>();
  const kpiTitles = new Map<number, Given>();
  const narratives = new Map<string, { text?: Given; bullets: Map<number, Given> }>();
  const plans: { period: string; document: unknown; key: string }[] = [];
  const redirects: Given[] = [];
  let url: unknown;

  const entryOf = <K, V>(map: Map<K, V>, id: K, create: () => V): V => {
    const entry = map.get(id) ?? create();
    map.set(id, entry);
    return entry;
  };
  const narrativeOf = (field: string) =>
    entryOf(narratives, field, (): { text?: Given; bullets: Map<number, Given> } => ({ bullets: new Map() }));

  for (const [key, value] of Object.entries(raw)) {
    if (isEmpty(value)) {
      emptyKeys.push(key);
      continue;
    }
    const given = { value, key };
    let m: RegExpExecArray | null;
    if (key === 'layout') {
      if (value !== 'cap-goal-page') issues.push({ key, message: `expected "cap-goal-page", got ${JSON.stringify(value)}` });
    } else if (key === 'url') {
      url = value;
    } else if (key === 'redirect_from') {
      for (const item of Array.isArray(value) ? value : [value]) redirects.push({ value: item, key });
    } else if (key === 'cap-category') {
      const label = String(value).trim();
      put('category', CATEGORY_ALIASES[label.toLowerCase()] ?? label, key);
    } else if (RETIRED_KEYS[key] !== undefined) {
      dropped.push({ key, message: RETIRED_KEYS[key] });
    } else if (key in LISTSERV_KEYS) {
      listserv[LISTSERV_KEYS[key as keyof typeof LISTSERV_KEYS]] = given;
    } else if (SCALAR_KEYS[key] !== undefined) {
      put(SCALAR_KEYS[key], value, key);
    } else if ((m = /^resource-(\d+)-(name|url)$/.exec(key))) {
      entryOf(resources, Number(m[1]), (): Partial<Record<'name' | 'url', Given>> => ({}))[m[2] as 'name' | 'url'] = given;
    } else if ((m = /^goal-leader-(?:(\d+)-)?(photo|name|title)$/.exec(key))) {
      entryOf(leaders, Number(m[1] ?? 1), (): Partial<Record<LeaderField, Given>> => ({}))[m[2] as LeaderField] = given;
    } else if ((m = /^alt_text_(\d+)$/.exec(key))) {
      entryOf(leaders, Number(m[1]), (): Partial<Record<LeaderField, Given>> => ({})).alt = given;
    } else if ((m = /^KPI(?:-(\d+))?$/.exec(key))) {
      kpiTitles.set(Number(m[1] ?? 1), given);
    } else if ((m = /^action-(\d{4})-(.+)$/.exec(key))) {
      const period = legacyPeriod(m[1] ?? '', m[2] ?? '');
      if (period) plans.push({ period, document: value, key });
      else issues.push({ key, message: `expected a month (such as "action-2021-january") or a fiscal quarter (such as "action-2018-Q3"), got "${m[2]}"` });
    } else {
      const narrative = NARRATIVES.find((n) => [n.field, n.flag, n.intro].some((k) => k === key) || key.startsWith(n.bullet));
      const bullet = narrative && new RegExp(`^${narrative.bullet}(\\d+)$`).exec(key);
      if (narrative && (key === narrative.field || key === narrative.intro)) {
        narrativeOf(narrative.field).text = given;
      } else if (narrative && key === narrative.flag) {
        // The flag only told the layout to look for bullets; their presence says the same.
      } else if (narrative && bullet) {
        narrativeOf(narrative.field).bullets.set(Number(bullet[1]), given);
      } else {
        const suggestion = nearest(key, knownLegacyKeys());
        issues.push({ key, message: suggestion ? `unknown key; did you mean "${suggestion}"?` : 'unknown key' });
      }
    }
  }

  const resourceList = sortedValues(resources).map(([n, fields]) => ({ fields, keyOf: (field: string) => `resource-${n}-${field}` }));
  if (listserv.name || listserv.url) resourceList.push({ fields: listserv, keyOf: (field) => `listserv-${field === 'name' ? 'title' : 'url'}` });
  resourceList.forEach(({ fields, keyOf }, i) => {
    setPath(input, `resources.${i}`, {});
    for (const field of ['name', 'url'] as const) {
      origins.set(`resources.${i}.${field}`, fields[field]?.key ?? keyOf(field));
      if (fields[field]) setPath(input, `resources.${i}.${field}`, fields[field].value);
    }
  });

  sortedValues(leaders).forEach(([n, fields], i) => {
    setPath(input, `leaders.${i}`, {});
    for (const field of [...LEADER_FIELDS, 'alt'] as const) {
      origins.set(`leaders.${i}.${field}`, fields[field]?.key ?? (field === 'alt' ? `alt_text_${n}` : leaderKey(n, field)));
      if (fields[field]) setPath(input, `leaders.${i}.${field}`, fields[field].value);
    }
  });

  sortedValues(kpiTitles).forEach(([, { value, key }], i) => put(`kpis.titles.${i}`, value, key));

  for (const [field, { text, bullets }] of narratives) {
    if (bullets.size === 0) {
      if (text) put(field, text.value, text.key);
      continue;
    }
    if (text) put(`${field}.text`, text.value, text.key);
    sortedValues(bullets).forEach(([, b], i) => put(`${field}.bullets.${i}`, b.value, b.key));
  }

  plans.forEach((plan, i) => {
    put(`actionPlans.${i}.period`, plan.period, plan.key);
    put(`actionPlans.${i}.document`, plan.document, plan.key);
  });

  // `url` repeated the permalink on the legacy site; when it differs, the old address must still work.
  if (url !== undefined && !normalisedEqual(url, raw.permalink)) redirects.push({ value: url, key: 'url' });
  redirects.forEach((r, i) => put(`redirectFrom.${i}`, r.value, r.key));

  return { input, origins, issues, emptyKeys, dropped };
}

/** The same site address, written with or without `../` and a trailing slash. */
function normalisedEqual(a: unknown, b: unknown): boolean {
  const clean = (v: unknown) => withoutTrailingSlash(normaliseSitePath(String(v ?? '')) ?? String(v));
  return clean(a) === clean(b);
}

/** The legacy key behind a structured path, or the nearest enclosing one that has an origin. */
export function legacyKeyFor(path: readonly PropertyKey[], origins: Map<string, string>): string | undefined {
  for (let length = path.length; length > 0; length--) {
    const key = origins.get(path.slice(0, length).map(String).join('.'));
    if (key) return key;
  }
  return undefined;
}

/** What kind of value a legacy key holds, for tools that repair values before mapping (the importer). */
export type LegacyValueRole = 'narrative' | 'name' | 'image' | 'link' | 'date' | 'text';

/**
 * The role of a legacy key's value: `narrative` text may hold paragraphs; a `name` is a person's
 * name; an `image` is a site path to a picture; a `link` is any other address or document path;
 * a `date` is a day. Everything else is one line of `text`.
 */
export function legacyValueRole(key: string): LegacyValueRole {
  if (['statement', 'challenge', 'opportunity', 'challenge-bullets-text'].includes(key)) return 'narrative';
  if (/^goal-leader-(?:\d+-)?name$/.test(key)) return 'name';
  if (key === 'cap-icon' || /^goal-leader-(?:\d+-)?photo$/.test(key)) return 'image';
  if (key === 'CAP-event-date') return 'date';
  if (
    ['url', 'redirect_from', 'permalink', 'featured-box-url', 'current-action-plan', 'cap-kpi-url', 'event-link', 'previous-page-url', 'next-page-url', 'listserv-url'].includes(key) ||
    /^resource-\d+-url$/.test(key) ||
    /^action-\d{4}-/.test(key)
  ) {
    return 'link';
  }
  return 'text';
}
