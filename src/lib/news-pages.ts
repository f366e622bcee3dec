/**
 * The news index, the tag pages and the index of tags, each paginated, computed once from the
 * posts: pages only render what these functions return.
 */
import { isoDay, longDate } from './news.ts';
import { tagAsWritten, type TagLabel } from './tag-labels.ts';
import { listPageText, paginate, pageParam, paginationLinks, type ListPage, type PaginationLinks } from './pagination.ts';
import { NEWS_PATH, postUrl, TAGS_PATH, tagSlug, tagUrl } from './urls.ts';

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

/** Posts are listed newest first. */
const POST_PAGE_LINKS = { previous: 'Newer posts', next: 'Older posts' };

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
  return {
    ...listPageText(heading, description, page),
    posts: page.items.map((post) => postListItem(post, label)),
    pagination: paginationLinks(page, `${name} pages`, POST_PAGE_LINKS),
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

/** A tag as the index of tags lists it: its words, its page and how many posts carry it ("3 posts"). */
interface TagsIndexItem extends TextLink {
  count: string;
}

/** One page of the index of tags, ready to render. */
export interface TagsIndexPage {
  /** The document title: "News by tag, page 2 of 3". */
  title: string;
  heading: string;
  /** Said after the heading to screen readers on pages after the first: ", page 2 of 3". */
  headingSuffix: string | undefined;
  description: string;
  tags: TagsIndexItem[];
  pagination: PaginationLinks | undefined;
}

/** The routes of the index of tags: `/news/tags/`, `/news/tags/page/2/`, …, `perPage` tags a page, in the order of {@link postsByTag}. */
export function tagsIndexRoutes(
  posts: readonly Dated[],
  perPage: number,
  label: TagLabel = tagAsWritten,
): { params: { page: string | undefined }; props: { page: TagsIndexPage } }[] {
  return paginate(postsByTag(posts), perPage, TAGS_PATH).map((page) => ({
    params: { page: pageParam(page) },
    props: {
      page: {
        ...listPageText('News by tag', 'Every tag used in the news about the Cross-Agency Priority goals.', page),
        tags: page.items.map((group) => ({
          text: label(group.tag),
          url: group.url,
          count: `${group.posts.length} ${group.posts.length === 1 ? 'post' : 'posts'}`,
        })),
        pagination: paginationLinks(page, 'Tag pages', { previous: 'Previous tags', next: 'More tags' }),
      },
    },
  }));
}
