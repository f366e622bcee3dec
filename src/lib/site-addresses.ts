/**
 * The address registry: every address the built site will answer, with who claims it. Built once
 * before Astro runs (by the content check), so two things claiming one address (a redirect over
 * the home page, a permalink over another goal's plan page) stop the build instead of one
 * silently replacing the other. The same redirects give the final address of every link.
 */
import { CATALOG_PATH, DATA_PATH, goalJsonPath, goalStratmlPath } from './open-data/paths.ts';
import { GOAL_CATEGORIES } from '../schemas/goal.ts';
import { categoryId, UNCATEGORISED } from './goal-order.ts';
import { kpiCsvAddresses } from './kpi-section.ts';
import { planUrl } from './plan-pages.ts';
import { HEADERS_FILE_PATH, SERVER_FILES_PATH } from './security-headers.ts';
import { ACCESSIBILITY_PATH, ACTION_PLANS_PATH, categoryUrl, FEED_PATH, NEWS_PATH, OVERVIEW_PATH, postUrl, SEARCH_PATH, TAGS_PATH } from './urls.ts';
import type { Kpi } from '../schemas/kpi.ts';
import type { Period } from '../schemas/period.ts';

/** Who claims an address: a content file and the field as the editor wrote it, or the site itself. */
export interface Claimant {
  /** Content file, relative to the content folder (`goals/cx.md`); undefined for the site's own routes and files. */
  file?: string | undefined;
  /** Field as written (`permalink`, `redirect_from`, `redirectFrom.2`), or what the site uses the address for. */
  field: string;
}

/**
 * How an address is written to disk: a `page` is a folder with `index.html`; a `file` is that
 * exact file (nothing may live under it); a `prefix` reserves everything under it.
 */
type AddressKind = 'page' | 'file' | 'prefix';

export interface Claim {
  /** The address, normalised by {@link addressKey}. */
  key: string;
  /** The address as claimed. */
  address: string;
  kind: AddressKind;
  by: Claimant;
}

export interface Collision {
  address: string;
  first: Claimant;
  second: Claimant;
}

/**
 * One key per address a static host serves as one: `/x`, `/x/` and `/x/index.html` are the same.
 * Case is kept: static hosts are case-sensitive.
 */
