// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import searchIndex from './src/integrations/search-index.ts';
import stylesheetCache from './src/integrations/stylesheet-cache.ts';
import sitemapDates from './src/integrations/sitemap-dates.ts';
import { isSitemapPage } from './src/lib/site-files.ts';
import { contentDir, outDir } from './src/site-config.ts';

const pageDates = sitemapDates();
const sassOptions = { loadPaths: ['node_modules/@uswds/uswds/packages'], quietDeps: true };

export default defineConfig({
  site: process.env.CAP_SITE_URL ?? 'https://cap-goals.example.gov',
  trailingSlash: 'always',
  // No inline script or stylesheet (Astro inlines small ones), so the Content-Security-Policy needs no 'unsafe-inline'
  // nor hashes (src/lib/security-headers.ts); `assetsInlineLimit: 0` below keeps scripts and CSS images out of data: URLs.
  // Several pages in flight: a page's file is written while the next renders (one at a time, a third of the time is spent waiting on disk).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // CAP_OUT_DIR builds another content set (test fixtures) beside the real site; CAP_CACHE_DIR keeps its content cache apart.
  outDir,
  ...(process.env.CAP_CACHE_DIR ? { cacheDir: process.env.CAP_CACHE_DIR } : {}),
  // 'jsx' (the default) joins elements written on separate lines: "OverviewNext" in the page and the search index.
  compressHTML: true,
  integrations: [
    // Pages only: redirect pages, the feed and the text files are endpoints, written as files, not folders.
    // <lastmod> is the date the built page states in article:modified_time, so the two cannot differ: read once per
    // build by pageDates' hook, which runs first.
    pageDates.integration,
    sitemap({ filter: isSitemapPage, serialize: pageDates.serialize }),
    // Copies the content folder's documents into the site (`npm run build` indexes it afterwards, in its own process).
    // In `astro dev` it serves the last build's index from outDir.
    searchIndex({ documentsDir: path.join(contentDir, 'assets'), outDir }),
  ],
  vite: {
    build: { assetsInlineLimit: 0 },
    // Content names its images by site path; `@content` lets components find them in the configured folder.
    resolve: { alias: { '@content': contentDir } },
    css: { preprocessorOptions: { scss: sassOptions } },
    // A build takes the compiled stylesheet from the last build when nothing Sass reads has changed.
    plugins: [
      stylesheetCache({
        root: path.resolve('.'),
        entry: path.resolve('src/styles/site.scss'),
        sassOptions,
        cacheDir: path.resolve('node_modules/.cache/cap-stylesheet'),
      }),
    ],
  },
});
