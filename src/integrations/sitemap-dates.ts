/**
 * Gives the sitemap's entries their pages' dates. Its hook reads every built page's stated date once, before the
 * sitemap integration (listed after it) writes the sitemap, so `serialize` is a lookup rather than a file read per URL,
 * one after another.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { statedPageDates, withLastmod } from '../lib/site-files.ts';

export default function sitemapDates(): {
  integration: AstroIntegration;
  serialize: <T extends { url: string }>(item: T) => T & { lastmod?: string };
} {
  let dates = new Map<string, string>();
  return {
    integration: {
      name: 'cap-sitemap-dates',
      hooks: {
        'astro:build:done': async ({ dir, pages }) => {
          dates = await statedPageDates(
            fileURLToPath(dir),
            pages.map((page) => `/${page.pathname}`),
          );
        },
      },
    },
    serialize: (item) => withLastmod(item, dates),
  };
}
