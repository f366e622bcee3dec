import { describe, expect, it } from 'vitest';
import { nginxRedirects, redirectsByAddress } from '../../src/lib/redirects.ts';
import {
  cacheControl,
  contentSecurityPolicy,
  dapScriptUrl,
  headersFile,
  nginxHeaders,
  nginxMaps,
  pageKind,
  securityHeaders,
  siteWidePolicy,
} from '../../src/lib/security-headers.ts';

const BASE = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
const SEARCH = `${BASE}; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'`;

describe('the Content-Security-Policy', () => {
  it('is the same base policy on every page but search, without frame-ancestors in a meta tag', () => {
    expect(contentSecurityPolicy('page', {}, 'meta')).toBe(BASE);
    expect(contentSecurityPolicy('page', {}, 'header')).toBe(`${BASE}; frame-ancestors 'none'`);
  });

  it('lets the search page run Pagefind: WebAssembly and fetches from the site, and no worker', () => {
    expect(contentSecurityPolicy('search', {}, 'meta')).toBe(SEARCH);
    expect(contentSecurityPolicy('search', {}, 'header')).toBe(`${SEARCH}; frame-ancestors 'none'`);
  });

  it('never allows inline code or eval', () => {
    for (const kind of ['page', 'search'] as const) {
      for (const settings of [{}, { dapAgency: 'GSA', searchGovAffiliate: 'cap' }]) {
        expect(contentSecurityPolicy(kind, settings, 'header')).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*(?!\.)/);
      }
    }
  });

  it('without DAP, names no other site', () => {
    expect(contentSecurityPolicy('search', {}, 'header')).not.toContain('https:');
  });

  it('with DAP, allows its script and Google Analytics, on scripts and connections only', () => {
    expect(contentSecurityPolicy('page', { dapAgency: 'GSA' }, 'meta')).toBe(
      `${BASE}; script-src 'self' https://dap.digitalgov.gov https://www.googletagmanager.com; ` +
        "connect-src 'self' https://*.google-analytics.com https://*.analytics.google.com",
    );
    expect(contentSecurityPolicy('search', { dapAgency: 'GSA' }, 'meta')).toBe(
      `${BASE}; script-src 'self' 'wasm-unsafe-eval' https://dap.digitalgov.gov https://www.googletagmanager.com; ` +
        "connect-src 'self' https://*.google-analytics.com https://*.analytics.google.com",
    );
    expect(dapScriptUrl('GSA')).toBe('https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=GSA');
  });

  it('with Search.gov, lets the header search form submit there', () => {
    expect(contentSecurityPolicy('page', { searchGovAffiliate: 'cap' }, 'meta')).toBe(
      "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' https://search.usa.gov",
    );
  });

  it('gives the search policy to the search page and to Pagefind’s files, whose worker needs it', () => {
    expect(['/search/', '/search/index.html', '/pagefind/pagefind-worker.js'].map(pageKind)).toEqual(['search', 'search', 'search']);
    expect(['/', '/CAP/cx/', '/search/x/', '/news/search/', '/404.html'].map(pageKind)).toEqual(['page', 'page', 'page', 'page', 'page']);
  });
});

