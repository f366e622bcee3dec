import type { APIRoute } from 'astro';
import { DATA_PATH } from '../../lib/open-data/paths.ts';
import { agendaStratml } from '../../lib/open-data/stratml.ts';
import { siteOpenData } from '../../site-content.ts';

export const GET: APIRoute = async () => {
  const { data, goalsFile } = await siteOpenData();
  // Written from the checked goals file, so the document holds nothing the JSON Schema refuses.
  return new Response(agendaStratml({ ...data, goals: goalsFile.goals }, new URL(DATA_PATH, data.site).href), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
