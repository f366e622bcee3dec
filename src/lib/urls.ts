/** Address of a news post's own page. */
export function postUrl(id: string): string {
  return `/news/${id}/`;
}

/** A post's front matter with its page's address: what lists, feeds and redirects of posts read. */
export function postWithUrl<T extends object>(post: { id: string; data: T }): T & { url: string } {
  return { ...post.data, url: postUrl(post.id) };
}

/** The goals overview, which every goal's navigation starts and ends at. */
export const OVERVIEW_PATH = '/CAP/overview/';

/** Address of the first page of a category's goals (its id from `categoryId`): `/CAP/overview/mission-priority-areas/`. */
export function categoryUrl(id: string): string {
  return `${OVERVIEW_PATH}${id}/`;
}

/** The news index. */
export const NEWS_PATH = '/news/';

/** The RSS feed of news and action plans. */
export const FEED_PATH = '/news/rss.xml';

/** The index of tags. */
export const TAGS_PATH = '/news/tags/';

/** `CAP goal` → `cap-goal`: tags that differ only in case or punctuation share a page. */
export function tagSlug(tag: string): string {
  return (
    tag
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'tag'
  );
}

/** Address of a tag's page of posts. */
export function tagUrl(tag: string): string {
  return `${TAGS_PATH}${tagSlug(tag)}/`;
}

/** Address of page `page` (from 1) of a paginated list whose first page is `base`: `/news/`, `/news/page/2/`. */
export function pageUrl(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}

/** The search page. */
export const SEARCH_PATH = '/search/';

/** The action plan index: its fiscal years and goals, each with its own pages under this address (`lib/plans-index-page.ts`). */
export const ACTION_PLANS_PATH = '/CAP/action-plans/';

/** Path without its trailing slash, for comparing addresses written either way (`/CAP/cx` and `/CAP/cx/`). */
export function withoutTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** The accessibility statement. */
export const ACCESSIBILITY_PATH = '/accessibility/';
