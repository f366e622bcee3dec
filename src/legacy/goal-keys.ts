/**
 * The only module that knows the flat front matter keys of performance.gov's Jekyll
 * goal pages (`resource-2-name`, `goal-leader-3-photo`, `action-2018-Q3`, ...). It turns
 * them into the structured format that `schemas/goal.ts` validates, and remembers which
 * legacy key each structured field came from so that errors name the key the editor wrote.
 */
import { MONTHS } from '../schemas/period.ts';
import { nearest } from './suggest.ts';

export interface LegacyIssue {
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
  const keys = ['layout', 'url', 'redirect_from', ...Object.keys(SCALAR_KEYS), 'KPI'];
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
  ];
}

/** Sets `value` at a dotted path such as `events.0.title`, creating objects and arrays on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Record<string, unknown> = target;
  parts.slice(0, -1).forEach((part, i) => {
    const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
    node[part] ??= nextIsIndex ? [] : {};
    node = node[part] as Record<string, unknown>;
  });
  node[parts.at(-1)!] = value;
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
  const put = (path: string, value: unknown, key: string) => {
    setPath(input, path, value);
    origins.set(path, key);
  };

  const resources = new Map<number, Partial<Record<'name' | 'url', Given>>>();
  const leaders = new Map<number, Partial<Record<LeaderField, Given>>>();
  const kpiTitles = new Map<number, Given>();
  const narratives = new Map<string, { text?: Given; bullets: Map<number, Given> }>();
  const plans: { period: string; document: unknown; key: string }[] = [];
  const redirects: Given[] = [];
  let url: unknown;

  const entryOf = <K, V>(map: Map<K, V>, id: K, create: () => V): V => {
    if (!map.has(id)) map.set(id, create());
    return map.get(id)!;
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
    } else if (key in SCALAR_KEYS) {
      put(SCALAR_KEYS[key]!, value, key);
    } else if ((m = /^resource-(\d+)-(name|url)$/.exec(key))) {
      entryOf(resources, Number(m[1]), (): Partial<Record<'name' | 'url', Given>> => ({}))[m[2] as 'name' | 'url'] = given;
    } else if ((m = /^goal-leader-(?:(\d+)-)?(photo|name|title)$/.exec(key))) {
      entryOf(leaders, Number(m[1] ?? 1), (): Partial<Record<LeaderField, Given>> => ({}))[m[2] as LeaderField] = given;
    } else if ((m = /^alt_text_(\d+)$/.exec(key))) {
      entryOf(leaders, Number(m[1]), (): Partial<Record<LeaderField, Given>> => ({})).alt = given;
    } else if ((m = /^KPI(?:-(\d+))?$/.exec(key))) {
      kpiTitles.set(Number(m[1] ?? 1), given);
    } else if ((m = /^action-(\d{4})-(.+)$/.exec(key))) {
      const period = legacyPeriod(m[1]!, m[2]!);
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

  sortedValues(resources).forEach(([n, fields], i) => {
    setPath(input, `resources.${i}`, {});
    for (const field of ['name', 'url'] as const) {
      origins.set(`resources.${i}.${field}`, fields[field]?.key ?? `resource-${n}-${field}`);
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

  return { input, origins, issues, emptyKeys };
}

function normalisedEqual(a: unknown, b: unknown): boolean {
  const clean = (v: unknown) => String(v ?? '').trim().replace(/^(\.\.?\/)+/, '/').replace(/^\/+/, '/').replace(/\/$/, '');
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
