/**
 * Maps the flat front matter of performance.gov's Jekyll goal pages (`resource-2-name`,
 * `goal-leader-3-photo`, `action-2018-Q3`, ...) to the structured format that `schemas/goal.ts`
 * validates, and remembers which legacy key each structured field came from so that errors name
 * the key the editor wrote. The keys themselves are listed once, in `keys.ts`.
 */
import { MONTHS } from '../schemas/period.ts';
import { sameSitePath } from '../schemas/url.ts';
import { CATEGORY_ALIASES, altTextKey, knownLegacyKeys, leaderKey, legacyKeyRow, type LeaderField, type NarrativeField } from './keys.ts';
import { nearest } from '../schemas/suggest.ts';

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

const LEADER_FIELDS = ['photo', 'name', 'title'] as const;

/** A value with the key it was written under. */
interface Given {
  value: unknown;
  key: string;
}

/** Entries of a map keyed by the legacy number, in number order. */
function sortedValues<V>(map: Map<number, V>): [number, V][] {
  return [...map.entries()].sort(([a], [b]) => a - b);
}

/** Sets `value` at a dotted path such as `events.0.title`, creating objects and arrays on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Record<string, unknown> = target;
  const last = parts.pop() ?? path;
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
  const narratives = new Map<NarrativeField, { text?: Given; bullets: Map<number, Given> }>();
  const plans: { period: string; document: unknown; key: string }[] = [];
  const redirects: Given[] = [];
  let url: unknown;

  const entryOf = <K, V>(map: Map<K, V>, id: K, create: () => V): V => {
    const found = map.get(id);
    if (found !== undefined) return found;
    const created = create();
    map.set(id, created);
    return created;
  };
  const narrativeOf = (field: NarrativeField) => entryOf(narratives, field, (): { text?: Given; bullets: Map<number, Given> } => ({ bullets: new Map() }));

  for (const [key, value] of Object.entries(raw)) {
    if (isEmpty(value)) {
      emptyKeys.push(key);
      continue;
    }
    const given = { value, key };
    const found = legacyKeyRow(key);
    if (!found) {
      const suggestion = nearest(key, knownLegacyKeys());
      issues.push({ key, message: suggestion ? `unknown key; did you mean "${suggestion}"?` : 'unknown key' });
      continue;
    }
    const { row, n, match } = found;
    const place = row.place;
    switch (place.kind) {
      case 'layout':
        if (value !== 'cap-goal-page') issues.push({ key, message: `expected "cap-goal-page", got ${JSON.stringify(value)}` });
        break;
      case 'url':
        url = value;
        break;
      case 'redirect':
        for (const item of Array.isArray(value) ? value : [value]) redirects.push({ value: item, key });
        break;
      case 'category': {
        const label = String(value).trim();
        put('category', CATEGORY_ALIASES[label.toLowerCase()] ?? label, key);
        break;
      }
      case 'retired':
        dropped.push({ key, message: place.reason });
        break;
      case 'listserv':
        listserv[place.field] = given;
        break;
      case 'field':
        put(place.path, value, key);
        break;
      case 'resource':
        entryOf(resources, n, (): Partial<Record<'name' | 'url', Given>> => ({}))[place.field] = given;
        break;
      case 'leader':
        entryOf(leaders, n, (): Partial<Record<LeaderField, Given>> => ({}))[place.field] = given;
        break;
      case 'kpi':
        kpiTitles.set(n, given);
        break;
      case 'plan': {
        const period = legacyPeriod(match[1] ?? '', match[2] ?? '');
        if (period) plans.push({ period, document: value, key });
        else
          issues.push({
            key,
            message: `expected a month (such as "action-2021-january") or a fiscal quarter (such as "action-2018-Q3"), got "${match[2] ?? ''}"`,
          });
        break;
      }
      case 'narrative':
        // A `-bullets` flag only told the layout to look for bullets; their presence says the same.
        if (place.part === 'text') narrativeOf(place.field).text = given;
        else if (place.part === 'bullet') narrativeOf(place.field).bullets.set(n, given);
        break;
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
      origins.set(`leaders.${i}.${field}`, fields[field]?.key ?? (field === 'alt' ? altTextKey(n) : leaderKey(n, field)));
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
  if (url !== undefined && !sameSitePath(url, raw.permalink)) redirects.push({ value: url, key: 'url' });
  redirects.forEach((r, i) => put(`redirectFrom.${i}`, r.value, r.key));

  return { input, origins, issues, emptyKeys, dropped };
}

/** The legacy key behind a structured path, or the nearest enclosing one that has an origin. */
export function legacyKeyFor(path: readonly PropertyKey[], origins: Map<string, string>): string | undefined {
  for (let length = path.length; length > 0; length--) {
    const key = origins.get(path.slice(0, length).map(String).join('.'));
    if (key) return key;
  }
  return undefined;
}
