/**
 * The content as the routes read it, and what is derived from all of it (final addresses,
 * navigation, plan pages, file sizes, the open-data records), worked out once per build however
 * many routes ask: at 1,000 goals each pass takes a few hundred milliseconds, and a dozen routes
 * need one. Astro renders every page of a build in one process, so a module-level promise lives
 * exactly as long as the build. `astro dev` reads afresh on each request, so edits show.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { heldFileSizes } from './lib/document-files.ts';
import { goalDocuments, goalPagesContext, type GoalPagesContext } from './lib/goal-page.ts';
import { goalsFile } from './lib/open-data/json.ts';
import { openDataFromContext, type OpenDataSet } from './lib/open-data/records.ts';
import { postPages } from './lib/post-page.ts';
import type { Goal } from './schemas/goal.ts';
import { documentRoots } from './site-config.ts';

/** Every goal's data and every post, as the collections hold them. */
interface SiteContent {
  goals: Goal[];
  posts: CollectionEntry<'posts'>[];
}

/** Caches `load` for the build; calls it each time under `astro dev`. */
function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (loaded ??= load()));
}

/** Every goal's data and every post entry: what every route starts from, read once per build. */
export const siteContent = oncePerBuild(async (): Promise<SiteContent> => {
  const [goals, posts] = await Promise.all([getCollection('goals'), getCollection('posts')]);
  return { goals: goals.map((entry) => entry.data), posts };
});

/** What every goal and plan page is built from: final addresses, previous/next, plan pages, sizes of held files. */
export const siteGoalPages = oncePerBuild(async (): Promise<GoalPagesContext> => {
  const { goals, posts } = await siteContent();
  const fileSizes = await heldFileSizes(goalDocuments(goals), documentRoots);
  const context = goalPagesContext(goals, posts, { today: new Date(), fileSizes });
  for (const problem of context.problems) console.warn(`Goal navigation: ${problem}`);
  return context;
});

/** The records every open-data file is written from, and the whole-site goals file, checked against its schema. */
export const siteOpenData = oncePerBuild(async (): Promise<{ data: OpenDataSet; goalsFile: ReturnType<typeof goalsFile> }> => {
  if (!import.meta.env.SITE) throw new Error('The open data needs `site` in astro.config.mjs (CAP_SITE_URL).');
  const data = openDataFromContext(await siteGoalPages(), { site: new URL(import.meta.env.SITE) });
  return { data, goalsFile: goalsFile(data) };
});

/** Builds a news post's page; the goals its tags name are looked up, not searched for. */
export const sitePostPages = oncePerBuild(async () => postPages((await siteContent()).goals));
