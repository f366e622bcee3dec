import type { APIRoute } from 'astro';
import { jsonText } from '../../lib/open-data/json.ts';
import { siteOpenData } from '../../site-content.ts';

export const GET: APIRoute = async () =>
  new Response(jsonText((await siteOpenData()).goalsFile), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
