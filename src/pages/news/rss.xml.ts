import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { documentHref } from '../../lib/document-links.ts';
import { newsFeed } from '../../lib/feed.ts';
import { feedSize } from '../../site-config.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The RSS feed needs `site` in astro.config.mjs (CAP_SITE_URL).');
  const [posts, goals] = await Promise.all([getCollection('posts'), getCollection('goals')]);
  const feed = newsFeed(
    posts,
    goals.map((goal) => goal.data),
    feedSize,
    documentHref,
  );
  return rss({
    title: feed.title,
    description: feed.description,
    site,
    items: feed.items,
    customData: '<language>en-us</language>',
  });
};
