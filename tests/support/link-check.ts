/**
 * Checks a built site without a server: every internal link and resource (`href`, `src`,
 * `srcset`, `action`, meta refresh) of every HTML page must name a file of the site (a folder
 * counts when it holds `index.html`; redirect pages count, being files), and every `#fragment`
 * must be an `id` (or `<a name>`) on the page it points at. Links to other sites are not fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** A built site: every file (relative, `/`-separated) and the text of its HTML files. */
export interface SiteFiles {
  files: Set<string>;
  html: Map<string, string>;
}

export interface BrokenLink {
  /** Address of the page holding the link. */
  page: string;
  /** The link as written. */
  link: string;
  reason: string;
}

/** Reads every file of a built site. */
export function readSite(dir: string): SiteFiles {
  const files = new Set<string>();
  const html = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    files.add(relative);
    if (relative.endsWith('.html')) html.set(relative, readFileSync(path.join(dir, relative), 'utf8'));
  }
  return { files, html };
}

/** `CAP/cx/index.html` → `/CAP/cx/`; `CAP/CAP_goal_4.html` → `/CAP/CAP_goal_4.html`. */
export function pageAddress(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The file a path is served from, or undefined: exact file, else a folder's `index.html`. */
export function fileFor(site: SiteFiles, pathname: string): string | undefined {
  const relative = pathname.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) return site.files.has(`${relative}index.html`) ? `${relative}index.html` : undefined;
  if (site.files.has(relative)) return relative;
  return site.files.has(`${relative}/index.html`) ? `${relative}/index.html` : undefined;
}

const idCache = new WeakMap<SiteFiles, Map<string, Set<string>>>();

/** Every `id` and `<a name>` of an HTML file. */
function idsOf(site: SiteFiles, file: string): Set<string> {
  let cache = idCache.get(site);
  if (!cache) idCache.set(site, (cache = new Map()));
  let ids = cache.get(file);
  if (!ids) {
    const root = parse(site.html.get(file) ?? '');
    ids = new Set([
      ...root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!),
      ...root.querySelectorAll('a[name]').map((el) => el.getAttribute('name')!),
    ]);
    cache.set(file, ids);
  }
  return ids;
}

/** The target of a `<meta http-equiv="refresh">`, if the page has one. */
export function refreshTarget(root: HTMLElement): string | undefined {
  const meta = root.querySelectorAll('meta').find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'refresh');
  return meta
    ?.getAttribute('content')
    ?.match(/url\s*=\s*['"]?([^'"]+)/i)?.[1]
    ?.trim();
}

/** Every link-like attribute value of a page. */
function linksOf(root: HTMLElement): string[] {
  const links: string[] = [];
  const attrs: [selector: string, attr: string][] = [
    ['a[href]', 'href'],
    ['area[href]', 'href'],
    ['link[href]', 'href'],
    ['img[src]', 'src'],
    ['script[src]', 'src'],
    ['iframe[src]', 'src'],
    ['source[src]', 'src'],
    ['video[src]', 'src'],
    ['video[poster]', 'poster'],
    ['audio[src]', 'src'],
    ['track[src]', 'src'],
    ['embed[src]', 'src'],
    ['object[data]', 'data'],
    ['form[action]', 'action'],
  ];
  for (const [selector, attr] of attrs) for (const el of root.querySelectorAll(selector)) links.push(el.getAttribute(attr)!);
  for (const el of root.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of el.getAttribute('srcset')!.split(',')) {
      const url = candidate.trim().split(/\s+/, 1)[0];
      if (url) links.push(url);
    }
  }
  const refresh = refreshTarget(root);
  if (refresh) links.push(refresh);
  return links;
}

/**
 * Checks every link of every HTML page. `origin` is the site's own origin (`https://x.gov`):
 * absolute links to it are checked like site paths; links to other origins and non-web
 * schemes (mailto:, tel:) are skipped; `javascript:` links are reported.
 */
export function checkLinks(site: SiteFiles, origin: string): { checked: number; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const [file, text] of [...site.html].sort(([a], [b]) => a.localeCompare(b))) {
    const page = pageAddress(file);
    for (const link of linksOf(parse(text))) {
      const report = (reason: string) => broken.push({ page, link, reason });
      if (/^\s*javascript:/i.test(link)) {
        report('javascript: link');
        continue;
      }
      let url: URL;
      try {
        url = new URL(link, new URL(page, origin));
      } catch {
        report('not a valid URL');
        continue;
      }
      if (url.origin !== new URL(origin).origin || !/^https?:$/.test(url.protocol)) continue;
      checked++;
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        report('badly escaped path');
        continue;
      }
      const target = fileFor(site, pathname);
      if (!target) {
        report(`no file for ${pathname}`);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment === '' || fragment === 'top') continue;
      if (!target.endsWith('.html')) {
        report(`#${fragment} points into ${target}, which is not a page`);
        continue;
      }
      let id = fragment;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        // keep it as written
      }
      if (!idsOf(site, target).has(id)) report(`no id "${id}" on ${pageAddress(target)}`);
    }
  }
  return { checked, broken };
}

/**
 * Where a reader ends up after following a site path: the page's file, following redirect pages
 * (meta refresh) up to five times. Undefined when a step has no file.
 */
export function followRedirects(site: SiteFiles, pathname: string, origin: string): string | undefined {
  let at = pathname;
  for (let hop = 0; hop <= 5; hop++) {
    const file = fileFor(site, new URL(at, origin).pathname);
    if (!file || !file.endsWith('.html')) return file;
    const refresh = refreshTarget(parse(site.html.get(file)!));
    if (!refresh) return file;
    at = new URL(refresh, new URL(pageAddress(file), origin)).href;
  }
  return undefined;
}
