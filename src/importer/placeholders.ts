/**
 * Placeholder content the legacy site published by mistake: "Lorem ipsum" text and the generic
 * profile icon used instead of a leader's photo. Such values are dropped with a warning; a
 * placeholder quote takes its author and type size with it.
 */
import { PLACEHOLDER_IMAGES, PLACEHOLDER_TEXT, companionKeys, legacyValueRole } from '../legacy/keys.ts';
import type { Note } from './types.ts';

export function isPlaceholderText(value: unknown): boolean {
  return typeof value === 'string' && PLACEHOLDER_TEXT.test(value);
}

export function isPlaceholderImage(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const path = `/${value
    .trim()
    .replace(/^(\.\.?\/)+/, '')
    .replace(/^\/+/, '')}`;
  return PLACEHOLDER_IMAGES.some((placeholder) => placeholder.toLowerCase() === path.toLowerCase());
}

/** Removes placeholder values from `record` (in place) and says what went. */
export function dropPlaceholders(record: Record<string, unknown>): Note[] {
  const notes: Note[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (!(key in record)) continue;
    if (isPlaceholderText(value)) {
      const companions = companionKeys(key).filter((k) => k in record);
      for (const k of [key, ...companions]) delete record[k];
      const also = companions.length ? `, with ${companions.join(' and ')}` : '';
      notes.push({ key, message: `placeholder text ("Lorem ipsum …"): dropped${also}` });
    } else if (legacyValueRole(key) === 'image' && isPlaceholderImage(value)) {
      delete record[key];
      notes.push({ key, message: `placeholder image ${JSON.stringify(value)}: dropped (the site shows its neutral picture instead)` });
    }
  }
  return notes;
}
