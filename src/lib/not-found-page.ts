/** The view model of the page shown for an unknown address. */
import { NEWS_PATH, OVERVIEW_PATH, SEARCH_PATH } from './urls.ts';

/** A suggestion: words before the link, the link's text and its address. */
export interface Suggestion {
  before: string;
  text: string;
  url: string;
}

/** Where a reader who followed a dead address could go next. */
export function notFoundPage(): { suggestions: Suggestion[] } {
  return {
    suggestions: [
      { before: 'go to the ', text: 'home page', url: '/' },
      { before: 'find a goal in the ', text: 'goals overview', url: OVERVIEW_PATH },
      { before: 'read the latest ', text: 'news', url: NEWS_PATH },
      { before: '', text: 'search the site', url: SEARCH_PATH },
    ],
  };
}
