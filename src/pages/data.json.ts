import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { dataCatalog } from '../lib/open-data/catalog.ts';
import { jsonText } from '../lib/open-data/json.ts';
import { openDataSet } from '../lib/open-data/records.ts';
import { dataContact } from '../site-config.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The data catalog needs `site` in astro.config.mjs (CAP_SITE_URL).');
  const [goals, posts] = await Promise.all([getCollection('goals'), getCollection('posts')]);
  const { modified } = openDataSet(
    goals.map((entry) => entry.data),
    posts,
    { site, today: new Date() },
  );
  return new Response(jsonText(dataCatalog({ site, modified, contact: dataContact })), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