describe('the other headers and caching', () => {
  it('sends HSTS, nosniff, a referrer policy, a permissions policy and COOP', () => {
    const headers = Object.fromEntries(securityHeaders('page', {}));
    expect(headers).toEqual({
      'Content-Security-Policy': `${BASE}; frame-ancestors 'none'`,
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });

  it('caches hashed files for a year, Pagefind’s entry files not at all, the rest for minutes', () => {
    const year = 'public, max-age=31536000, immutable';
    expect(cacheControl('/_astro/BaseLayout.vn1ItihK.css')).toBe(year);
    expect(cacheControl('/pagefind/fragment/en_4046f16.pf_fragment')).toBe(year);
    expect(cacheControl('/pagefind/pagefind.en_e15aafa579.pf_meta')).toBe(year);
    expect(cacheControl('/pagefind/pagefind-entry.json')).toBe('no-cache');
    expect(cacheControl('/pagefind/wasm.en.pagefind')).toBe('no-cache');
    expect(cacheControl('/CAP/cx/')).toBe('public, max-age=300');
    expect(cacheControl('/news/rss.xml')).toBe('public, max-age=300');
  });
});

describe('what servers read', () => {
  it('_headers sets each header once, with the widest policy that every page’s meta narrows', () => {
    const file = headersFile({});
    expect(siteWidePolicy({})).toBe(`${SEARCH}; frame-ancestors 'none'`);
    expect(file).toContain(`/*\n  Content-Security-Policy: ${SEARCH}; frame-ancestors 'none'\n  Strict-Transport-Security: max-age=63072000`);
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(file.match(/Content-Security-Policy:/g)).toHaveLength(1);
    // Netlify and Cloudflare join a header two matching rules set: no path may get Cache-Control twice.
    expect(file).not.toMatch(/^\/\*\n(?: {2}.*\n)* {2}Cache-Control/m);
  });

  it('nginx maps: the page policy by default, the search policy for search and Pagefind, cache rules in order', () => {
    const maps = nginxMaps({});
    expect(maps).toContain(`map $uri $cap_content_security_policy {\n  default "${BASE}; frame-ancestors 'none'";\n`);
    expect(maps).toContain(`  ~^/search/(index\\.html)?$ "${SEARCH}; frame-ancestors 'none'";\n`);
    expect(maps).toContain(`  ~^/pagefind/ "${SEARCH}; frame-ancestors 'none'";\n`);
    expect(maps).toContain(
      [
        'map $uri $cap_cache_control {',
        '  ~^/_astro/ "public, max-age=31536000, immutable";',
        '  ~^/pagefind/.*\\.pf_[a-z]+$ "public, max-age=31536000, immutable";',
        '  ~^/pagefind/ "no-cache";',
        '  ~^/ "public, max-age=300";',
        '}',
      ].join('\n'),
    );
  });

  it('nginx headers: every header on every status', () => {
    const lines = nginxHeaders()
      .split('\n')
      .filter((line) => line.startsWith('add_header'));
    expect(lines).toHaveLength(7);
    for (const line of lines) expect(line).toMatch(/ always;$/);
    expect(lines[0]).toBe('add_header Content-Security-Policy $cap_content_security_policy always;');
  });

  it('nginx redirects: a 301 per address a static server answers, keeping the query', () => {
    const conf = nginxRedirects([
      { from: '/CAP/CAP_goal_4.html', to: '/CAP/cx/', title: 'CX' },
      { from: '/CAP/leveragingdata', to: '/CAP/leveraging-data/', title: 'Data' },
    ]);
    expect(conf.split('\n').filter((line) => line.startsWith('location'))).toEqual([
      'location = "/CAP/CAP_goal_4.html" { return 301 "/CAP/cx/$is_args$args"; }',
      'location = "/CAP/leveragingdata" { return 301 "/CAP/leveraging-data/$is_args$args"; }',
      'location = "/CAP/leveragingdata/" { return 301 "/CAP/leveraging-data/$is_args$args"; }',
      'location = "/CAP/leveragingdata/index.html" { return 301 "/CAP/leveraging-data/$is_args$args"; }',
    ]);
  });

  it('the same redirects as JSON, for other hosts', () => {
    expect(redirectsByAddress([{ from: '/CX-HISP-Action-Plans/', to: '/news/hisp/', title: 'HISP' }])).toEqual({
      '/CX-HISP-Action-Plans': '/news/hisp/',
      '/CX-HISP-Action-Plans/': '/news/hisp/',
      '/CX-HISP-Action-Plans/index.html': '/news/hisp/',
    });
  });

  it('nginx redirects refuse a path that could end the quoted string or name a variable', () => {
    for (const from of ['/a"; return 200 "x', '/a$host', '/a b', '/a\\b']) {
      expect(() => nginxRedirects([{ from, to: '/CAP/cx/', title: 'x' }]), from).toThrow(/Not a clean site path/);
    }
  });
});
