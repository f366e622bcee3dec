import type { APIRoute } from 'astro';
import { goalsCsv } from '../../lib/open-data/csv.ts';
import { siteOpenData } from '../../site-content.ts';

// Written from the checked goals file, so the CSV holds nothing the JSON Schema refuses.
export const GET: APIRoute = async () =>
  new Response(goalsCsv((await siteOpenData()).goalsFile.goals), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
