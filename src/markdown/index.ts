/**
 * Post bodies: `renderMarkdown` for the page, `refusedMarkdown` for the content check's warnings.
 * Both read the same Markdown the same way; line numbers count from the body's first line.
 */
export { renderMarkdown } from './render.ts';
export { bodyFirstLine, refusedMarkdown, type Refused } from './refused.ts';
