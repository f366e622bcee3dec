/**
 * Build hook: after Astro writes the site, copy the content folder's documents into it and
 * build the Pagefind search index with Pagefind's Node API. The build fails (throws) when
 * Pagefind reports an error, when it never answers (its binary can panic and leave a promise
 * unsettled), when the index is missing, or when it holds fewer pages than the site has
 * searchable pages (`data-pagefind-body`).
 *
 * Dev hook: `astro dev` renders pages on request and writes no site to index, so it serves the
 * last build's index (`<outDir>/pagefind/`) at `/pagefind/`; its results link to the same paths.
 */
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Files in the content folder's `assets/` that are documents to publish as they are (images go through astro:assets). */
const DOCUMENT_EXTENSIONS = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|csv|txt|rtf|zip)$/i;

/** Pagefind's ready-made UIs (Default, Modular, Component) and its highlighter: unused here. */
const UNUSED_BUNDLES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface SearchIndexOptions {
  /** Folder whose files are copied into the site at the same path (the content folder's `assets/`). */
  documentsDir?: string;
  /** How long each Pagefind step may take before the build fails. */
  timeoutMs?: number;
  /** The folder builds are written to: `astro dev` serves its `pagefind/` index. */
  outDir?: string;
}

export interface SearchIndexReport {
  /** HTML pages carrying `data-pagefind-body`. */
  searchablePages: number;
  /** Pages in the index: files in `pagefind/fragment/`. */
  indexedPages: number;
  /** HTML files Pagefind read (its `page_count`, which counts pages it then skipped). */
  htmlFilesRead: number;
  /** Where the index was written. */
  outputPath: string;
}

export default function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  return {
    name: 'cap-search-index',
    hooks: {
      'astro:server:setup': ({ server }) => {
        if (!options.outDir) return;
        const indexDir = path.join(options.outDir, 'pagefind');
        server.middlewares.use('/pagefind', (request, response, next) => void serveIndexFile(indexDir, request, response, next));
      },
      // Said once the dev server listens (not when Vite runs inside the component tests).
      'astro:server:start': async ({ logger }) => {
        if (!options.outDir) return;
        const indexDir = path.join(options.outDir, 'pagefind');
        const shown = path.relative(process.cwd(), indexDir) || indexDir;
        if (await exists(path.join(indexDir, 'pagefind.js'))) logger.info(`Search: serving the last build's index from ${shown}.`);
        else logger.warn(`Search: no index in ${shown}, so /search/ finds nothing. Run \`npm run build\` once, then reload.`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        if (options.documentsDir) {
          const copied = await copyDocuments(options.documentsDir, siteDir);
          if (copied > 0) logger.info(`Copied ${copied} document${copied === 1 ? '' : 's'} from ${path.relative(process.cwd(), options.documentsDir)}.`);
        }
        const report = await buildSearchIndex(siteDir, { timeoutMs: options.timeoutMs });
        logger.info(
          `Search index: ${report.indexedPages} pages indexed (${report.searchablePages} searchable, ${report.htmlFilesRead} HTML files read) in ${path.relative(process.cwd(), report.outputPath)}.`,
        );
      },
    },
  };
}

/** Pagefind's files by extension; its index chunks (`.pf_*`) are gzipped binaries. */
const INDEX_CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Answers a request under `/pagefind/` with the file of that name in `indexDir`, or passes it on
 * (to Astro's 404) when there is none. The middleware is mounted at `/pagefind`, so `request.url`
 * is the rest of the path; a path leaving `indexDir` is never read.
 */
async function serveIndexFile(indexDir: string, request: IncomingMessage, response: ServerResponse, next: () => void): Promise<void> {
  let relative: string;
  try {
    relative = decodeURIComponent(new URL(request.url ?? '/', 'http://dev.invalid').pathname);
  } catch {
    return next();
  }
  const root = path.resolve(indexDir);
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(root + path.sep) || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return next();
  response.writeHead(200, {
    'Content-Type': INDEX_CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    // A rebuild replaces the index: never let the browser keep an old one.
    'Cache-Control': 'no-cache',
  });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(file).pipe(response);
}

/** Copies document files from `from` into `to` at the same relative path, without replacing files already there. */
export async function copyDocuments(from: string, to: string): Promise<number> {
  let copied = 0;
  for (const relative of await listFiles(from)) {
    if (!DOCUMENT_EXTENSIONS.test(relative)) continue;
    const target = path.join(to, relative);
    if (await exists(target)) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(from, relative), target);
    copied++;
  }
  return copied;
}

