import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { ALIGN_CLASSES } from './table-align.ts';

/**
 * What may reach the page from a post body: the elements Markdown and its GitHub extensions
 * produce, and nothing else. Raw HTML is dropped before this runs; the schema is the second wall.
 * Starts from GitHub's rules (ids and names get the `user-content-` prefix so they cannot clobber
 * the page's own), with no `<h1>` (the title is the page's), no style, class only where GitHub
 * Markdown sets one, and links only to http(s) or mailto (src: http(s)). Relative addresses pass
 * here and are judged by `url-guard.ts`.
 */
export const postSchema: Schema = {
  ...defaultSchema,
  tagNames: [
    'a',
    'blockquote',
    'br',
    'code',
    'del',
    'em',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'img',
    'input',
    'li',
    'ol',
    'p',
    'pre',
    'section',
    'strong',
    'sup',
    'table',
    'tbody',
    'td',
    'th',
    'thead',
    'tr',
    'ul',
  ],
  attributes: {
    a: ['href', 'title', 'id', 'ariaDescribedBy', 'ariaLabel', 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref']],
    img: ['src', 'alt', 'title'],
    code: [['className', /^language-[\w+-]+$/]], // as code-language.ts keeps it
    // GitHub task lists: a disabled checkbox.
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    li: ['id', ['className', 'task-list-item']],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    // GitHub footnotes: a labelled section.
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: ['id', ['className', 'sr-only']],
    td: [['className', ...ALIGN_CLASSES]],
    th: [['className', ...ALIGN_CLASSES]],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  strip: ['script', 'style'],
};
