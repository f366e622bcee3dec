/**
 * Writes structured front matter: keys in the schema's order, paths normalised, text trimmed,
 * paragraphs as block text. The same input always gives the same bytes, so a second import
 * finds its earlier output unchanged.
 */
import { stringify } from 'yaml';
import { goalSchema } from '../schemas/goal.ts';
import { normaliseSitePath } from '../schemas/url.ts';

const GOAL_KEYS = Object.keys(goalSchema.shape);
const LEADER_KEYS = ['name', 'title', 'photo', 'alt'];
const EVENT_KEYS = ['title', 'date', 'text', 'url', 'button'];

function trimStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimStrings);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimStrings(v)]));
  return value;
}

function ordered(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  for (const key of Object.keys(value)) if (!(key in out) && value[key] !== undefined) out[key] = value[key];
  return out;
}

const path = (value: unknown) => (typeof value === 'string' ? (normaliseSitePath(value) ?? value) : value);

/** The goal input as it will be written. */
export function cleanGoal(input: Record<string, unknown>): Record<string, unknown> {
  const goal = trimStrings(input) as Record<string, unknown>;
  goal.permalink = path(goal.permalink);
  if (Array.isArray(goal.redirectFrom)) {
    const redirects = [...new Set(goal.redirectFrom.map(path))].filter((r) => r !== goal.permalink);
    if (redirects.length) goal.redirectFrom = redirects;
    else delete goal.redirectFrom;
  }
  if (goal.icon !== undefined) goal.icon = path(goal.icon);
  if (Array.isArray(goal.leaders)) {
    goal.leaders = goal.leaders.map((leader: Record<string, unknown>) =>
      ordered({ ...leader, photo: leader.photo === undefined ? undefined : path(leader.photo) }, LEADER_KEYS),
    );
  }
  if (Array.isArray(goal.events)) goal.events = goal.events.map((event: Record<string, unknown>) => ordered(event, EVENT_KEYS));
  for (const side of ['previous', 'next']) {
    const link = goal[side] as Record<string, unknown> | undefined;
    if (link) goal[side] = ordered({ ...link, url: path(link.url) }, ['name', 'url']);
  }
  return ordered(goal, GOAL_KEYS);
}

/** A Markdown file: front matter, then the body (if any). */
export function markdownFile(data: Record<string, unknown>, body = ''): string {
  const yaml = stringify(data, { lineWidth: 0, blockQuote: 'literal' }).trimEnd();
  const text = body.trim() ? `\n${body.replace(/^\s*\n/, '').trimEnd()}\n` : '';
  return `---\n${yaml}\n---\n${text}`;
}
