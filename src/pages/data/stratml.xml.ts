import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { goalsFile } from '../../lib/open-data/json.ts';
import { DATA_PATH } from '../../lib/open-data/paths.ts';
import { openDataSet } from '../../lib/open-data/records.ts';
import { agendaStratml } from '../../lib/open-data/stratml.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The open data needs `site` in astro.config.mjs (CAP_SITE_URL).');
  const [goals, posts] = await Promise.all([getCollection('goals'), getCollection('posts')]);
  const data = openDataSet(
    goals.map((entry) => entry.data),
    posts,
    { site, today: new Date() },
  );
  // Written from the checked goals file, so the document holds nothing the JSON Schema refuses.
  const checked = { ...data, goals: goalsFile(data).goals };
  return new Response(agendaStratml(checked, new URL(DATA_PATH, site).href), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
