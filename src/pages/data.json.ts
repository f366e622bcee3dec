import type { APIRoute } from 'astro';
import { dataCatalog } from '../lib/open-data/catalog.ts';
import { jsonText } from '../lib/open-data/json.ts';
import { dataContact } from '../site-config.ts';
import { siteOpenData } from '../site-content.ts';

export const GET: APIRoute = async () => {
  const { site, modified } = (await siteOpenData()).data;
  return new Response(jsonText(dataCatalog({ site, modified, contact: dataContact })), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