export function addressKey(address: string): string {
  const path = address.replace(/\/index\.html?$/i, '/').replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/** Old addresses written as that exact file (`/CAP/CAP_goal_4.html`); others become a folder's `index.html`. */
const isFileAddress = (address: string) => /\.html?$/i.test(address) && !/\/index\.html?$/i.test(address);

/** The site's own routes and files: claimed whatever the content holds. */
const SITE_ROUTES: readonly (readonly [string, AddressKind, string])[] = [
  ['/', 'page', 'the home page'],
  ['/404.html', 'file', 'the "page not found" page'],
  [SEARCH_PATH, 'page', 'the search page'],
  [OVERVIEW_PATH, 'page', 'the goals overview'],
  // The index with its pages by fiscal year (`fy2021/`), by goal (`goal/cx/`) and of its goal list (`page/2/`): plans-index-page.ts.
  [ACTION_PLANS_PATH, 'prefix', 'the index of action plans'],
  // Each category's pages of goals, whether or not a goal is in it yet, so an address never changes hands.
  ...[...GOAL_CATEGORIES, UNCATEGORISED].flatMap((category): (readonly [string, AddressKind, string])[] => [
    [categoryUrl(categoryId(category)), 'page', `the goals of ${category}`],
    [`${categoryUrl(categoryId(category))}page/`, 'prefix', `the pages of the goals of ${category}`],
  ]),
  [ACCESSIBILITY_PATH, 'page', 'the accessibility statement'],
  [NEWS_PATH, 'page', 'the news index'],
  [`${NEWS_PATH}page/`, 'prefix', 'the pages of the news index'],
  [TAGS_PATH, 'prefix', 'the news tag pages'],
  [FEED_PATH, 'file', 'the RSS feed'],
  [DATA_PATH, 'prefix', 'the open data page and files'],
  [CATALOG_PATH, 'file', 'the data catalog (DCAT-US)'],
  ['/robots.txt', 'file', 'robots.txt'],
  ['/.well-known/', 'prefix', 'security.txt and other well-known files'],
  ['/sitemap-index.xml', 'file', 'the sitemap'],
  ['/pagefind/', 'prefix', 'the search index'],
  ['/_astro/', 'prefix', "the site's scripts, styles and images"],
  [HEADERS_FILE_PATH, 'file', 'the headers file for Netlify and Cloudflare Pages'],
  [SERVER_FILES_PATH, 'prefix', 'files for web servers (deploy/nginx.conf)'],
];

/** Sitemap files `@astrojs/sitemap` writes: `/sitemap-0.xml`, `/sitemap-1.xml`, … as the site grows. */
const SITEMAP_PART = /^\/sitemap-\d+\.xml$/i;

export interface AddressInput {
  goals: readonly {
    file: string;
    permalink: string;
    /** Old addresses with the field each came from (`redirectFrom.0`, `redirect_from`, `url`). */
    redirects: readonly { from: string; field: string }[];
    actionPlans: readonly { period: Period }[];
    /** Indicators: each with values has a CSV file. */
    kpis?: { titles: readonly Kpi[] } | undefined;
  }[];
  posts: readonly { file: string; id: string; redirects: readonly { from: string; field: string }[] }[];
  /** Files in `public/`, as site paths (`/favicon.ico`). */
  publicFiles?: readonly string[];
}

/** Every claim on an address: the site's routes, public files, goals, their plan pages, posts, and every old address. */
export function siteClaims({ goals, posts, publicFiles = [] }: AddressInput): Claim[] {
  const claim = (address: string, kind: AddressKind, by: Claimant): Claim => ({ key: addressKey(address), address, kind, by });
  const redirectKind = (from: string): AddressKind => (isFileAddress(from) ? 'file' : 'page');
  return [
    ...SITE_ROUTES.map(([address, kind, what]) => claim(address, kind, { field: what })),
    ...publicFiles.map((address) => claim(address, 'file', { file: `public${address}`, field: 'a file in public/' })),
    ...goals.flatMap((goal) => [
      claim(goal.permalink, 'page', { file: goal.file, field: 'permalink' }),
      claim(goalJsonPath(goal.permalink), 'file', { file: goal.file, field: "the goal's open data file (goal.json)" }),
      claim(goalStratmlPath(goal.permalink), 'file', { file: goal.file, field: "the goal's StratML file (stratml.xml)" }),
      ...goal.actionPlans.map((plan, i) => claim(planUrl(goal.permalink, plan.period), 'page', { file: goal.file, field: `the page of action plan ${i + 1}` })),
      ...goal.redirects.map(({ from, field }) => claim(from, redirectKind(from), { file: goal.file, field })),
      ...kpiCsvAddresses(goal.permalink, goal.kpis?.titles ?? []).flatMap((address, i) =>
        address ? [claim(address, 'file', { file: goal.file, field: `the CSV file of kpis.titles[${i + 1}]` })] : [],
      ),
    ]),
    ...posts.flatMap((post) => [
      claim(postUrl(post.id), 'page', { file: post.file, field: 'the post page (its file name)' }),
      ...post.redirects.map(({ from, field }) => claim(from, redirectKind(from), { file: post.file, field })),
    ]),
  ];
}

/**
 * Pairs of claims on one address, or on addresses that cannot both exist on disk: anything
 * under a `file` or a `prefix`. The first claimant is the earlier one (site routes come first), or the file or prefix.
 */
export function findCollisions(claims: readonly Claim[]): Collision[] {
  const collisions: Collision[] = [];
  const byKey = new Map<string, Claim>();
  for (const claim of claims) {
    const earlier = byKey.get(claim.key) ?? (SITEMAP_PART.test(claim.key) ? sitemapClaim : undefined);
    if (earlier) collisions.push({ address: claim.address, first: earlier.by, second: claim.by });
    else byKey.set(claim.key, claim);
  }
  const blocking = new Map([...byKey].filter(([, claim]) => claim.kind !== 'page'));
  for (const claim of byKey.values()) {
    const above = ancestorIn(claim.key, blocking);
    if (above) collisions.push({ address: claim.address, first: above.by, second: claim.by });
  }
  return collisions;
}

const sitemapClaim: Claim = { key: '/sitemap-N.xml', address: '/sitemap-N.xml', kind: 'file', by: { field: 'the sitemap' } };

function ancestorIn(key: string, blocking: ReadonlyMap<string, Claim>): Claim | undefined {
  for (let cut = key.lastIndexOf('/'); cut > 0; cut = key.lastIndexOf('/', cut - 1)) {
    const found = blocking.get(key.slice(0, cut));
    if (found) return found;
  }
  return undefined;
}

/** "goals/cx.md (permalink)" or "the site (the news index)". */
export function describeClaimant(by: Claimant): string {
  return by.file ? `${by.file} (${by.field})` : `the site (${by.field})`;
}

/**
 * The final address of a site link: an old address is replaced by the page it redirects to,
 * keeping any query or fragment. Other links are returned as they are.
 */
export function finalAddress(link: string, redirects: ReadonlyMap<string, string>): string {
  if (!link.startsWith('/')) return link;
  const [, path = link, rest = ''] = /^([^?#]*)(.*)$/.exec(link) ?? [];
  const target = redirects.get(addressKey(path));
  return target === undefined ? link : `${target}${rest}`;
}

/** Old address (as a key) → the page it now points to. */
export function redirectMap(redirects: readonly { from: string; to: string }[]): Map<string, string> {
  return new Map(redirects.map(({ from, to }) => [addressKey(from), to]));
}

/** The site links a goal's content holds. */
interface GoalLinks {
  featured?: { url: string } | undefined;
  resources: readonly { url: string }[];
  currentActionPlan?: string | undefined;
  kpis?: { dashboardUrl?: string | undefined } | undefined;
  events: readonly { url?: string | undefined }[];
  actionPlans: readonly { document: string }[];
  previous?: { url: string } | undefined;
  next?: { url: string } | undefined;
}

/** The goal with every link to an old address replaced by its final address, so no reader lands on a redirect page. */
export function withFinalLinks<T extends GoalLinks>(goal: T, redirects: ReadonlyMap<string, string>): T {
  const final = (url: string) => finalAddress(url, redirects);
  const finalOptional = (url: string | undefined) => (url === undefined ? undefined : final(url));
  return {
    ...goal,
    featured: goal.featured && { ...goal.featured, url: final(goal.featured.url) },
    resources: goal.resources.map((resource) => ({ ...resource, url: final(resource.url) })),
    currentActionPlan: finalOptional(goal.currentActionPlan),
    kpis: goal.kpis && { ...goal.kpis, dashboardUrl: finalOptional(goal.kpis.dashboardUrl) },
    events: goal.events.map((event) => ({ ...event, url: finalOptional(event.url) })),
    actionPlans: goal.actionPlans.map((plan) => ({ ...plan, document: final(plan.document) })),
    previous: goal.previous && { ...goal.previous, url: final(goal.previous.url) },
    next: goal.next && { ...goal.next, url: final(goal.next.url) },
  };
}
