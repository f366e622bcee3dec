interface TaggedPost {
  data: { date: Date; tags: readonly string[] };
}

/** Each tag's posts (by the tag in lower case), newest first: built once per build, so a goal page finds its news without reading every post. */
export function postsByTag<T extends TaggedPost>(posts: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const byTag = new Map<string, T[]>();
  for (const post of posts) {
    for (const tag of new Set(post.data.tags.map((t) => t.toLowerCase()))) {
      const list = byTag.get(tag) ?? [];
      list.push(post);
      byTag.set(tag, list);
    }
  }
  for (const list of byTag.values()) list.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
  return byTag;
}

/** The newest `count` posts carrying `tag`, newest first, from {@link postsByTag}. */
export function latestTagged<T extends TaggedPost>(byTag: ReadonlyMap<string, readonly T[]>, tag: string | undefined, count = 2): T[] {
  return tag ? (byTag.get(tag.toLowerCase()) ?? []).slice(0, count) : [];
}

/** Events on or after `today` (compared by calendar day, UTC), soonest first. */
export function upcoming<T extends { date: Date }>(events: readonly T[], today: Date): T[] {
  const startOfDay = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return events.filter((event) => event.date.getTime() >= startOfDay).sort((a, b) => a.date.getTime() - b.date.getTime());
}

// One formatter for the build: toLocaleDateString sets one up on every call.
const LONG_DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "September 19, 2019", as a U.S. reader writes a date. */
export function longDate(date: Date): string {
  return LONG_DATE.format(date);
}

/** "2019-09-19", for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Titles of the goals whose `newsTag` a post carries (case-insensitive), sorted: a lookup built once
 * from the goals, so each post costs its own tags, not a pass over every goal.
 */
export function goalsTagged(goals: readonly { title: string; newsTag?: string | undefined }[]): (tags: readonly string[]) => string[] {
  const titles = new Map<string, string[]>();
  for (const goal of goals) {
    if (goal.newsTag === undefined) continue;
    const tag = goal.newsTag.toLowerCase();
    titles.set(tag, [...(titles.get(tag) ?? []), goal.title]);
  }
  return (tags) => [...new Set(tags.map((tag) => tag.toLowerCase()))].flatMap((tag) => titles.get(tag) ?? []).sort((a, b) => a.localeCompare(b));
}
