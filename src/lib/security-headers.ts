/**
 * The one source of the site's HTTP policy: the Content-Security-Policy of each kind of page, the other security headers,
 * and how long each file may be cached. BaseLayout puts the page's policy in a `<meta http-equiv>`; the build writes the
 * same policies and headers for web servers (`_headers`, and the files `deploy/nginx.conf` includes), so the page and the
 * server never disagree. The site has no inline script or style (astro.config keeps every script and stylesheet in a
 * file), so no policy needs `'unsafe-inline'`, a hash or a nonce.
 */

/** The headers file Netlify and Cloudflare Pages read from the site's root. */
export const HEADERS_FILE_PATH = '/_headers';
/** The folder of files for web servers, not readers (what `deploy/nginx.conf` includes, the redirects as JSON); nginx answers 404 under it. */
export const SERVER_FILES_PATH = '/_server/';

/** A page's kind, as far as its policy goes: only the search page runs Pagefind (WebAssembly in a Web Worker). */
export type PageKind = 'page' | 'search';

export interface PolicySettings {
  /** The Digital Analytics Program agency code (`CAP_DAP_AGENCY`); when set, pages load DAP's script. */
  dapAgency?: string | undefined;
  /** The Search.gov site handle (`CAP_SEARCHGOV_AFFILIATE`); when set, the header search form submits to Search.gov. */
  searchGovAffiliate?: string | undefined;
}

/** Where DAP's script is served from (GSA's central copy). */
const DAP_ORIGIN = 'https://dap.digitalgov.gov';

/**
 * What DAP needs beyond its own script, as DAP's README (digital-analytics-program/gov-wide-code, "Content Security
 * Policy") lists it: it loads Google's GA4 tag library, which sends hits to Google Analytics' collection hosts
 * (`www.`, `region1.` … `google-analytics.com`, and `*.analytics.google.com`).
 */
const DAP_SCRIPT_SOURCES = [DAP_ORIGIN, 'https://www.googletagmanager.com'];
const DAP_CONNECT_SOURCES = ['https://*.google-analytics.com', 'https://*.analytics.google.com'];

/** Where the header search sends queries when the site uses Search.gov. */
const SEARCHGOV_ORIGIN = 'https://search.usa.gov';

/** DAP's script address for an agency (`?agency=GSA`). */
export function dapScriptUrl(agency: string): string {
  return `${DAP_ORIGIN}/Universal-Federated-Analytics-Min.js?agency=${encodeURIComponent(agency)}`;
}

type Directives = Map<string, string[]>;

function add(directives: Directives, name: string, sources: readonly string[]): void {
  const current = directives.get(name) ?? ["'self'"];
  directives.set(name, [...current, ...sources.filter((source) => !current.includes(source))]);
}

/**
 * The directives of one kind of page. `frame-ancestors` is left to {@link contentSecurityPolicy}: a `<meta>` policy cannot
 * carry it (browsers ignore it there and log an error).
 */
