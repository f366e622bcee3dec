/**
 * `npm run check:content`: validates every content file before Astro runs, so bad content
 * stops the build with one clear line per problem and no stack trace, and `dist` is untouched.
 */
import path from 'node:path';
import { checkContent, formatProblem } from '../content-check/check.ts';
import { contentDir } from '../site-config.ts';

const root = path.relative(process.cwd(), contentDir) || '.';
const { files, problems } = await checkContent(contentDir);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(root, problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the content; nothing was built.`);
  process.exit(1);
}
if (files === 0) {
  console.error(`No content found in ${root}: expected goals/*.md (set CAP_CONTENT_DIR to another folder).`);
  process.exit(1);
}
console.log(`Content OK: ${files} files in ${root}.`);
