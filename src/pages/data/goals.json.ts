import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { goalsFile, jsonText } from '../../lib/open-data/json.ts';
import { openDataSet } from '../../lib/open-data/records.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The open data needs `site` in astro.config.mjs (CAP_SITE_URL).');
  const [goals, posts] = await Promise.all([getCollection('goals'), getCollection('posts')]);
  const data = openDataSet(
    goals.map((entry) => entry.data),
    posts,
    { site, today: new Date() },
  );
  return new Response(jsonText(goalsFile(data)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
