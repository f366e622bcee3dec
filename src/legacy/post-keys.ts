/**
 * The front matter keys of performance.gov's Jekyll posts, each with what it becomes here; the
 * importer's post conversion, its "did you mean" suggestions and the README reference read this table.
 */

export interface LegacyPostKey {
  key: string;
  /** What it becomes, for the README. */
  becomes: string;
  /** Why the value has no place here; set for keys whose values are dropped. */
  dropped?: string;
  /** An empty value is worth a note (the key was meant to say something). */
  noteWhenEmpty?: boolean;
}

const kept = (key: string, becomes: string, noteWhenEmpty = false): LegacyPostKey => ({ key, becomes, ...(noteWhenEmpty ? { noteWhenEmpty } : {}) });
const dropped = (key: string, reason: string): LegacyPostKey => ({ key, becomes: `left out: ${reason}`, dropped: reason, noteWhenEmpty: true });

export const LEGACY_POST_KEYS: readonly LegacyPostKey[] = [
  kept('layout', '(should be `post`; a file in a posts folder is read as a post either way)'),
  kept('title', '`title`'),
  kept('date', '`date`; without it, the `YYYY-MM-DD-` at the start of the file name'),
  kept('permalink', '`redirectFrom`'),
  kept('description', '`description`; without it, the excerpt or the first paragraph'),
  kept('excerpt', '`description`, when there is no description', true),
  kept('tags', '`tags`', true),
  kept('tag', '`tags`, when there is no `tags`'),
  dropped('image', 'posts here have no picture'),
  dropped('image_accessibility', 'the alt text of the dropped image'),
  dropped('alt-text', 'the alt text of the dropped image'),
  dropped('authors', 'posts here name no authors'),
  dropped('author', 'posts here name no authors'),
  dropped('rating', 'the legacy site never showed it'),
  dropped('summary', 'a social-card type the legacy site never showed'),
  dropped('agency', 'the legacy site never showed it'),
  dropped('categories', 'posts here have tags only'),
];

/** The row of a post key, or undefined for a key legacy posts did not have. */
export function legacyPostKey(key: string): LegacyPostKey | undefined {
  return LEGACY_POST_KEYS.find((row) => row.key === key);
}

/** Every legacy post key, for "did you mean". */
export const knownLegacyPostKeys = (): string[] => LEGACY_POST_KEYS.map((row) => row.key);
