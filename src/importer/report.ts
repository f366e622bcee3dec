/** The importer's report: a line per file, its warnings and errors under it, and a summary. */
import type { FileResult, Status } from './run.ts';
import type { Note } from './types.ts';

const LABEL: Record<Status, string> = {
  converted: 'converted',
  warnings: 'converted with warnings',
  unchanged: 'unchanged',
  failed: 'FAILED',
  skipped: 'skipped (not a Markdown file)',
};

const line = (kind: string, note: Note) => `  ${kind}: ${note.key ? `${note.key}: ` : ''}${note.message}`;

export function reportLines(results: readonly FileResult[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    const target = result.output ? ` → ${result.output}` : '';
    const count = result.notes.length ? ` (${result.notes.length} warning${result.notes.length === 1 ? '' : 's'})` : '';
    lines.push(`${result.source}${target}: ${LABEL[result.status]}${result.status === 'warnings' ? '' : count}`);
    for (const error of result.errors) lines.push(line('error', error));
    for (const note of result.notes) lines.push(line('warning', note));
  }
  return lines;
}

function countByStatus(results: readonly FileResult[]): Record<Status, number> {
  const counts: Record<Status, number> = { converted: 0, warnings: 0, unchanged: 0, failed: 0, skipped: 0 };
  for (const result of results) counts[result.status]++;
  return counts;
}

export function summaryLine(results: readonly FileResult[]): string {
  const c = countByStatus(results);
  return `${c.converted} converted, ${c.warnings} converted with warnings, ${c.unchanged} unchanged, ${c.failed} failed, ${c.skipped} skipped`;
}
