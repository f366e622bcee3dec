/**
 * A post body as HTML that can hold nothing but what Markdown writes: no raw HTML, no scripts,
 * no styles, no links off the allowed list. Runs at build time; the page inserts the result as is.
 */
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { shiftHeadings } from './headings.ts';
import { plainCodeLanguages } from './code-language.ts';
import { rehypeFragmentLinks } from './fragment-links.ts';
import { dropRefused } from './refused.ts';
import { postSchema } from './schema.ts';
import { markdownSyntax } from './syntax.ts';
import { rehypeTableAlign } from './table-align.ts';
import { rehypeGuardUrls } from './url-guard.ts';

const processor = unified()
  .use(markdownSyntax)
  .use(() => (tree: Root) => {
    dropRefused(tree);
    shiftHeadings(tree);
    plainCodeLanguages(tree);
  })
  // Without `allowDangerousHtml`, any raw HTML that got this far is left out, not passed on.
  // No prefix here: the sanitiser prefixes every id once, and fragment links follow.
  .use(remarkRehype, { allowDangerousHtml: false, clobberPrefix: '' })
  .use(rehypeTableAlign)
  .use(rehypeSanitize, postSchema)
  .use(rehypeFragmentLinks)
  .use(rehypeGuardUrls)
  .use(rehypeStringify)
  .freeze();

/** The HTML of a Markdown post body; its headings start at `<h2>`. */
export function renderMarkdown(source: string): string {
  return String(processor.processSync(source));
}
