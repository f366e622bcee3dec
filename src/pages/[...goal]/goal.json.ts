import type { APIRoute, GetStaticPaths } from 'astro';
import { goalFile, jsonText } from '../../lib/open-data/json.ts';
import { siteOpenData } from '../../site-content.ts';

// Beside the goal page, so a client fetches only the goals it shows.
export const getStaticPaths = (async () => {
  const { data } = await siteOpenData();
  return data.goals.map((goal) => ({ params: { goal: goal.id }, props: { file: goalFile(data, goal) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: ReturnType<typeof goalFile> }> = ({ props }) =>
  new Response(jsonText(props.file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
