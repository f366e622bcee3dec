/**
 * The files the site publishes from disk: the content folder's `assets/` (images and documents
 * named by content) and `public/`. Each must be a regular file inside its folder once links are
 * followed, within the size limits; an SVG must be a picture, never a program.
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { LIMITS } from '../schemas/limits.ts';
import type { Problem } from './check.ts';

const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i;

/** What makes an SVG more than a picture: scripts, event handlers, embedded HTML, and anything fetched from elsewhere. */
const SVG_RULES: readonly (readonly [RegExp, string])[] = [
  [/<script\b/i, 'a <script> element'],
  [/<foreignObject\b/i, 'a <foreignObject> element'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
  [/<!(DOCTYPE|ENTITY)\b/i, 'a DOCTYPE or entity declaration'],
  [/<\?xml-stylesheet\b/i, 'an external stylesheet'],
  [/\b(?:xlink:)?href\s*=\s*(["'])\s*(?!#)/i, 'a link or reference to another file (href not starting with "#")'],
  [/\b(?:xlink:)?href\s*=\s*(?!["'])/i, 'an unquoted href'],
  [/url\(\s*(["']?)\s*(?!#)/i, 'a url() reference to another file'],
  [/@import\b/i, 'an @import'],
  [/javascript:/i, 'a javascript: address'],
  [/<(iframe|embed|object|audio|video)\b/i, 'an embedded document or media element'],
  [/<(set|animate)\b[^>]*attributeName\s*=\s*["']?(?:xlink:)?href/i, 'an animation that rewrites a link'],
];

/** Why an SVG is refused, or an empty list. */
function svgProblems(source: string): string[] {
  return SVG_RULES.filter(([rule]) => rule.test(source)).map(([, what]) => what);
}

export interface SiteFilesReport {
  problems: Problem[];
  /** Site paths of the files in the `public/` folders (`/favicon.ico`). */
  publicAddresses: string[];
}

/**
 * Checks every file under `roots` (the first is the content folder's `assets/`, the rest are
 * `public/` folders). Problems name files relative to `contentDir` (assets) or the working folder.
 */
export async function checkSiteFiles(roots: readonly string[], contentDir: string): Promise<SiteFilesReport> {
  const problems: Problem[] = [];
  const publicAddresses: string[] = [];
  for (const [index, root] of roots.entries()) {
    const realRoot = await realpath(root).catch(() => undefined);
    if (!realRoot) continue;
    const shown = (file: string) => path.relative(index === 0 ? contentDir : process.cwd(), file);
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      const info = await lstat(file);
      let target = file;
      if (info.isSymbolicLink()) {
        const resolved = await realpath(file).catch(() => undefined);
        if (!resolved || !resolved.startsWith(realRoot + path.sep)) {
          problems.push({ file: shown(file), message: `is a link to ${resolved ? 'a file outside its folder' : 'nothing'}; put the file itself here` });
          continue;
        }
        target = resolved;
      }
      const targetInfo = target === file ? info : await stat(target);
      if (targetInfo.isDirectory()) continue;
      if (!targetInfo.isFile()) {
        problems.push({ file: shown(file), message: 'must be a regular file' });
        continue;
      }
      const limit = IMAGE.test(file) ? LIMITS.imageBytes : LIMITS.documentBytes;
      if (targetInfo.size > limit) {
        problems.push({
          file: shown(file),
          message: `the file is ${targetInfo.size.toLocaleString('en-US')} bytes; the limit for ${IMAGE.test(file) ? 'an image' : 'a document'} is ${limit.toLocaleString('en-US')}`,
        });
        continue;
      }
      if (/\.svg$/i.test(file)) {
        const refused = svgProblems(await readFile(target, 'utf8'));
        if (refused.length > 0)
          problems.push({ file: shown(file), message: `SVG images may not hold ${refused.join(', ')}; export it again as a plain picture` });
      }
      if (index > 0) publicAddresses.push(`/${path.relative(root, file).split(path.sep).join('/')}`);
    }
  }
  return { problems, publicAddresses };
}
