/**
 * The search index and the documents it reads.
 *
 * Build hook: after Astro writes the site, copy the content folder's documents into it.
 * The index itself is built by `buildSearchIndex`, which `npm run build` runs as its own step
 * (`src/cli/search-index.ts`) once Astro's process has exited and released its memory, so the
 * build's peak is Astro's or Pagefind's, never both. It fails (throws) when Pagefind reports an
 * error, when its process ends without answering, when the index is missing, or when it holds
 * fewer pages than the site has searchable pages (`data-pagefind-body`).
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

/** What the indexer reports as it goes: pages read and sent to Pagefind, then pages written. */
export type IndexProgress = (message: string) => void;

/** How often progress is reported; never a limit on how long a step may take. */
const PROGRESS_EVERY_MS = 3_000;

/** How many pages are in flight to Pagefind at once: enough to keep it busy, few enough to bound memory. */
const PAGES_IN_FLIGHT = 16;

/** The marker of a searchable page, searched as bytes: no decoding of pages that lack it. */
const BODY_MARKER = Buffer.from('data-pagefind-body');

/**
 * Indexes the built site in `siteDir` into `siteDir/pagefind/`, and checks the result. Each HTML
 * file is read once: the pages marked searchable (`data-pagefind-body`) are handed to Pagefind
 * (`addHTMLFile`), the others (redirects, lists, 404) are not, so Pagefind reads nothing twice.
 * There is no time limit: a site of any size takes what it takes, and progress is reported every
 * few seconds. A Pagefind process that dies without answering is detected when nothing is left
 * to wait for (see {@link settledOrStopped}), not by a timer.
 */
export async function buildSearchIndex(
  siteDir: string,
  { outputPath = path.join(siteDir, 'pagefind'), progress = () => undefined }: { outputPath?: string; progress?: IndexProgress } = {},
): Promise<SearchIndexReport> {
  const skip = path.resolve(outputPath) + path.sep;
  const htmlFiles = (await listFiles(siteDir)).filter((relative) => relative.endsWith('.html') && !path.join(siteDir, relative).startsWith(skip));
  // Stale fragments must not pass the check below. (A path Pagefind cannot write to is its failure to report.)
  await rm(outputPath, { recursive: true, force: true }).catch(() => undefined);

  let searchablePages = 0;
  try {
    const { errors, index } = await settledOrStopped('starting', pagefind.createIndex({ forceLanguage: 'en' }));
    failOn('starting', errors);
    if (!index) throw new Error('Search index: Pagefind returned no index and no error.');

    let read = 0;
    let lastReport = performance.now();
    const queue = [...htmlFiles];
    const worker = async () => {
      for (let relative = queue.shift(); relative !== undefined; relative = queue.shift()) {
        const html = await readFile(path.join(siteDir, relative));
        read++;
        if (isSearchable(html)) {
          searchablePages++;
          const added = await settledOrStopped('reading the site', index.addHTMLFile({ url: pageUrl(relative), content: html.toString('utf8') }));
          failOn(`reading ${relative}`, added.errors);
        }
        if (performance.now() - lastReport > PROGRESS_EVERY_MS) {
          lastReport = performance.now();
          progress(
            `Search index: read ${read.toLocaleString('en-US')} of ${htmlFiles.length.toLocaleString('en-US')} HTML files (${searchablePages.toLocaleString('en-US')} searchable)…`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, worker));
    if (searchablePages === 0) {
      throw new Error(`Search index: no page in ${siteDir} carries data-pagefind-body. Nothing to index.`);
    }
    progress(
      `Search index: ${searchablePages.toLocaleString('en-US')} searchable pages read (of ${htmlFiles.length.toLocaleString('en-US')} HTML files); writing the index…`,
    );
    const fragments = path.join(outputPath, 'fragment');
    const writeStarted = performance.now();
    const ticker = setInterval(() => {
      void readdir(fragments).then(
        (written) => progress(`Search index: ${written.length.toLocaleString('en-US')} of ${searchablePages.toLocaleString('en-US')} pages written…`),
        () => progress(`Search index: Pagefind is building the index (${Math.round((performance.now() - writeStarted) / 1000)} s)…`),
      );
    }, PROGRESS_EVERY_MS);
    // The ticker must not keep Node alive: an empty event loop is how a dead Pagefind is noticed.
    ticker.unref();
    try {
      const written = await settledOrStopped('writing the index', index.writeFiles({ outputPath }));
      failOn('writing the index', written.errors);
    } finally {
      clearInterval(ticker);
    }
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
  const indexedPages = (await readdir(path.join(outputPath, 'fragment')).catch(() => [])).length;
  if (indexedPages < searchablePages) {
    throw new Error(
      `Search index: ${indexedPages} pages indexed, but the site has ${searchablePages} searchable pages (with data-pagefind-body). ${htmlFiles.length} HTML files read.`,
    );
  }
  return { searchablePages, indexedPages, htmlFilesRead: htmlFiles.length, outputPath };
}

/** Whether an HTML file has an element carrying `data-pagefind-body` (the attribute inside a tag, not the words in text). */
export function isSearchable(html: Buffer): boolean {
  for (let at = html.indexOf(BODY_MARKER); at !== -1; at = html.indexOf(BODY_MARKER, at + 1)) {
    const open = html.lastIndexOf(0x3c /* < */, at);
    const close = html.lastIndexOf(0x3e /* > */, at);
    const after = html[at + BODY_MARKER.length];
    if (
      open > close &&
      /[a-z]/i.test(String.fromCharCode(html[open + 1] ?? 0)) &&
      html[at - 1] !== undefined &&
      /\s/.test(String.fromCharCode(html[at - 1] ?? 0)) &&
      (after === undefined || /[\s>=/]/.test(String.fromCharCode(after)))
    ) {
      return true;
    }
  }
  return false;
}

/** `CAP/cx/index.html` → `/CAP/cx/`; `404.html` → `/404.html`: the address Pagefind's results link to. */
function pageUrl(relative: string): string {
  const posix = relative.split(path.sep).join('/');
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
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
