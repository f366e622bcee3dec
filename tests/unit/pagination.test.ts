import { describe, expect, it } from 'vitest';
import { listPageText, pageLabel, pageParam, paginate, paginationLinks } from '../../src/lib/pagination.ts';
import { pageUrl } from '../../src/lib/urls.ts';

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

describe('paginationLinks', () => {
  it('links the pages before and after in the words given, named for screen readers', () => {
    const [, second] = paginate([1, 2, 3, 4, 5], 2, '/x/');
    expect(paginationLinks(second!, 'X pages', { previous: 'Newer', next: 'Older' })).toEqual({
      name: 'X pages',
      current: 'Page 2 of 3',
      previous: { url: '/x/', text: 'Newer', number: 1 },
      next: { url: '/x/page/3/', text: 'Older', number: 3 },
    });
  });

  it('is undefined for a single page', () => {
    expect(paginationLinks({ number: 1, count: 1, items: [], url: '/x/' }, 'X', { previous: 'Newer', next: 'Older' })).toBeUndefined();
  });
});

describe('listPageText', () => {
  it('says which page of the list a page is, in its title, after its heading and in its description', () => {
    expect(listPageText('News', 'All the news.', { number: 2, count: 3 })).toEqual({
      title: 'News, page 2 of 3',
      heading: 'News',
      headingSuffix: ', page 2 of 3',
      description: 'All the news (page 2 of 3).',
    });
  });

  it('leaves the only page of a list as it is', () => {
    expect(listPageText('News', 'All the news.', { number: 1, count: 1 })).toEqual({
      title: 'News',
      heading: 'News',
      headingSuffix: undefined,
      description: 'All the news.',
    });
  });
});
