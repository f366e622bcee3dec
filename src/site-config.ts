/**
 * The one place the site's settings live. Read by astro.config.mjs, content.config.ts
 * and the command-line tools, so it uses only Node built-ins.
 */
import path from 'node:path';

// The working folder, as npm scripts run: `import.meta.url` inside Astro's bundled pages no longer points at src/.
const projectRoot = process.cwd();

/**
 * Where site-relative documents (`/CAP/action_plans/jan_2021_CX.pdf`) that are not in `public/`
 * are served from: by default the archived performance.gov of the administration that published
 * them. Set CAP_DOCUMENT_ARCHIVE to another origin (`https://…`, no path).
 */
export const documentArchive = process.env.CAP_DOCUMENT_ARCHIVE ?? 'https://trumpadministration.archives.performance.gov';

/**
 * Who to tell about a security problem, published in `/.well-known/security.txt` (RFC 9116):
 * a `mailto:` or `https:` address. Set CAP_SECURITY_CONTACT for the real one.
 */
export const securityContact = process.env.CAP_SECURITY_CONTACT ?? 'mailto:security@cap-goals.example.gov';

/** How many posts a page of the news index (and of each tag) lists. */
export const newsPerPage = 10;

/** How many items the RSS feed (`/news/rss.xml`) carries: the newest posts and action plans. */
export const feedSize = 20;

/**
 * Folder holding `goals/` and `posts/` (and `assets/` for images named by content).
 * Set CAP_CONTENT_DIR to build another set of content; relative paths resolve
 * against the project root.
 */
export const contentDir = path.resolve(projectRoot, process.env.CAP_CONTENT_DIR ?? 'src/content');

export const goalsDir = path.join(contentDir, 'goals');
export const postsDir = path.join(contentDir, 'posts');

/** Astro's `public/` folder: files copied to the site as they are. */
export const publicDir = path.join(projectRoot, 'public');

/**
 * Where a document that content names by site path (`/CAP/action_plans/x.pdf`) may be found
 * on disk, first match wins: `public/` at that path, then the content folder's `assets/` at
 * that path (as for images). Documents found in the content folder are copied into the built
 * site by the search-index integration, so a content set carries its own PDFs.
 */
export const documentRoots = [publicDir, path.join(contentDir, 'assets')];

/**
 * Where the built site goes (`dist/` unless CAP_OUT_DIR says otherwise, e.g. for test fixtures).
 * Relative paths resolve against the project root.
 */
export const outDir = path.resolve(projectRoot, process.env.CAP_OUT_DIR ?? 'dist');

/**
 * How long one step of the Pagefind indexer may take before the build fails (it can crash without
 * answering). CAP_SEARCH_TIMEOUT_MS changes it; larger sites may need more.
 */
export const searchTimeoutMs = Number(process.env.CAP_SEARCH_TIMEOUT_MS ?? 600_000);

/** Search.gov's results page (the GSA search service for federal sites). */
export const SEARCHGOV_SEARCH_URL = 'https://search.usa.gov/search';

/**
 * The Search.gov affiliate (site handle) the header search sends its queries to, for sites that
 * use Search.gov as OMB M-23-22 asks. Unset (the default), the header search opens the site's
 * own Pagefind search at `/search/`, which stays available either way. Set CAP_SEARCHGOV_AFFILIATE
 * to the handle Search.gov gave the site: letters, digits, `-` and `_`.
 */
export const searchGovAffiliate = readAffiliate(process.env.CAP_SEARCHGOV_AFFILIATE);

function readAffiliate(value: string | undefined): string | undefined {
  const handle = value?.trim();
  if (!handle) return undefined;
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(handle)) {
    throw new Error(`CAP_SEARCHGOV_AFFILIATE must be a Search.gov site handle (letters, digits, - and _), not ${JSON.stringify(handle)}.`);
  }
  return handle;
}

/**
 * The federal Digital Analytics Program: the agency code DAP gave the site (`GSA`, `DHS`…), set in CAP_DAP_AGENCY. Unset
 * (the default), pages load no analytics. Set, every page loads DAP's script from dap.digitalgov.gov, and the
 * Content-Security-Policy (src/lib/security-headers.ts) allows that script and the Google Analytics hosts it reports to.
 * A value that is not a code (letters, digits, `-`, `_`) stops the build.
 */
export const dapAgency = readDapAgency(process.env.CAP_DAP_AGENCY);

function readDapAgency(value: string | undefined): string | undefined {
  const agency = value?.trim();
  if (!agency) return undefined;
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$/.test(agency)) {
    throw new Error(`CAP_DAP_AGENCY must be a DAP agency code (letters, digits, - and _), such as "GSA", not ${JSON.stringify(agency)}.`);
  }
  return agency;
}
