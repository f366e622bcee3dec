import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { documentHref } from '../../lib/document-links.ts';
import { feedItems } from '../../lib/feed.ts';
import { feedSize } from '../../site-config.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The RSS feed needs `site` in astro.config.mjs (CAP_SITE_URL).');
  const [posts, goals] = await Promise.all([getCollection('posts'), getCollection('goals')]);
  return rss({
    title: 'Cross-Agency Priority goals: news and action plans',
    description: 'News about the Cross-Agency Priority goals, and each new action plan as it is published.',
    site,
    items: feedItems(posts, goals.map((goal) => goal.data), feedSize, documentHref),
    customData: '<language>en-us</language>',
  });
};
