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
