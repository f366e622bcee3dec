/**
 * `npm run check:content`: validates every content file (and the files content names) before
 * Astro runs, with one clear line per problem and no stack trace. `npm run build` runs it as its
 * own process and reads its exit code: 1 when there are problems, 3 when there is no content.
 */
import path from 'node:path';
import { checkContent, formatProblem, formatWarning } from '../content-check/check.ts';
import { contentDir, publicDir } from '../site-config.ts';

const root = path.relative(process.cwd(), contentDir) || '.';
const { files, problems, warnings } = await checkContent(contentDir, { publicDirs: [publicDir] });
for (const warning of warnings) console.warn(formatWarning(root, warning));
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(root, problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the content.`);
  process.exit(1);
}
if (files === 0) {
  console.error(`No content found in ${root}: expected goals/*.md (set CAP_CONTENT_DIR to another folder).`);
  process.exit(3);
}
console.log(`Content OK: ${files} files in ${root}.`);
