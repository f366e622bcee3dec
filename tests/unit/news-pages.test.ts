import { describe, expect, it } from 'vitest';
import { newestPostsFirst, newsIndexPages, pageLabel, pageParam, paginate, postsByTag, tagPages } from '../../src/lib/news-pages.ts';
import { pageUrl, tagSlug, tagUrl } from '../../src/lib/urls.ts';

const post = (id: string, date: string, tags: string[] = [], title = id) => ({ id, data: { date: new Date(date), title, tags } });

describe('paginate', () => {
  it('splits into pages with addresses and neighbours', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, '/news/');
    expect(pages.map((p) => [p.number, p.count, p.items, p.url, p.previousUrl, p.nextUrl])).toEqual([
      [1, 3, [1, 2], '/news/', undefined, '/news/page/2/'],
      [2, 3, [3, 4], '/news/page/2/', '/news/', '/news/page/3/'],
      [3, 3, [5], '/news/page/3/', '/news/page/2/', undefined],
    ]);
    expect(pages.map(pageParam)).toEqual([undefined, 'page/2', 'page/3']);
  });
  it('exact multiples have no empty last page; an empty list has one empty page', () => {
    expect(paginate([1, 2, 3, 4], 2, '/x/')).toHaveLength(2);
    expect(paginate([], 10, '/x/')).toEqual([{ number: 1, count: 1, items: [], url: '/x/', previousUrl: undefined, nextUrl: undefined }]);
  });
  it('refuses a page size that is not a whole number above 0', () => {
    expect(() => paginate([1], 0, '/x/')).toThrow(RangeError);
    expect(() => paginate([1], 1.5, '/x/')).toThrow(RangeError);
  });
  it('labels pages only when there is more than one', () => {
    expect(pageLabel({ number: 2, count: 3 })).toBe('Page 2 of 3');
    expect(pageLabel({ number: 1, count: 1 })).toBeUndefined();
    expect(pageUrl('/news/', 1)).toBe('/news/');
  });
});

describe('news index', () => {
  it('is newest first, same-day posts by title, whatever the input order', () => {
    const posts = [post('b', '2020-01-01', [], 'B'), post('c', '2021-01-01'), post('a', '2020-01-01', [], 'A')];
    expect(newestPostsFirst(posts).map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(newestPostsFirst([...posts].reverse()).map((p) => p.id)).toEqual(['c', 'a', 'b']);
    const pages = newsIndexPages(posts, 2);
    expect(pages.map((p) => p.items.map((i) => i.id))).toEqual([['c', 'a'], ['b']]);
  });
});

describe('tags', () => {
  it('makes one slug per tag, whatever its case or punctuation', () => {
    expect(tagSlug('CAP goal')).toBe('cap-goal');
    expect(tagSlug('Cap Goal')).toBe('cap-goal');
    expect(tagSlug('  Café/Naïve! ')).toBe('cafe-naive');
    expect(tagSlug('!!!')).toBe('tag');
    expect(tagUrl('PMA')).toBe('/news/tags/pma/');
  });
  it('groups posts by tag, newest first, each post once per tag', () => {
    const posts = [post('old', '2019-01-01', ['CAP goal', 'cx']), post('new', '2020-01-01', ['Cap Goal', 'cap goal']), post('none', '2021-01-01')];
    const groups = postsByTag(posts);
    expect(groups.map((g) => [g.tag, g.slug, g.url, g.posts.map((p) => p.id)])).toEqual([
      ['Cap Goal', 'cap-goal', '/news/tags/cap-goal/', ['new', 'old']],
      ['cx', 'cx', '/news/tags/cx/', ['old']],
    ]);
  });
  it('paginates each tag at its own address', () => {
    const posts = [post('a', '2020-01-03', ['x']), post('b', '2020-01-02', ['x']), post('c', '2020-01-01', ['x', 'y'])];
    expect(tagPages(posts, 2).map((p) => [p.slug, p.url, p.items.map((i) => i.id)])).toEqual([
      ['x', '/news/tags/x/', ['a', 'b']],
      ['x', '/news/tags/x/page/2/', ['c']],
      ['y', '/news/tags/y/', ['c']],
    ]);
  });
});
