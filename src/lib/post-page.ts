/** The view model of a news post's page. */
import { renderMarkdown } from '../markdown/render.ts';
import { goalsTagged, isoDay, longDate } from './news.ts';
import type { TextLink } from './news-pages.ts';
import { fiscalQuarterOfDate, fiscalYearOfDate } from './periods.ts';
import { tagLabels } from './tag-labels.ts';
import { tagUrl } from './urls.ts';

/** A news post's page, ready to render. */
export interface PostPage {
  title: string;
  description: string;
  /** `2019-09-19`. */
  isoDate: string;
  /** "September 19, 2019". */
  dateText: string;
  /** The body as safe HTML (our Markdown rendering, which cannot carry markup). */
  bodyHtml: string;
  tags: TextLink[];
  /** What the search index records: the goals the post is tagged for and the fiscal year and quarter of its date. */
  search: { goals: string[]; fiscalYears: number[]; fiscalQuarters: string[]; date: string; sortDate: string };
}

/** The page of `post`; `goals` give the goal titles whose news tag it carries. */
export function postPage(
  post: { id: string; body?: string | undefined; data: { title: string; description: string; date: Date; tags: readonly string[] } },
  goals: readonly { title: string; newsTag?: string | undefined }[],
): PostPage {
  // Astro's own Markdown rendering would publish raw HTML as written: the body goes through ours.
  if (post.body === undefined) throw new Error(`Post ${post.id} has no body: the posts loader must keep bodies (retainBody).`);
  const day = isoDay(post.data.date);
  const label = tagLabels(goals);
  return {
    title: post.data.title,
    description: post.data.description,
    isoDate: day,
    dateText: longDate(post.data.date),
    bodyHtml: renderMarkdown(post.body),
    tags: post.data.tags.map((tag) => ({ text: label(tag), url: tagUrl(tag) })),
    search: {
      goals: goalsTagged(goals, post.data.tags),
      fiscalYears: [fiscalYearOfDate(post.data.date)],
      fiscalQuarters: [fiscalQuarterOfDate(post.data.date)],
      date: day,
      sortDate: day,
    },
  };
}
