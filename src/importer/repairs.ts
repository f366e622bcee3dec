/**
 * Repairs of single values that the legacy pages got wrong in ways a reader could not see, each
 * reported: values written over several lines, broken paths, prose dates, trailing punctuation
 * in names, titles split across `title` and `sub-title`, and leader photos without alt text.
 * Every function changes `record` in place and returns what it did.
 */
import { altTextKey, leaderKey, legacyValueRole } from '../legacy/keys.ts';
import { parseProseDate } from './prose-date.ts';
import type { Note } from './types.ts';

const show = (value: unknown) => JSON.stringify(value);

/**
 * Narrative text: each line break left in a quoted value stood for a blank line in the file,
 * i.e. a new paragraph. Other text is joined into one line.
 */
export function repairLineBreaks(record: Record<string, unknown>, multiline: ReadonlySet<string>): Note[] {
  const notes: Note[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string') continue;
    if (legacyValueRole(key) === 'narrative') {
      const paragraphs = value
        .split(/\s*\n\s*/)
        .map((p) => p.trim())
        .filter(Boolean);
      if (paragraphs.length > 1) {
        record[key] = paragraphs.join('\n\n');
        notes.push({ key, message: `written over several lines: kept as ${paragraphs.length} paragraphs` });
      } else if (multiline.has(key)) {
        record[key] = value.replace(/\s+/g, ' ').trim();
      }
    } else if (multiline.has(key) || /\n/.test(value)) {
      record[key] = value.replace(/\s+/g, ' ').trim();
      notes.push({ key, message: `written over several lines: joined into one line, ${show(record[key])}` });
    }
  }
  return notes;
}

/** `/CAP/CAP/action_plans/x.pdf` → `/CAP/action_plans/x.pdf`; `/CAP/kpis.html/` → `/CAP/kpis.html`. */
export function repairPath(value: string): string {
  return value
    .trim()
    .replace(/^((?:\.\.?\/)*\/?)([^/]+)\/(?:\2\/)+/, '$1$2/')
    .replace(/\.html?\/$/i, (ext) => ext.slice(0, -1));
}

export function repairPaths(record: Record<string, unknown>): Note[] {
  const notes: Note[] = [];
  const fix = (key: string, value: unknown): unknown => {
    if (typeof value !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(value.trim())) return value;
    const repaired = repairPath(value);
    if (repaired !== value.trim()) notes.push({ key, message: `repaired path ${show(value.trim())} → ${show(repaired)}` });
    return repaired;
  };
  for (const [key, value] of Object.entries(record)) {
    const role = legacyValueRole(key);
    if (role !== 'link' && role !== 'image') continue;
    record[key] = Array.isArray(value) ? value.map((item) => fix(key, item)) : fix(key, value);
  }
  return notes;
}

export function repairDates(record: Record<string, unknown>): Note[] {
  const notes: Note[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (legacyValueRole(key) !== 'date') continue;
    if (value instanceof Date) {
      record[key] = value.toISOString().slice(0, 10);
      continue;
    }
    if (typeof value !== 'string' || /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) continue;
    const date = parseProseDate(value);
    if (!date) continue; // left for the schema check, which drops it with its reason
    record[key] = date.iso;
    const weekday = date.weekdayMismatch
      ? ` (but that day was a ${date.weekdayMismatch.charAt(0).toUpperCase()}${date.weekdayMismatch.slice(1)}; check it)`
      : '';
    notes.push({ key, message: `prose date ${show(value)} written as ${date.iso}${weekday}` });
  }
  return notes;
}

/** Names ending in a comma, colon or semicolon (`"Patrick Corrigan,"`) lose it. */
export function repairNames(record: Record<string, unknown>): Note[] {
  const notes: Note[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (legacyValueRole(key) !== 'name' || typeof value !== 'string') continue;
    const repaired = value.trim().replace(/\s*[,;:]+$/, '');
    if (repaired !== value.trim()) {
      record[key] = repaired;
      notes.push({ key, message: `trailing punctuation removed: ${show(value)} → ${show(repaired)}` });
    }
  }
  return notes;
}

/** `title: "Category Management:"` with the rest in `sub-title`: the colon goes, the two stay title and subtitle. */
export function repairSplitTitle(record: Record<string, unknown>): Note[] {
  const title = record.title;
  if (typeof title !== 'string' || !/[:,;–—-]\s*$/.test(title)) return [];
  const repaired = title.trim().replace(/\s*[:,;–—-]+$/, '');
  record.title = repaired;
  const sub = typeof record['sub-title'] === 'string' ? ` and continues in sub-title (${show(record['sub-title'])}), kept as the subtitle` : '';
  return [{ key: 'title', message: `${show(title)} ended in punctuation${sub}; title is now ${show(repaired)}` }];
}

/** Leader photos without `alt_text_N`: the site describes them as "Photo of <name>". */
export function noteMissingAltText(record: Record<string, unknown>): Note[] {
  const notes: Note[] = [];
  for (let n = 1; n <= 20; n++) {
    const photo = leaderKey(n, 'photo');
    if (record[photo] === undefined || record[photo] === null || record[altTextKey(n)]) continue;
    const name = record[leaderKey(n, 'name')];
    notes.push({
      key: photo,
      message: `no alt text (${altTextKey(n)}); the site will describe the photo as ${show(`Photo of ${typeof name === 'string' ? name.trim() : '<name>'}`)}`,
    });
  }
  return notes;
}