function directives(kind: PageKind, settings: PolicySettings): Directives {
  const result: Directives = new Map([
    ['default-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ]);
  if (settings.searchGovAffiliate) add(result, 'form-action', [SEARCHGOV_ORIGIN]);
  if (kind === 'search') {
    // Pagefind compiles its WebAssembly search in the page (its worker is turned off) and fetches the index from this site.
    add(result, 'script-src', ["'wasm-unsafe-eval'"]);
    add(result, 'connect-src', []);
  }
  if (settings.dapAgency) {
    add(result, 'script-src', DAP_SCRIPT_SOURCES);
    add(result, 'connect-src', DAP_CONNECT_SOURCES);
  }
  return result;
}

/**
 * The Content-Security-Policy of one kind of page: as a `meta` tag carries it, or as a `header` (which adds
 * `frame-ancestors 'none'`, so no other site can frame a page).
 */
export function contentSecurityPolicy(kind: PageKind, settings: PolicySettings, delivery: 'meta' | 'header'): string {
  const result = directives(kind, settings);
  if (delivery === 'header') result.set('frame-ancestors', ["'none'"]);
  return [...result].map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * Paths served with the search page's policy: the page itself, and Pagefind's files. A Web Worker is governed by the policy
 * of its own script's response, not the page's, so Pagefind's worker needs `'wasm-unsafe-eval'` in the header of
 * `/pagefind/pagefind-worker.js` too.
 */
const SEARCH_PATHS: readonly RegExp[] = [/^\/search\/(index\.html)?$/, /^\/pagefind\//];

/** The kind of page a site path serves. */
export function pageKind(pathname: string): PageKind {
  return SEARCH_PATHS.some((pattern) => pattern.test(pathname)) ? 'search' : 'page';
}

/** A JavaScript pattern as an nginx regex (PCRE): the same, without JavaScript's escaped slashes. */
const nginxRegex = (pattern: RegExp) => `~${pattern.source.replace(/\\\//g, '/')}`;

/** Every header but the CSP, the same on every response. */
const OTHER_HEADERS: readonly (readonly [string, string])[] = [
  // Two years, subdomains included, ready for the preload list, as https.cio.gov asks of .gov sites.
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // The site uses none of these; no script it loads may ask for them.
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** The security headers of one kind of page, in the order servers send them. */
export function securityHeaders(kind: PageKind, settings: PolicySettings): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(kind, settings, 'header')],
    ...OTHER_HEADERS.map(([name, value]): [string, string] => [name, value]),
  ];
}

/** A year, never revalidated: the file's name changes when its content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and other files whose names stay the same: a few minutes, so a new build reaches readers soon. */
const SHORT = 'public, max-age=300';
/** Pagefind's unhashed entry files name the hashed index of their build: always ask whether they changed. */
const REVALIDATE = 'no-cache';

/**
 * How long a browser or CDN may keep a file, by path. Astro names `/_astro/` files by content hash, and Pagefind does the
 * same for its index, fragment, filter and meta files (`*.pf_*`); its other files (`pagefind.js`, the worker, the
 * WebAssembly, `pagefind-entry.json`) keep their names from build to build.
 */
const CACHE_RULES: readonly { pattern: RegExp; cacheControl: string; what: string }[] = [
  { pattern: /^\/_astro\//, cacheControl: IMMUTABLE, what: "Astro's hashed scripts, styles and images" },
  { pattern: /^\/pagefind\/.*\.pf_[a-z]+$/, cacheControl: IMMUTABLE, what: "Pagefind's hashed index files" },
  { pattern: /^\/pagefind\//, cacheControl: REVALIDATE, what: "Pagefind's entry files, which name the hashed ones" },
  { pattern: /^\//, cacheControl: SHORT, what: 'pages and every other file' },
];

/** The Cache-Control of a site path: the first of {@link CACHE_RULES} that matches. */
export function cacheControl(pathname: string): string {
  return CACHE_RULES.find((rule) => rule.pattern.test(pathname))?.cacheControl ?? SHORT;
}

/**
 * The policy a host without per-path control sends as a header (`_headers`, a CloudFront response headers policy): the
 * widest page kind's (the search page's), with `frame-ancestors`. Every page's own `<meta>` policy narrows it to that
 * page's kind, since a browser enforces both.
 */
export function siteWidePolicy(settings: PolicySettings): string {
  return contentSecurityPolicy('search', settings, 'header');
}

/**
 * `_headers` for Netlify and Cloudflare Pages. Those hosts join the values of a header that two matching rules set, so
 * each header is set by one rule only: the security headers for every path, and Cache-Control only where it differs
 * from the host's own default (which revalidates pages): the hashed files.
 */
export function headersFile(settings: PolicySettings): string {
  const lines = ['# Generated by the build from src/lib/security-headers.ts; edit that module, not this file.', '/*'];
  lines.push(`  Content-Security-Policy: ${siteWidePolicy(settings)}`);
  for (const [name, value] of OTHER_HEADERS) lines.push(`  ${name}: ${value}`);
  for (const path of ['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*']) lines.push('', path, `  Cache-Control: ${IMMUTABLE}`);
  return `${lines.join('\n')}\n`;
}

/** An nginx string literal. nginx has no escape for `$` (a variable) or a way to end a quoted value early: refuse them. */
function nginxString(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`Not a plain nginx string: ${JSON.stringify(value)}`);
  return `"${value}"`;
}

/**
 * For nginx's `http` block: `$cap_content_security_policy` by path (exact per page kind) and `$cap_cache_control` by path,
 * from {@link CACHE_RULES}. Maps keep every `add_header` at server level: nginx drops inherited `add_header`s in any location
 * that adds its own.
 */
export function nginxMaps(settings: PolicySettings): string {
  const search = nginxString(contentSecurityPolicy('search', settings, 'header'));
  return [
    '# Generated by the build from src/lib/security-headers.ts; edit that module, not this file.',
    'map $uri $cap_content_security_policy {',
    `  default ${nginxString(contentSecurityPolicy('page', settings, 'header'))};`,
    ...SEARCH_PATHS.map((pattern) => `  ${nginxRegex(pattern)} ${search};`),
    '}',
    '',
    'map $uri $cap_cache_control {',
    ...CACHE_RULES.map((rule) => `  ${nginxRegex(rule.pattern)} ${nginxString(rule.cacheControl)};`),
    '}',
    '',
  ].join('\n');
}

/** For nginx's `server` block (and any location that sets a header of its own): every header, on every status. */
export function nginxHeaders(): string {
  return [
    '# Generated by the build from src/lib/security-headers.ts; edit that module, not this file.',
    'add_header Content-Security-Policy $cap_content_security_policy always;',
    ...OTHER_HEADERS.map(([name, value]) => `add_header ${name} ${nginxString(value)} always;`),
    'add_header Cache-Control $cap_cache_control always;',
    '',
  ].join('\n');
}
