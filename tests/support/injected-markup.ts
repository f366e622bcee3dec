/**
 * What a post body must never put on a page, checked on parsed HTML. Written apart from
 * src/markdown/ so the tests do not trust the rule they test.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** Elements a post body may not create (the page's own scripts are checked by the caller). */
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'button',
  'textarea',
  'select',
  'meta',
  'base',
  'link',
  'style',
  'svg',
  'math',
  'template',
  'video',
  'audio',
  'source',
  'picture',
  'noscript',
  'h1',
]);

/**
 * Where a link or image may go: if the value resolves differently against two different sites
 * (one https, one http), it is relative and must land on the first site; otherwise its scheme decides.
 */
export function leadsSomewhereAllowed(value: string, kind: 'href' | 'src'): boolean {
  const schemes = kind === 'href' ? ['https:', 'http:', 'mailto:'] : ['https:', 'http:'];
  let here: URL;
  let there: URL;
  try {
    here = new URL(value, 'https://site.invalid/');
    there = new URL(value, 'http://elsewhere.invalid/');
  } catch {
    return false;
  }
  return here.href === there.href ? schemes.includes(here.protocol) : here.host === 'site.invalid';
}

/** Every injected element, attribute or address in `elements`, described; none is `[]`. */
export function injectedMarkup(elements: readonly HTMLElement[]): string[] {
  const problems: string[] = [];
  for (const element of elements) {
    const tag = element.rawTagName.toLowerCase();
    if (FORBIDDEN.has(tag)) problems.push(`<${tag}> element`);
    if (tag === 'input' && !(element.getAttribute('type') === 'checkbox' && element.hasAttribute('disabled'))) {
      problems.push('<input> other than a disabled checkbox');
    }
    for (const [rawName, value] of Object.entries(element.attributes)) {
      const name = rawName.toLowerCase();
      if (name.startsWith('on') || ['style', 'srcdoc', 'formaction', 'action', 'srcset'].includes(name) || name.includes(':')) {
        problems.push(`<${tag} ${name}>`);
      }
      if ((name === 'id' || name === 'name') && !value.startsWith('user-content-')) problems.push(`<${tag} ${name}="${value}"> without the clobber prefix`);
      if ((name === 'href' || name === 'src') && !leadsSomewhereAllowed(value, name)) problems.push(`<${tag} ${name}="${value}">`);
      // Browsers ignore whitespace and control characters inside a scheme.
      if (/(?:java|vb)script:|data:/i.test(value.replace(/[\s\p{Cc}]/gu, ''))) problems.push(`<${tag} ${name}="${value}">`);
    }
  }
  return problems;
}

/**
 * Parses HTML for these checks. node-html-parser reads `<pre>` and `<noscript>` as raw text by
 * default, which would hide elements inside them from the checks: only script and style stay raw.
 */
export function parseForChecks(html: string): HTMLElement {
  return parse(html, { comment: true, blockTextElements: { script: true, style: true } });
}

/** `injectedMarkup` of an HTML fragment, counting comments too (they can hide conditional markup). */
export function injectedInFragment(html: string): string[] {
  const root = parseForChecks(html);
  const problems = injectedMarkup(root.querySelectorAll('*'));
  if (/<!--/.test(html)) problems.push('HTML comment');
  return problems;
}
