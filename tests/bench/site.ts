/**
 * `npm run bench`: builds the site and reports its speed and size. Numbers are printed, not
 * asserted: times vary by machine; the byte budgets that are deterministic live in the tests.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const page = process.argv[2] ?? '/CAP/cx/';

const started = performance.now();
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildSeconds = (performance.now() - started) / 1000;

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const htmlFile = path.join(dist, page, 'index.html');
const html = readFileSync(htmlFile, 'utf8');
const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => path.join(dist, m[1]!));
const css = assets(/<link[^>]+href="(\/_astro\/[^"]+\.css)"/g);
const js = assets(/<script[^>]+src="(\/_astro\/[^"]+\.js)"/g);
const sum = (files: string[]) => files.reduce((total, file) => total + gz(file), 0);
// Astro inlines small stylesheets and scripts; they are counted here, raw, and inside the HTML's gzip.
const inline = (pattern: RegExp) => [...html.matchAll(pattern)].reduce((total, m) => total + Buffer.byteLength(m[1]!), 0);

const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
const htmlCount = files.filter((e) => e.name.endsWith('.html')).length;
const distBytes = files.reduce((total, e) => total + statSync(path.join(e.parentPath, e.name)).size, 0);

console.table({
  'build (s)': buildSeconds.toFixed(1),
  [`${page} HTML (gz bytes)`]: gz(htmlFile),
  [`${page} CSS (gz bytes, ${css.length} files)`]: sum(css),
  [`${page} JS (gz bytes, ${js.length} files)`]: sum(js),
  [`${page} inline <style> (raw bytes)`]: inline(/<style[^>]*>([\s\S]*?)<\/style>/g),
  [`${page} inline <script> (raw bytes)`]: inline(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
  'HTML pages in dist': htmlCount,
  'dist on disk (bytes)': distBytes,
});
