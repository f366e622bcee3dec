/** The newest `count` posts carrying `tag`, newest first. */
export function latestTagged<T extends { data: { date: Date; tags: readonly string[] } }>(posts: readonly T[], tag: string | undefined, count = 2): T[] {
  if (!tag) return [];
  const wanted = tag.toLowerCase();
  return posts
    .filter((post) => post.data.tags.some((t) => t.toLowerCase() === wanted))
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime())
    .slice(0, count);
}

/** Events on or after `today` (compared by calendar day, UTC), soonest first. */
export function upcoming<T extends { date: Date }>(events: readonly T[], today: Date): T[] {
  const startOfDay = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return events.filter((event) => event.date.getTime() >= startOfDay).sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** "September 19, 2019", as a U.S. reader writes a date. */
export function longDate(date: Date): string {
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** "2019-09-19", for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Titles of the goals whose `newsTag` a post carries (case-insensitive), sorted. */
export function goalsTagged(goals: readonly { title: string; newsTag?: string | undefined }[], tags: readonly string[]): string[] {
  const wanted = new Set(tags.map((tag) => tag.toLowerCase()));
  return goals
    .filter((goal) => goal.newsTag !== undefined && wanted.has(goal.newsTag.toLowerCase()))
    .map((goal) => goal.title)
    .sort((a, b) => a.localeCompare(b));
}
