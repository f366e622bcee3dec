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

/**
 * Who answers questions about the open data: the contact point of every dataset in the DCAT-US
 * catalog (`/data.json`). Set CAP_DATA_CONTACT_NAME and CAP_DATA_CONTACT_EMAIL (an email address) for the real one.
 */
export const dataContact = {
  name: process.env.CAP_DATA_CONTACT_NAME ?? 'CAP goals open data team',
  email: process.env.CAP_DATA_CONTACT_EMAIL ?? 'open-data@cap-goals.example.gov',
};

/** How many posts a page of the news index (and of each tag) lists. */
export const newsPerPage = 10;

/** How many tags a page of the index of tags (`/news/tags/`) lists: each goal can bring a tag of its own. */
export const tagsPerPage = 100;

/**
 * How many plans a page of the action plan index lists (a fiscal year's, a goal's), and how many goals a page of its
 * goal list links: the pages stay the same size however many goals the site has.
 */
export const plansIndexPerPage = 50;
/** How many goal cards the home page shows per category; the rest are a link away. */
export const homeGoalsPerCategory = 3;

/** How many goal cards the overview (`/CAP/overview/`) shows per category; the rest are on the category's own pages. */
export const overviewGoalsPerCategory = 12;

/** How many goals a page of a category (`/CAP/overview/mission-priority-areas/`) lists. */
export const goalsPerPage = 24;

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

/*
 * The federal furniture every page carries (Federal Website Standards, OMB M-23-22): feedback,
 * contact, accessibility statement, privacy and vulnerability disclosure. Defaults marked
 * "placeholder" are not real addresses: a launching agency sets them (README, "Settings a
 * launching agency must fill in"). A value that is not an https: or mailto: address stops the build.
 */

/**
 * Where "Was this page helpful?" and "Report a problem" send a reader: an https form, which gets
 * the page's address and the answer as `page` and `feedback` query parameters, or a `mailto:`
 * address, which gets them in the subject and body. CAP_FEEDBACK_URL; the default is a placeholder.
 */
export const feedbackUrl = readLink('CAP_FEEDBACK_URL', 'mailto:feedback@cap-goals.example.gov');

/** The "Contact" link in the footer: an https page or a `mailto:` address. CAP_CONTACT_URL; the default is a placeholder. */
export const contactUrl = readLink('CAP_CONTACT_URL', 'mailto:contact@cap-goals.example.gov');

/** The Section 508 contact named on `/accessibility/`: an https page or a `mailto:` address. CAP_SECTION_508_CONTACT; the default is a placeholder. */
export const section508Contact = readLink('CAP_SECTION_508_CONTACT', 'mailto:section508@cap-goals.example.gov');

/** The day the accessibility statement was last reviewed, `YYYY-MM-DD`, shown on `/accessibility/`. CAP_ACCESSIBILITY_REVIEWED. */
export const accessibilityReviewed = readDay('CAP_ACCESSIBILITY_REVIEWED', '2026-12-02');

/** The privacy policy the footer links to. CAP_PRIVACY_POLICY_URL; by default GSA's site policies: check it is the publishing agency's. */
export const privacyPolicyUrl = readLink('CAP_PRIVACY_POLICY_URL', 'https://www.gsa.gov/website-information/website-policies', ['https:']);

/**
 * The vulnerability disclosure policy, linked from the footer and named as `Policy:` in
 * `/.well-known/security.txt`. CAP_VULNERABILITY_DISCLOSURE_URL; by default GSA's: check it is the publishing agency's.
 */
export const vulnerabilityDisclosureUrl = readLink('CAP_VULNERABILITY_DISCLOSURE_URL', 'https://www.gsa.gov/vulnerability-disclosure-policy', ['https:']);

/** An address setting: only the schemes given, judged as a browser parses it; one clear line when it is wrong. */
function readLink(name: string, fallback: string, schemes: readonly string[] = ['https:', 'mailto:']): string {
  const value = process.env[name]?.trim() || fallback;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const ok =
    url !== undefined &&
    schemes.includes(url.protocol) &&
    (url.protocol === 'mailto:' ? /^[^\s@]+@[^\s@]+$/.test(url.pathname) : url.hostname !== '' && !url.username);
  if (!ok) throw new Error(`${name} must be an ${schemes.map((scheme) => scheme.slice(0, -1)).join(' or ')} address, not ${JSON.stringify(value)}.`);
  return value;
}

/** A day setting written `YYYY-MM-DD`. */
function readDay(name: string, fallback: string): string {
  const value = process.env[name]?.trim() || fallback;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new Error(`${name} must be a day written YYYY-MM-DD, not ${JSON.stringify(value)}.`);
  }
  return value;
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
