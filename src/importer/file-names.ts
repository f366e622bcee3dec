/**
 * Names: which source files are Markdown, and the `<name>.md` each becomes. The site reads only
 * `goals/*.md` and `posts/*.md`, so every Markdown extension is written as `.md`.
 */

/** Markdown extensions Jekyll and editors use, any case. */
export const MARKDOWN_FILE = /\.(md|markdown|mdown|mkdn|mkd|mdwn)$/i;

// Dot-separated runs of letters, digits, `-` and `_`: no spaces, no `..`, no leading or trailing dot.
const CLEAN_NAME = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/** The output file name of a Markdown source, or why it cannot have one. */
export function outputName(sourceName: string): { ok: true; name: string } | { ok: false; message: string } {
  const stem = sourceName.replace(MARKDOWN_FILE, '');
  if (!CLEAN_NAME.test(stem)) {
    return { ok: false, message: `${JSON.stringify(stem)} is not a clean file name: rename the source to letters, digits, "-", "_" and single dots` };
  }
  return { ok: true, name: `${stem}.md` };
}
