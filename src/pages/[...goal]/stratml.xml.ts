import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { goalFile } from '../../lib/open-data/json.ts';
import { openDataSet } from '../../lib/open-data/records.ts';
import { goalStratml } from '../../lib/open-data/stratml.ts';

export const getStaticPaths = (async () => {
  const site = new URL(import.meta.env.SITE);
  const [goals, posts] = await Promise.all([getCollection('goals'), getCollection('posts')]);
  const data = openDataSet(
    goals.map((entry) => entry.data),
    posts,
    { site, today: new Date() },
  );
  // Each goal's document is written from its checked goal.json record.
  return data.goals.map((goal) => ({ params: { goal: goal.id }, props: { xml: goalStratml(data, goalFile(data, goal).goal) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ xml: string }> = ({ props }) => new Response(props.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
