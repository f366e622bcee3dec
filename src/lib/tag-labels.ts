/**
 * Tags in words: a tag that is a goal's news tag ("cx") is shown as that goal's title, so readers see
 * "Improving Customer Experience with Federal Services", not a slug. Other tags are shown as written.
 */
import { tagSlug } from './urls.ts';

/** Turns a tag into the words shown for it. */
export type TagLabel = (tag: string) => string;

/** The tag as written: for pages that know no goals. */
export const tagAsWritten: TagLabel = (tag) => tag;

/** Labels from the goals' news tags, built once per build; tags are matched as their pages are (by slug). */
export function tagLabels(goals: readonly { title: string; newsTag?: string | undefined }[]): TagLabel {
  const titles = new Map<string, string>();
  for (const goal of goals) if (goal.newsTag !== undefined && !titles.has(tagSlug(goal.newsTag))) titles.set(tagSlug(goal.newsTag), goal.title);
  return (tag) => titles.get(tagSlug(tag)) ?? tag;
}
