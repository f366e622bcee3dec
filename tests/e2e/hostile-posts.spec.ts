/**
 * The hostile posts fixture (tests/fixtures/hostile-posts), built by `npm run build:fixtures` into
 * tests/.tmp/hostile-posts-dist: posts whose bodies try every way we know to put markup on the
 * page. Each built post page, parsed, must hold nothing the post body injected. Reads files only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { HTMLElement } from 'node-html-parser';
import { injectedMarkup, leadsSomewhereAllowed, parseForChecks } from '../support/injected-markup.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(root, 'tests/fixtures/hostile-posts');
const dist = path.join(root, 'tests/.tmp/hostile-posts-dist');
const posts = readdirSync(path.join(fixture, 'posts'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/, ''))
  .sort();

function page(address: string): HTMLElement {
  const file = path.join(dist, address, 'index.html');
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: build the fixture with CAP_CONTENT_DIR=tests/fixtures/hostile-posts CAP_OUT_DIR=tests/.tmp/hostile-posts-dist CAP_CACHE_DIR=tests/.tmp/hostile-posts-cache npm run build`,
    );
  }
  return parseForChecks(readFileSync(file, 'utf8'));
}

/** The news index has the post page's layout and no post body: its scripts are the site's own. */
const ownScripts = () =>
  new Set(
    page('news')
      .querySelectorAll('script')
      .map((script) => script.outerHTML),
  );

test('the fixture has the posts this test expects', () => {
  expect(posts).toEqual([
    '2020-01-01-raw-html-elements',
    '2020-01-02-svg-math-and-attributes',
    '2020-01-03-markdown-links',
    '2020-01-04-comments-and-broken-tags',
    '2020-01-05-benign',
  ]);
});

for (const post of posts) {
  test(`${post}: nothing from the body reaches the page`, () => {
    const document = page(`news/${post}`);
    const body = document.querySelector('.cap-post__body');
    expect(body, 'the post body wrapper').not.toBeNull();
    expect(injectedMarkup(body!.querySelectorAll('*'))).toEqual([]);
    expect(body!.innerHTML).not.toContain('<!--');

    // The whole page, so nothing escaped the wrapper either.
    const own = ownScripts();
    expect(
      document
        .querySelectorAll('script')
        .map((s) => s.outerHTML)
        .filter((s) => !own.has(s)),
    ).toEqual([]);
    for (const selector of ['iframe', 'frame', 'object', 'embed', 'base', 'body meta', 'svg script', 'math', 'template', 'noscript']) {
      expect(
        document.querySelectorAll(selector).map((node) => node.outerHTML),
        selector,
      ).toEqual([]);
    }
    // The one http-equiv is the site's own policy, in the head.
    expect(document.querySelectorAll('meta[http-equiv]').map((node) => `${node.parentNode?.tagName} ${node.getAttribute('http-equiv')}`)).toEqual([
      'HEAD Content-Security-Policy',
    ]);
    expect(document.querySelectorAll('main style, body style'), 'style elements outside <head>').toHaveLength(0);
    expect(document.querySelectorAll('body link'), '<link> outside <head>').toHaveLength(0);
    expect(
      document.querySelectorAll('form').map((form) => form.getAttribute('action')),
      'only the site search form',
    ).toEqual(['/search/']);
    expect(document.querySelectorAll('h1')).toHaveLength(1);

    const problems: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const [rawName, value] of Object.entries(element.attributes)) {
        const name = rawName.toLowerCase();
        if (name.startsWith('on')) problems.push(`<${element.rawTagName} ${name}>`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && !leadsSomewhereAllowed(value, name === 'src' ? 'src' : 'href')) {
          problems.push(`<${element.rawTagName} ${name}="${value}">`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
}

test('what the hostile posts meant to say is still there', () => {
  const text = (post: string) => page(`news/${post}`).querySelector('.cap-post__body')!.textContent.replace(/\s+/g, ' ');
  expect(text('2020-01-01-raw-html-elements')).toContain('Text before the elements.');
  expect(text('2020-01-01-raw-html-elements')).toContain('Text after the elements.');
  expect(text('2020-01-03-markdown-links')).toContain('javascript and mixed case and vbscript.');
  expect(text('2020-01-04-comments-and-broken-tags')).toContain("<script>alert('in a code block: shown as text')</script>");
  expect(text('2020-01-04-comments-and-broken-tags')).not.toContain("alert('split')");
});

test('benign Markdown survives the build', () => {
  const body = page('news/2020-01-05-benign').querySelector('.cap-post__body')!;
  expect(body.querySelectorAll('h2, h3').map((h) => `${h.rawTagName} ${h.textContent}`)).toEqual([
    'h2 Heading one in the body',
    'h3 Heading two',
    'h2 Footnotes',
  ]);
  expect(body.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
    '#user-content-fn-1',
    'https://www.performance.gov/',
    '/CAP/plain/',
    'mailto:cap@example.gov',
    '#user-content-fnref-1',
  ]);
  expect(body.querySelectorAll('td').map((td) => [td.textContent, td.getAttribute('class')])).toEqual([
    ['CX', 'cap-align-left'],
    ['4', 'cap-align-right'],
  ]);
});
