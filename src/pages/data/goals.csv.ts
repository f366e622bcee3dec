import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { goalsCsv } from '../../lib/open-data/csv.ts';
import { goalsFile } from '../../lib/open-data/json.ts';
import { openDataSet } from '../../lib/open-data/records.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The open data needs `site` in astro.config.mjs (CAP_SITE_URL).');
  const [goals, posts] = await Promise.all([getCollection('goals'), getCollection('posts')]);
  // Written from the checked goals file, so the CSV holds nothing the JSON Schema refuses.
  const { goals: records } = goalsFile(
    openDataSet(
      goals.map((entry) => entry.data),
      posts,
      { site, today: new Date() },
    ),
  );
  return new Response(goalsCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
