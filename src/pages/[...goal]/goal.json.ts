import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { goalFile, jsonText } from '../../lib/open-data/json.ts';
import { openDataSet } from '../../lib/open-data/records.ts';

// One pass over the goals for the whole build; each file gets its own record. Beside the goal page, so a client fetches only the goals it shows.
export const getStaticPaths = (async () => {
  const site = new URL(import.meta.env.SITE);
  const [goals, posts] = await Promise.all([getCollection('goals'), getCollection('posts')]);
  const data = openDataSet(
    goals.map((entry) => entry.data),
    posts,
    { site, today: new Date() },
  );
  return data.goals.map((goal) => ({ params: { goal: goal.id }, props: { file: goalFile(data, goal) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: ReturnType<typeof goalFile> }> = ({ props }) =>
  new Response(jsonText(props.file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
