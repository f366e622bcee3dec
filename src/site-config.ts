/**
 * The one place the site's settings live. Read by astro.config.mjs, content.config.ts
 * and the command-line tools, so it uses only Node built-ins.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

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
