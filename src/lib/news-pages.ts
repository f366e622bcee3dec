/**
 * The news index, its pages and the tag pages, computed once from the posts: pages only
 * render what these functions return.
 */
import { NEWS_PATH, pageUrl, tagSlug, tagUrl } from './urls.ts';

interface Dated {
  id: string;
  data: { date: Date; title: string; tags: readonly string[] };
}

/** Posts newest first; posts of the same day by title, so the order never depends on file order. */
export function newestPostsFirst<T extends Dated>(posts: readonly T[]): T[] {
  return [...posts].sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id),
  );
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
      if (!group.posts.includes(post)) group.posts.push(post);
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
  return postsByTag(posts).flatMap((group) =>
    paginate(group.posts, perPage, group.url).map((page) => ({ ...page, tag: group.tag, slug: group.slug })),
  );
}

/** "Page 2 of 3", or nothing for a list of one page. */
export function pageLabel(page: { number: number; count: number }): string | undefined {
  return page.count > 1 ? `Page ${page.number} of ${page.count}` : undefined;
}
