/**
 * The search index and the documents it reads.
 *
 * Build hook: after Astro writes the site, copy the content folder's documents into it.
 * The index itself is built by `buildSearchIndex`, which `npm run build` runs as its own step
 * (`src/cli/search-index.ts`) once Astro's process has exited and released its memory, so the
 * build's peak is Astro's or Pagefind's, never both. It fails (throws) when Pagefind reports an
 * error, when its process ends without answering, when the index is missing, or when no page is
 * marked searchable (`data-pagefind-body`).
 *
 * Dev hook: `astro dev` renders pages on request and writes no site to index, so it serves the
 * last build's index (`<outDir>/pagefind/`) at `/pagefind/`; its results link to the same paths.
 */
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
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
  /** The folder builds are written to: `astro dev` serves its `pagefind/` index. */
  outDir?: string;
}

export interface SearchIndexReport {
  /** Pages in the index (those carrying `data-pagefind-body`): files in `pagefind/fragment/`. */
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

/** What the indexer reports as it goes: pages read, then pages written. */
export type IndexProgress = (message: string) => void;

/** How often progress is reported; never a limit on how long a step may take. */
const PROGRESS_EVERY_MS = 3_000;

/**
 * Indexes the built site in `siteDir` into `siteDir/pagefind/`, and checks the result. Pagefind
 * reads the folder itself (`addDirectory`: Rust, on every core), so each HTML file is read once and
 * nothing is passed through Node; it keeps the pages marked `data-pagefind-body` and skips the
 * rest (redirects, lists, 404). There is no time limit: a site of any size takes what it takes,
 * and progress is reported every few seconds. A Pagefind process that dies without answering is
 * detected when nothing is left to wait for (see {@link settledOrStopped}), not by a timer.
 */
export async function buildSearchIndex(
  siteDir: string,
  { outputPath = path.join(siteDir, 'pagefind'), progress = () => undefined }: { outputPath?: string; progress?: IndexProgress } = {},
): Promise<SearchIndexReport> {
  // Stale fragments must not pass the check below. (A path Pagefind cannot write to is its failure to report.)
  await rm(outputPath, { recursive: true, force: true }).catch(() => undefined);
  const fragments = path.join(outputPath, 'fragment');
  let htmlFilesRead: number;
  try {
    const { errors, index } = await settledOrStopped('starting', pagefind.createIndex({ forceLanguage: 'en' }));
    failOn('starting', errors);
    if (!index) throw new Error('Search index: Pagefind returned no index and no error.');

    const readStarted = performance.now();
    const added = await reporting(
      () => progress(`Search index: Pagefind is reading the site (${Math.round((performance.now() - readStarted) / 1000)} s)…`),
      settledOrStopped('reading the site', index.addDirectory({ path: siteDir })),
    );
    failOn('reading the site', added.errors);
    htmlFilesRead = added.page_count;
    progress(`Search index: ${htmlFilesRead.toLocaleString('en-US')} HTML files read; writing the index…`);

    const writeStarted = performance.now();
    const written = await reporting(
      () =>
        void readdir(fragments).then(
          (files) => progress(`Search index: ${files.length.toLocaleString('en-US')} pages written…`),
          () => progress(`Search index: Pagefind is building the index (${Math.round((performance.now() - writeStarted) / 1000)} s)…`),
        ),
      settledOrStopped('writing the index', index.writeFiles({ outputPath })),
    );
    failOn('writing the index', written.errors);
  } finally {
    // close() kills Pagefind's process; it answers nothing when that process is gone already.
    void pagefind.close().catch(() => undefined);
  }

  if (!(await exists(path.join(outputPath, 'pagefind.js'))) || !(await exists(path.join(outputPath, 'pagefind-entry.json')))) {
    throw new Error(`Search index: Pagefind reported success but ${outputPath} holds no index (pagefind.js, pagefind-entry.json).`);
  }
  // The site uses Pagefind's JS API with its own markup: drop the UI bundles Pagefind always writes (~430 KB).
  for (const file of await readdir(outputPath)) {
    if (UNUSED_BUNDLES.test(file)) await rm(path.join(outputPath, file));
  }
  const indexedPages = (await readdir(fragments).catch(() => [])).length;
  // Pagefind indexes every page when none carries data-pagefind-body; this site always has pages that are not searchable (404, lists).
  if (indexedPages === 0 || indexedPages >= htmlFilesRead) {
    throw new Error(
      `Search index: no page in ${siteDir} carries data-pagefind-body (${indexedPages} of ${htmlFilesRead} HTML files indexed). Mark the searchable pages' content with it.`,
    );
  }
  return { indexedPages, htmlFilesRead, outputPath };
}

/** Waits for `step`, calling `report` every few seconds meanwhile; the timer never keeps Node alive (see {@link settledOrStopped}). */
async function reporting<T>(report: () => void, step: Promise<T>): Promise<T> {
  const ticker = setInterval(report, PROGRESS_EVERY_MS);
  ticker.unref();
  try {
    return await step;
  } finally {
    clearInterval(ticker);
  }
}

function failOn(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Search index: Pagefind failed while ${what}:\n  ${errors.join('\n  ')}`);
}

/**
 * Waits for a Pagefind step with no time limit, but fails it when the process is about to exit with
 * the step still unsettled: Pagefind's binary can panic without answering, and its Node API then
 * never settles the promise. Node empties its event loop (`beforeExit`) only when nothing else can
 * settle it, so this cannot fire early on a slow machine or a large site.
 */
async function settledOrStopped<T>(what: string, promise: Promise<T>): Promise<T> {
  let stop: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    stop = () => reject(new Error(`Search index: Pagefind stopped without finishing ${what} (its process ended; see its message above).`));
  });
  if (stop) pendingSteps.add(stop);
  if (pendingSteps.size === 1) process.once('beforeExit', stopPendingSteps);
  try {
    return await Promise.race([promise, stopped]);
  } finally {
    if (stop) pendingSteps.delete(stop);
    if (pendingSteps.size === 0) process.off('beforeExit', stopPendingSteps);
  }
}

/** Steps waiting on Pagefind, failed together when the event loop runs dry (one listener for all of them). */
const pendingSteps = new Set<() => void>();

function stopPendingSteps(): void {
  for (const stop of pendingSteps) stop();
  pendingSteps.clear();
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
