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

/** A post entry as the collection holds it. */
interface PostEntry {
  id: string;
  body?: string | undefined;
  data: { title: string; description: string; date: Date; tags: readonly string[] };
}

/** The goals a post's tags can name. */
interface NewsGoal {
  title: string;
  newsTag?: string | undefined;
}

/**
 * Builds post pages against `goals`, which give the goal titles whose news tag a post carries:
 * the tag labels and the goals of each tag are worked out once, not once per post.
 */
export function postPages(goals: readonly NewsGoal[]): (post: PostEntry) => PostPage {
  const label = tagLabels(goals);
  const goalsOf = goalsTagged(goals);
  return (post) => {
    // Astro's own Markdown rendering would publish raw HTML as written: the body goes through ours.
    if (post.body === undefined) throw new Error(`Post ${post.id} has no body: the posts loader must keep bodies (retainBody).`);
    const day = isoDay(post.data.date);
    return {
      title: post.data.title,
      description: post.data.description,
      isoDate: day,
      dateText: longDate(post.data.date),
      bodyHtml: renderMarkdown(post.body),
      tags: post.data.tags.map((tag) => ({ text: label(tag), url: tagUrl(tag) })),
      search: {
        goals: goalsOf(post.data.tags),
        fiscalYears: [fiscalYearOfDate(post.data.date)],
        fiscalQuarters: [fiscalQuarterOfDate(post.data.date)],
        date: day,
        sortDate: day,
      },
    };
  };
}

/** The page of one `post` (see {@link postPages}, which a build uses for all of them). */
export function postPage(post: PostEntry, goals: readonly NewsGoal[]): PostPage {
  return postPages(goals)(post);
}
