import { describe, expect, it } from 'vitest';
import { checkLinks, fileFor, followRedirects, pageAddress, type SiteFiles } from '../support/link-check.ts';

const ORIGIN = 'https://site.example.gov';

function site(pages: Record<string, string>, others: string[] = []): SiteFiles {
  return { files: new Set([...Object.keys(pages), ...others]), html: new Map(Object.entries(pages)) };
}

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('checkLinks', () => {
  it('accepts links to folders, exact files, redirect files and ids that exist', () => {
    const result = checkLinks(
      site(
        {
          'index.html': page(
            '<a href="/CAP/cx/">cx</a><a href="/CAP/cx">cx without slash</a><a href="CAP/cx/#plans">relative</a><a href="#top">top</a>' +
              '<a href="/CAP/CAP_goal_4.html">old</a><a href="/doc.pdf">doc</a><a href="https://other.example.gov/missing">external</a>' +
              '<a href="mailto:a@example.gov">mail</a><a href="#here">here</a><img src="/_astro/a.png" srcset="/_astro/a.png 1x, /_astro/b.png 2x" alt="">' +
              `<a href="${ORIGIN}/CAP/cx/">absolute to this site</a><p id="here"></p>`,
            '<link rel="stylesheet" href="/_astro/site.css">',
          ),
          'CAP/cx/index.html': page('<h2 id="plans">Plans</h2><a href="../../">home</a>'),
          'CAP/CAP_goal_4.html': page('', '<meta http-equiv="refresh" content="0; url=/CAP/cx/">'),
        },
        ['doc.pdf', '_astro/a.png', '_astro/b.png', '_astro/site.css'],
      ),
      ORIGIN,
    );
    expect(result.broken).toEqual([]);
    expect(result.checked).toBe(14);
  });

  it('reports missing files, missing ids, ids of other pages, fragments into non-pages and javascript: links', () => {
    const { broken } = checkLinks(
      site(
        {
          'index.html': page(
            '<a href="/missing/">a</a><a href="/CAP/cx/#nope">b</a><a href="#elsewhere">c</a><a href="/doc.pdf#page=2">d</a>' +
              '<a href="javascript:void(0)">e</a><img src="/img/gone.png" alt=""><a href="/CAP/old">f</a>',
            '<meta http-equiv="refresh" content="5; url=/gone/">',
          ),
          'CAP/cx/index.html': page('<p id="elsewhere"></p>'),
        },
        ['doc.pdf'],
      ),
      ORIGIN,
    );
    expect(broken.map((b) => [b.link, b.reason])).toEqual([
      ['/missing/', 'no file for /missing/'],
      ['/CAP/cx/#nope', 'no id "nope" on /CAP/cx/'],
      ['#elsewhere', 'no id "elsewhere" on /'],
      ['/doc.pdf#page=2', '#page=2 points into doc.pdf, which is not a page'],
      ['javascript:void(0)', 'javascript: link'],
      ['/CAP/old', 'no file for /CAP/old'],
      ['/img/gone.png', 'no file for /img/gone.png'],
      ['/gone/', 'no file for /gone/'],
    ]);
  });
});

describe('addresses and redirects', () => {
  it('maps files to addresses and addresses to files', () => {
    expect(pageAddress('index.html')).toBe('/');
    expect(pageAddress('CAP/cx/index.html')).toBe('/CAP/cx/');
    expect(pageAddress('CAP/CAP_goal_4.html')).toBe('/CAP/CAP_goal_4.html');
    const s = site({ 'index.html': '', 'a/index.html': '' }, ['a/b.txt']);
    expect(fileFor(s, '/')).toBe('index.html');
    expect(fileFor(s, '/a')).toBe('a/index.html');
    expect(fileFor(s, '/a/b.txt')).toBe('a/b.txt');
    expect(fileFor(s, '/a/b.txt/')).toBeUndefined();
  });
  it('follows redirect pages to the page a reader lands on, and gives up on loops', () => {
    const refresh = (to: string) => page('', `<meta http-equiv="refresh" content="0; url=${to}">`);
    const s = site({
      'CAP/leveragingdata/index.html': refresh('/CAP/leveraging-data/'),
      'CAP/leveraging-data/index.html': page('<h1>Data</h1>'),
      'loop/index.html': refresh('/loop/'),
    });
    expect(followRedirects(s, '/CAP/leveragingdata', ORIGIN)).toBe('CAP/leveraging-data/index.html');
    expect(followRedirects(s, '/loop/', ORIGIN)).toBeUndefined();
    expect(followRedirects(s, '/none/', ORIGIN)).toBeUndefined();
  });
});
