/**
 * One legacy Jekyll post → the site's post format (title, date, description, tags, Markdown body).
 * The date comes from the front matter when it has one, else from the file name
 * (`2019-09-19-….md`), as Jekyll did. Keys the site never showed are dropped and listed.
 */
import { knownLegacyPostKeys, legacyPostKey } from '../legacy/post-keys.ts';
import { nearest } from '../schemas/suggest.ts';
import { normaliseSitePath } from '../schemas/url.ts';
import { fieldPath } from '../schemas/issues.ts';
import { postSchema } from '../schemas/post.ts';
import { resolveDuplicates } from './duplicates.ts';
import type { FrontMatterEntry } from '../collections/front-matter.ts';
import { parseProseDate } from './prose-date.ts';
import type { Note } from './types.ts';

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

function dateOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})(?:[ T]|$)/.exec(value.trim())?.[1];
  return parseProseDate(day ?? value)?.iso;
}

/** The first paragraph of the body as plain text, cut at a sentence end near 200 characters. */
export function descriptionFromBody(body: string): string | undefined {
  const paragraph = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !/^(#|[-*+] |\d+\. |>|<|\{[%{])/.test(p));
  if (!paragraph) return undefined;
  const plain = paragraph
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= 200) return plain;
  const cut = plain.slice(0, 200).lastIndexOf('. ');
  return cut > 40 ? plain.slice(0, cut + 1) : `${plain.slice(0, 197).trimEnd()}…`;
}

export type PostDraft =
  | { ok: true; data: { title: string; date: string; description: string; tags: string[] }; body: string; notes: Note[] }
  | { ok: false; errors: Note[]; notes: Note[] };

export function convertPost(entries: readonly FrontMatterEntry[], body: string, fileName: string): PostDraft {
  const { record, notes } = resolveDuplicates(entries);
  const errors: Note[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (key === 'layout' && value !== 'post')
      notes.push({ key, message: `expected "post", got ${JSON.stringify(value)}; read as a post because of its folder` });
    const row = legacyPostKey(key);
    if (!row) {
      const suggestion = nearest(key, knownLegacyPostKeys());
      notes.push({ key, message: `unknown key${suggestion ? `; did you mean "${suggestion}"?` : ''}; dropped` });
    } else if (isEmpty(value)) {
      if (row.noteWhenEmpty) notes.push({ key, message: 'empty, so treated as absent' });
    } else if (row.dropped) {
      notes.push({ key, message: `dropped ${JSON.stringify(value)}: ${row.dropped}` });
    }
  }

  const title = typeof record.title === 'string' ? record.title.replace(/\s+/g, ' ').trim() : '';
  if (!title) errors.push({ key: 'title', message: 'required, but missing' });

  const fromName = /^(\d{4}-\d{2}-\d{2})-/.exec(fileName)?.[1];
  const fromKey = isEmpty(record.date) ? undefined : dateOf(record.date);
  if (!isEmpty(record.date) && !fromKey) notes.push({ key: 'date', message: `not a date: ${JSON.stringify(record.date)}; the file name's date is used` });
  const date = fromKey ?? (fromName ? parseProseDate(fromName)?.iso : undefined);
  if (!date) errors.push({ key: 'date', message: 'required, but missing: no date key and no YYYY-MM-DD- at the start of the file name' });
  if (fromKey && fromName && fromKey !== fromName)
    notes.push({ key: 'date', message: `${fromKey} differs from the file name's ${fromName}; the date key wins, as in Jekyll` });

  const permalink = typeof record.permalink === 'string' ? record.permalink.trim() : '';
  if (!permalink) errors.push({ key: 'permalink', message: 'required, but missing' });
  const oldAddress = permalink ? normaliseSitePath(permalink) : undefined;
  if (permalink && !oldAddress) notes.push({ key: 'permalink', message: `old address ${JSON.stringify(permalink)} dropped: not a path on this site` });

  const description = typeof record.description === 'string' && record.description.trim() ? record.description.replace(/\s+/g, ' ').trim() : undefined;
  const excerpt = typeof record.excerpt === 'string' && record.excerpt.trim() ? record.excerpt.replace(/\s+/g, ' ').trim() : undefined;
  let summary = description ?? excerpt;
  if (description && excerpt && excerpt !== description)
    notes.push({ key: 'excerpt', message: `dropped ${JSON.stringify(excerpt)}: it differs from the description, which is kept` });
  if (!description && excerpt) notes.push({ key: 'excerpt', message: 'used as the description' });
  if (!summary) {
    summary = descriptionFromBody(body);
    if (summary) notes.push({ key: 'description', message: `missing; taken from the first paragraph: ${JSON.stringify(summary)}` });
    else errors.push({ key: 'description', message: 'required, but missing, and the post has no paragraph to take it from' });
  }

  const rawTags = record.tags ?? record.tag;
  const tags = [
    ...new Set((Array.isArray(rawTags) ? rawTags : typeof rawTags === 'string' ? rawTags.split(/[\s,]+/) : []).map((t) => String(t).trim()).filter(Boolean)),
  ];
  if (/\{%|\{\{/.test(body)) notes.push({ message: 'the body holds Liquid tags ({% … %} or {{ … }}), which this site does not run; edit them out' });

  if (errors.length > 0 || !date || !summary) return { ok: false, errors, notes };
  const data = { title, date, description: summary, tags, ...(oldAddress ? { redirectFrom: [oldAddress] } : {}) };
  const checked = postSchema.safeParse(data);
  if (!checked.success) return { ok: false, errors: checked.error.issues.map((i) => ({ key: fieldPath(i.path), message: i.message })), notes };
  return { ok: true, data, body: `${body.replace(/^\s*\n/, '').trimEnd()}\n`, notes };
}
