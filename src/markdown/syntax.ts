import type { PluggableList } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';

/**
 * The Markdown a post body is read as: CommonMark with GitHub's tables, strikethrough, task lists,
 * footnotes and bare-URL autolinks. The renderer and the content check both read with this list,
 * so a warning points at exactly what the page leaves out.
 */
export const markdownSyntax: PluggableList = [remarkParse, remarkGfm];