/** Indexes the built site in `siteDir` into `siteDir/pagefind/`, and checks the result. */
export async function buildSearchIndex(
  siteDir: string,
  { timeoutMs = 120_000, outputPath = path.join(siteDir, 'pagefind') }: { timeoutMs?: number | undefined; outputPath?: string } = {},
): Promise<SearchIndexReport> {
  const searchablePages = await countSearchablePages(siteDir, outputPath);
  if (searchablePages === 0) {
    throw new Error(
      `Search index: no page in ${siteDir} carries data-pagefind-body, so Pagefind would index every page (404, redirects and all). Nothing to index.`,
    );
  }
  // Stale fragments must not pass the check below. (A path Pagefind cannot write to is its failure to report.)
  await rm(outputPath, { recursive: true, force: true }).catch(() => undefined);

  const step = <T>(what: string, promise: Promise<T>) =>
    withTimeout(promise, timeoutMs, `Search index: Pagefind did not finish ${what} within ${timeoutMs / 1000} s (its binary may have crashed).`);
  let htmlFilesRead: number;
  try {
    const { errors, index } = await step('starting', pagefind.createIndex({ forceLanguage: 'en' }));
    failOn('starting', errors);
    if (!index) throw new Error('Search index: Pagefind returned no index and no error.');
    const added = await step('reading the site', index.addDirectory({ path: siteDir }));
    failOn('reading the site', added.errors);
    htmlFilesRead = added.page_count;
    const written = await step('writing the index', index.writeFiles({ outputPath }));
    failOn('writing the index', written.errors);
  } finally {
    // close() may hang too when the binary is gone; never let it hold the build.
    await withTimeout(pagefind.close(), 5_000, '').catch(() => undefined);
  }

  if (!(await exists(path.join(outputPath, 'pagefind.js'))) || !(await exists(path.join(outputPath, 'pagefind-entry.json')))) {
    throw new Error(`Search index: Pagefind reported success but ${outputPath} holds no index (pagefind.js, pagefind-entry.json).`);
  }
  // The site uses Pagefind's JS API with its own markup: drop the UI bundles Pagefind always writes (~430 KB).
  for (const file of await readdir(outputPath)) {
    if (UNUSED_BUNDLES.test(file)) await rm(path.join(outputPath, file));
  }
  const indexedPages = (await readdir(path.join(outputPath, 'fragment')).catch(() => [])).length;
  if (indexedPages < searchablePages) {
    throw new Error(
      `Search index: ${indexedPages} pages indexed, but the site has ${searchablePages} searchable pages (with data-pagefind-body). Pagefind read ${htmlFilesRead} HTML files.`,
    );
  }
  return { searchablePages, indexedPages, htmlFilesRead, outputPath };
}

/** HTML files under `siteDir` (outside `skipDir`) with an element carrying `data-pagefind-body`. */
export async function countSearchablePages(siteDir: string, skipDir?: string): Promise<number> {
  let count = 0;
  for (const relative of await listFiles(siteDir)) {
    if (!relative.endsWith('.html')) continue;
    const file = path.join(siteDir, relative);
    if (skipDir && file.startsWith(path.resolve(skipDir) + path.sep)) continue;
    if (/<[a-z][^>]*\sdata-pagefind-body(?=[\s>=/])/i.test(await readFile(file, 'utf8'))) count++;
  }
  return count;
}

function failOn(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Search index: Pagefind failed while ${what}:\n  ${errors.join('\n  ')}`);
}

/** Rejects with `message` when `promise` has not settled within `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
