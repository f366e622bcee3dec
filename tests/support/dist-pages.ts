import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The site fixture the browser tests run on (`node tests/fixtures/site/build.ts`), not the real content's `dist/`. */
export const distDir = path.resolve(import.meta.dirname, '../.tmp/site-dist');

/** Every HTML file in the site fixture, as the URL a browser asks for: found by walking the folder, not kept by hand. */
export function distPageUrls(): string[] {
  const urls = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const relative = path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
    })
    .sort();
  if (urls.length === 0) throw new Error(`No HTML files in ${distDir}: run npm run build:fixtures first.`);
  return urls;
}
