import type { APIRoute, GetStaticPaths } from 'astro';
import { goalFile } from '../../lib/open-data/json.ts';
import { goalStratml } from '../../lib/open-data/stratml.ts';
import { siteOpenData } from '../../site-content.ts';

export const getStaticPaths = (async () => {
  const { data } = await siteOpenData();
  // Each goal's document is written from its checked goal.json record.
  return data.goals.map((goal) => ({ params: { goal: goal.id }, props: { xml: goalStratml(data, goalFile(data, goal).goal) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ xml: string }> = ({ props }) => new Response(props.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
