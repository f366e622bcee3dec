import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site-files.ts';

// @astrojs/sitemap writes sitemap-index.xml at the site root.
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(new URL('/sitemap-index.xml', site).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
