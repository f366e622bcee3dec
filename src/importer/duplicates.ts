/**
 * Duplicate keys. Jekyll kept the last value of a repeated key and lost the others without a
 * word. Here a repeated action plan key whose document names its own period (`FY2018_Q3_…`,
 * `sept_2019_…`) is moved to that period's key when it is free; otherwise the last value is
 * kept, as Jekyll did, and each dropped value is reported.
 */
import { MONTHS } from '../schemas/period.ts';
import type { FrontMatterEntry } from '../collections/front-matter.ts';
import type { Note } from './types.ts';

const MONTH_PREFIXES = MONTHS.map((month) => month.slice(0, 3));

/** The `action-…` key a plan document's file name points to, if it names a period. */
export function periodKeyOfDocument(document: unknown): string | undefined {
  if (typeof document !== 'string') return undefined;
  const file = document.split('/').at(-1) ?? '';
  const quarter = /FY(\d{4})_Q([1-4])/i.exec(file);
  if (quarter) return `action-${quarter[1]}-Q${quarter[2]}`;
  const [, monthWord, year] = /(?:^|[_-])([a-z]{3,9})_(\d{4})(?:[_.-])/i.exec(file) ?? [];
  const index = monthWord ? MONTH_PREFIXES.indexOf(monthWord.slice(0, 3).toLowerCase()) : -1;
  return year && index >= 0 ? `action-${year}-${MONTHS[index]}` : undefined;
}

const show = (value: unknown) => JSON.stringify(value);

export interface Resolved {
  /** One value per key. */
  record: Record<string, unknown>;
  /** The entry each kept value came from. */
  entries: Map<string, FrontMatterEntry>;
  notes: Note[];
}

export function resolveDuplicates(all: readonly FrontMatterEntry[]): Resolved {
  const written = new Set(all.map((entry) => entry.key));
  const byKey = new Map<string, FrontMatterEntry[]>();
  for (const entry of all) byKey.set(entry.key, [...(byKey.get(entry.key) ?? []), entry]);

  const notes: Note[] = [];
  const kept = new Map<string, FrontMatterEntry>();
  for (const [key, occurrences] of byKey) {
    let remaining = occurrences;
    if (occurrences.length > 1 && key.startsWith('action-')) {
      remaining = [];
      for (const entry of occurrences) {
        const placed = periodKeyOfDocument(entry.value);
        if (placed && placed !== key && !written.has(placed) && !kept.has(placed)) {
          kept.set(placed, { ...entry, key: placed });
          notes.push({
            key,
            message: `appears ${occurrences.length} times; the value on line ${entry.line} (${show(entry.value)}) names ${placed.slice('action-'.length)} in its file name, so it is kept as ${placed}`,
          });
        } else {
          remaining.push(entry);
        }
      }
    }
    const last = remaining.at(-1);
    if (last === undefined) continue;
    kept.set(key, last);
    for (const entry of remaining.slice(0, -1)) {
      notes.push({
        key,
        message: `appears ${occurrences.length} times; kept the last value (line ${last.line}, ${show(last.value)}), as Jekyll did, and dropped ${show(entry.value)} from line ${entry.line}`,
      });
    }
  }
  // Keep the file's order, so the report and the output read in the order the editor wrote.
  const ordered = [...kept.values()].sort((a, b) => a.line - b.line);
  return {
    record: Object.fromEntries(ordered.map((entry) => [entry.key, entry.value])),
    entries: new Map(ordered.map((entry) => [entry.key, entry])),
    notes,
  };
}
