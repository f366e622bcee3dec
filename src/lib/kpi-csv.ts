/**
 * CSV text as RFC 4180 writes it (comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, a quote doubled), with text cells that a spreadsheet would run as
 * a formula made inert.
 */

/** A cell: text from content, or a number the site writes itself. */
export type CsvCell = string | number | undefined;

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list: = + - @, tab and carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet will show it, never run it: a leading `'` makes `=HYPERLINK(…)` plain
 * text. Numbers are written by the site from finite numbers (`-5`, `1.5e-7`) and are left as numbers,
 * so a negative value stays a value.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell): string {
  if (cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell) : neutralise(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as one CSV text, the first row being the header; every line ends in CRLF. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
