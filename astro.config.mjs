// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { isSitemapPage } from './src/lib/site-files.ts';
import { contentDir } from './src/site-config.ts';

export default defineConfig({
  site: process.env.CAP_SITE_URL ?? 'https://cap-goals.example.gov',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' (the default) joins elements written on separate lines: "OverviewNext" in the page and the search index.
  compressHTML: true,
  // Pages only: redirect pages, the feed and the text files are endpoints, written as files, not folders.
  integrations: [sitemap({ filter: isSitemapPage })],
  vite: {
    // Content names its images by site path; `@content` lets components find them in the configured folder.
    resolve: { alias: { '@content': contentDir } },
    css: { preprocessorOptions: { scss: { loadPaths: ['node_modules/@uswds/uswds/packages'], quietDeps: true } } },
  },
});
