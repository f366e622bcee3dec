/**
 * Caps on what content may hold. A file or field past its cap is an error naming it, so a
 * mistaken paste (a whole report in a quote) or a hostile file cannot reach the site or slow it down.
 * The README's "Limits" table lists these values; a test keeps the two in step.
 */
export const LIMITS = {
  /** Characters in a one-line text field (title, name, label, link text). */
  textChars: 1_000,
  /** Characters in a narrative field (statement, challenge, opportunity), all paragraphs together. */
  narrativeChars: 20_000,
  /** Entries in any list (plans, leaders, resources, bullets, tags, old addresses). */
  listItems: 200,
  /** Characters in a link or path. */
  urlChars: 2_000,
  /** Bytes in one goal or post file, front matter and body together. */
  contentFileBytes: 512_000,
  /** Bytes in an image named by content. */
  imageBytes: 5_000_000,
  /** Bytes in a document (PDF, DOCX…) the site holds. */
  documentBytes: 100_000_000,
} as const;
