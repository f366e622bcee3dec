/**
 * The news index, its pages and the tag pages, computed once from the posts: pages only
 * render what these functions return.
 */
import { isoDay, longDate } from './news.ts';
import { tagAsWritten, type TagLabel } from './tag-labels.ts';
import { NEWS_PATH, pageUrl, postUrl, tagSlug, tagUrl } from './urls.ts';

interface Dated {
  id: string;
  data: { date: Date; title: string; tags: readonly string[] };
}

/** A post as lists show it. */
export interface ListedPost extends Dated {
  data: Dated['data'] & { description: string };
}

/** A link with its text. */
export interface TextLink {
  text: string;
  url: string;
}

/** One post of a list of posts, ready to render. */
export interface PostListItem {
  title: string;
  /** The post's page. */
  url: string;
  /** `2019-09-19`, for `<time datetime>`. */
  isoDate: string;
  /** "September 19, 2019". */
  dateText: string;
  description: string;
  /** Each tag with its page. */
  tags: TextLink[];
}

/** A post as lists of posts show it; `label` gives each tag's words (a goal's title for its news tag). */
export function postListItem(post: ListedPost, label: TagLabel = tagAsWritten): PostListItem {
  return {
    title: post.data.title,
    url: postUrl(post.id),
    isoDate: isoDay(post.data.date),
    dateText: longDate(post.data.date),
    description: post.data.description,
    tags: post.data.tags.map((tag) => ({ text: label(tag), url: tagUrl(tag) })),
  };
}

/** Posts newest first; posts of the same day by title, so the order never depends on file order. */
export function newestPostsFirst<T extends Dated>(posts: readonly T[]): T[] {
  return [...posts].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id));
}

/** One page of a paginated list. */
export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
  /** This page's address. */
  url: string;
  previousUrl?: string | undefined;
  nextUrl?: string | undefined;
}

/**
 * Splits `items` into pages of `perPage`, the first at `base` and the others at `base` + `page/N/`.
 * An empty list still has one (empty) page, so its address exists.
 */
export function paginate<T>(items: readonly T[], perPage: number, base: string): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a whole number above 0, got ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    return {
      number,
      count,
      items: items.slice(i * perPage, number * perPage),
      url: pageUrl(base, number),
      previousUrl: number > 1 ? pageUrl(base, number - 1) : undefined,
      nextUrl: number < count ? pageUrl(base, number + 1) : undefined,
    };
  });
}

/** The route parameter of a page of a list: undefined for the first (the list's own address), `page/N` after. */
export function pageParam(page: { number: number }): string | undefined {
  return page.number === 1 ? undefined : `page/${page.number}`;
}

/** A tag and the posts carrying it. */
export interface TagGroup<T> {
  /** The tag as first written (by the newest post carrying it). */
  tag: string;
  slug: string;
  url: string;
  /** Newest first. */
  posts: T[];
}

/**
 * Every tag with its posts, by slug (so `CAP goal` and `cap-goal` share one page), sorted by tag.
 * Each post appears once per tag, even when it carries two spellings of it.
 */
