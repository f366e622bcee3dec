import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteContent } from '../../site-content.ts';
import { documentHref } from '../../lib/document-links.ts';
import { newsFeed } from '../../lib/feed.ts';
import { feedSize } from '../../site-config.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The RSS feed needs `site` in astro.config.mjs (CAP_SITE_URL).');
  const { goals, posts } = await siteContent();
  const feed = newsFeed(posts, goals, feedSize, documentHref);
  return rss({
    title: feed.title,
    description: feed.description,
    site,
    items: feed.items,
    customData: '<language>en-us</language>',
  });
};
