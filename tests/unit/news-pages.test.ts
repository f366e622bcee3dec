import { describe, expect, it } from 'vitest';
import { newestPostsFirst, newsIndexPages, newsIndexRoutes, postsByTag, tagPages, tagRoutes, tagsIndexRoutes } from '../../src/lib/news-pages.ts';
import { tagSlug, tagUrl } from '../../src/lib/urls.ts';

const post = (id: string, date: string, tags: string[] = [], title = id) => ({ id, data: { date: new Date(date), title, tags } });

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

describe('news page models', () => {
  const listed = (id: string, date: string, tags: string[] = []) => ({
    id,
    data: { date: new Date(date), title: `Title ${id}`, description: `About ${id}`, tags },
  });
  const posts = [listed('a', '2020-01-03', ['CX']), listed('b', '2020-01-02', ['cx']), listed('c', '2020-01-01', ['cx', 'Grants'])];

  it('gives the news index one route per page, titled and linked to its neighbours', () => {
    const routes = newsIndexRoutes(posts, 2);
    expect(routes.map((route) => route.params)).toEqual([{ page: undefined }, { page: 'page/2' }]);
    const [first, second] = routes.map((route) => route.props.page);
    expect(first).toMatchObject({ title: 'News, page 1 of 2', heading: 'News', headingSuffix: ', page 1 of 2' });
    expect(first!.posts.map((item) => item.url)).toEqual(['/news/a/', '/news/b/']);
    expect(first!.pagination).toEqual({
      name: 'News pages',
      current: 'Page 1 of 2',
      previous: undefined,
      next: { url: '/news/page/2/', text: 'Older posts', number: 2 },
    });
    expect(second!.pagination?.previous).toEqual({ url: '/news/', text: 'Newer posts', number: 1 });
    expect(second!.pagination?.next).toBeUndefined();
  });

  it('a list of one page has a plain title and no pagination', () => {
    const [only] = newsIndexRoutes(posts, 10).map((route) => route.props.page);
    expect(only).toMatchObject({ title: 'News', heading: 'News', headingSuffix: undefined, pagination: undefined });
    expect(only!.description).toBe('News about the Cross-Agency Priority goals, newest first.');
  });

  it('gives each tag its routes, one tag for every spelling', () => {
    const routes = tagRoutes(posts, 2);
    expect(routes.map((route) => route.params)).toEqual([
      { tag: 'cx', page: undefined },
      { tag: 'cx', page: 'page/2' },
      { tag: 'grants', page: undefined },
    ]);
    expect(routes[1]!.props.page).toMatchObject({ title: 'News tagged “CX”, page 2 of 2', heading: 'News tagged “CX”' });
    expect(routes[1]!.props.page.pagination?.name).toBe('Tag CX pages');
    expect(routes[2]!.props.page.description).toBe('News about the Cross-Agency Priority goals tagged “Grants”.');
  });

  it('lists every tag with its page and how many posts carry it, on one page when they fit', () => {
    const routes = tagsIndexRoutes(posts, 10);
    expect(routes.map((route) => route.params)).toEqual([{ page: undefined }]);
    expect(routes[0]!.props.page).toEqual({
      title: 'News by tag',
      heading: 'News by tag',
      headingSuffix: undefined,
      description: 'Every tag used in the news about the Cross-Agency Priority goals.',
      tags: [
        { text: 'CX', url: '/news/tags/cx/', count: '3 posts' },
        { text: 'Grants', url: '/news/tags/grants/', count: '1 post' },
      ],
      pagination: undefined,
    });
    expect(tagsIndexRoutes([], 10).map((route) => route.props.page.tags)).toEqual([[]]);
  });

  it('splits the index of tags into pages, so it does not grow with the number of goals', () => {
    const routes = tagsIndexRoutes([...posts, listed('d', '2020-01-04', ['Budget'])], 2);
    expect(routes.map((route) => route.params)).toEqual([{ page: undefined }, { page: 'page/2' }]);
    const [first, second] = routes.map((route) => route.props.page);
    expect(first!.tags.map((tag) => tag.text)).toEqual(['Budget', 'CX']);
    expect(first!.pagination).toEqual({
      name: 'Tag pages',
      current: 'Page 1 of 2',
      previous: undefined,
      next: { url: '/news/tags/page/2/', text: 'More tags', number: 2 },
    });
    expect(second).toMatchObject({ title: 'News by tag, page 2 of 2', headingSuffix: ', page 2 of 2' });
    expect(second!.description).toBe('Every tag used in the news about the Cross-Agency Priority goals (page 2 of 2).');
    expect(second!.tags.map((tag) => tag.text)).toEqual(['Grants']);
    expect(second!.pagination?.previous).toEqual({ url: '/news/tags/', text: 'Previous tags', number: 1 });
  });
});