export function postsByTag<T extends Dated>(posts: readonly T[]): TagGroup<T>[] {
  const groups = new Map<string, TagGroup<T>>();
  for (const post of newestPostsFirst(posts)) {
    for (const tag of post.data.tags) {
      const slug = tagSlug(tag);
      const group = groups.get(slug) ?? { tag, slug, url: tagUrl(tag), posts: [] };
      // A post's tags are read one after another: a tag it repeats ("cx", "CX") finds it last in the group.
      if (group.posts.at(-1) !== post) group.posts.push(post);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.tag.localeCompare(b.tag, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug));
}

/** Every page of the news index. */
export function newsIndexPages<T extends Dated>(posts: readonly T[], perPage: number): ListPage<T>[] {
  return paginate(newestPostsFirst(posts), perPage, NEWS_PATH);
}

/** Every page of every tag. */
export function tagPages<T extends Dated>(posts: readonly T[], perPage: number): (ListPage<T> & { tag: string; slug: string })[] {
  return postsByTag(posts).flatMap((group) => paginate(group.posts, perPage, group.url).map((page) => ({ ...page, tag: group.tag, slug: group.slug })));
}

/** "Page 2 of 3", or nothing for a list of one page. */
export function pageLabel(page: { number: number; count: number }): string | undefined {
  return page.count > 1 ? `Page ${page.number} of ${page.count}` : undefined;
}

/** A neighbouring page of a list. */
interface PageLink {
  url: string;
  /** "Newer posts". */
  text: string;
  /** Its number, for screen readers. */
  number: number;
}

/** Previous/next links between the pages of a list, and where the reader is. */
export interface PaginationLinks {
  /** Accessible name of the navigation: "News pages". */
  name: string;
  /** "Page 2 of 3". */
  current: string;
  /** The newer page. */
  previous: PageLink | undefined;
  /** The older page. */
  next: PageLink | undefined;
}

/** The pagination of one page of a list of posts; undefined for a list of one page. */
export function paginationLinks(page: ListPage<unknown>, name: string): PaginationLinks | undefined {
  const current = pageLabel(page);
  if (!current) return undefined;
  return {
    name: `${name} pages`,
    current,
    previous: page.previousUrl === undefined ? undefined : { url: page.previousUrl, text: 'Newer posts', number: page.number - 1 },
    next: page.nextUrl === undefined ? undefined : { url: page.nextUrl, text: 'Older posts', number: page.number + 1 },
  };
}

/** One page of the news index or of a tag, ready to render. */
export interface PostListPage {
  /** The document title: "News, page 2 of 3". */
  title: string;
  /** The visible heading: "News". */
  heading: string;
  /** Said after the heading to screen readers on pages after the first: ", page 2 of 3". */
  headingSuffix: string | undefined;
  description: string;
  posts: PostListItem[];
  pagination: PaginationLinks | undefined;
}

function postListPage(page: ListPage<ListedPost>, heading: string, description: string, name: string, label: TagLabel): PostListPage {
  const where = pageLabel(page)?.toLowerCase();
  return {
    title: where ? `${heading}, ${where}` : heading,
    heading,
    headingSuffix: where && `, ${where}`,
    // Each page of a list says which it is, so no two pages share a description.
    description: where ? `${description.replace(/\.$/, '')} (${where}).` : description,
    posts: page.items.map((post) => postListItem(post, label)),
    pagination: paginationLinks(page, name),
  };
}

/** The routes of the news index: `/news/`, `/news/page/2/`, …, each with its page. */
export function newsIndexRoutes(
  posts: readonly ListedPost[],
  perPage: number,
  label: TagLabel = tagAsWritten,
): { params: { page: string | undefined }; props: { page: PostListPage } }[] {
  return newsIndexPages(posts, perPage).map((page) => ({
    params: { page: pageParam(page) },
    props: { page: postListPage(page, 'News', 'News about the Cross-Agency Priority goals, newest first.', 'News', label) },
  }));
}

/** The routes of the tag pages: `/news/tags/cap-goal/`, `/news/tags/cap-goal/page/2/`, …, each with its page. */
export function tagRoutes(
  posts: readonly ListedPost[],
  perPage: number,
  label: TagLabel = tagAsWritten,
): { params: { tag: string; page: string | undefined }; props: { page: PostListPage } }[] {
  return tagPages(posts, perPage).map((page) => {
    const words = label(page.tag);
    return {
      params: { tag: page.slug, page: pageParam(page) },
      props: {
        page: postListPage(page, `News tagged “${words}”`, `News about the Cross-Agency Priority goals tagged “${words}”.`, `Tag ${words}`, label),
      },
    };
  });
}

/** The index of tags: each tag, its page and how many posts carry it ("3 posts"). */
export function tagsIndexPage(posts: readonly Dated[], label: TagLabel = tagAsWritten): { tags: (TextLink & { count: string })[] } {
  return {
    tags: postsByTag(posts).map((group) => ({
      text: label(group.tag),
      url: group.url,
      count: `${group.posts.length} ${group.posts.length === 1 ? 'post' : 'posts'}`,
    })),
  };
}
