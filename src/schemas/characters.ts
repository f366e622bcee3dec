/**
 * Characters that no content value may hold, shared by the file-level text rules and the schemas
 * (which see values written as YAML escapes such as "\0").
 */

/** C0 controls other than tab and line feed; DEL; C1 controls; line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- these are the characters refused.
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/u;

/** Bidirectional embeddings, overrides and isolates: they make text display in another order than it is stored. */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** `U+202E`. */
export const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
