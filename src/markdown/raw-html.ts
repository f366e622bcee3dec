/**
 * Names what a piece of raw HTML in a post holds, for the content check's warnings.
 * Nothing here decides what is published: raw HTML never is. The scan only has to be good
 * enough to name the tags and say on which line of the HTML they start.
 */

/** A comment (HTML ends `<!-->` and `<!--->` at once), a tag, or a `<!…>`/`<?…>` construct. */
const TOKEN = /<!--(?:-?>|[\s\S]*?(?:--!?>|$))|<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:"[^"]*"|'[^']*'|[^'">])*>?|<[!?][^>]*>?/g;

/** Elements whose content the HTML parser reads as text, so tags inside them are not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

export interface HtmlPart {
  /** 0 for the first line of the HTML, 1 for the next, … */
  lineOffset: number;
  what: string;
}

/**
 * What a raw HTML node holds, opening tags and comments in order. Closing tags add nothing: the
 * element was named where it opened, and a stray one hides no content.
 */
export function describeRawHtml(html: string): HtmlPart[] {
  const parts: HtmlPart[] = [];
  const lineOf = (index: number) => html.slice(0, index).split('\n').length - 1;
  let text = '';
  let last = 0;
  let tokens = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    tokens++;
    text += html.slice(last, match.index);
    last = TOKEN.lastIndex;
    const [token, closing, name] = match;
    if (name === undefined) {
      const what = token.startsWith('<!--') ? 'HTML comment is not published' : `raw HTML ${JSON.stringify(token.slice(0, 20))} is not published`;
      parts.push({ lineOffset: lineOf(match.index), what });
      continue;
    }
    if (closing) continue;
    const tag = name.toLowerCase();
    parts.push({ lineOffset: lineOf(match.index), what: `raw HTML <${tag}> is not published` });
    if (RAW_TEXT.has(tag)) {
      // Script or style source is not text the editor meant readers to see: skip it.
      const end = html.toLowerCase().indexOf(`</${tag}`, TOKEN.lastIndex);
      TOKEN.lastIndex = last = end < 0 ? html.length : end;
    }
  }
  text += html.slice(last);
  if (tokens === 0) return [{ lineOffset: 0, what: 'raw HTML is not published' }];
  if (parts.length === 0) return [];
  // An HTML block swallows the lines written inside it, up to the next blank line.
  const [firstPart] = parts;
  if (firstPart && text.trim() !== '') firstPart.what += ', nor the text in its HTML block';
  return parts;
}
