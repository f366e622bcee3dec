/**
 * `npm run import -- <source folder> [--out <folder>] [--force]`: converts legacy Jekyll goal
 * pages (`_cap-goal-page/*.md`) and posts (`_posts/*.md`) into the site's content format.
 * Prints a line per file with every warning, and a summary. Writes only inside `--out`, never
 * through a symlink (see `importer/output-folder.ts`). Exit code 0 when every file
 * converted (or was already converted), 1 when any failed, 2 for a wrong command line.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readOutput, writeInside } from '../importer/output-folder.ts';
import { reportLines, summaryLine } from '../importer/report.ts';
import { importFiles } from '../importer/run.ts';
import { existingGoalAddresses, findSources } from '../importer/sources.ts';
import { contentDir } from '../site-config.ts';

const USAGE = 'usage: npm run import -- <source folder> [--out <folder>] [--force]';

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [sourceArgument] = args.positionals;
if (args.positionals.length !== 1 || sourceArgument === undefined) {
  console.error(USAGE);
  process.exit(2);
}

const source = path.resolve(sourceArgument);
const out = path.resolve(args.values.out ?? contentDir);
let found;
try {
  found = findSources(source);
} catch (error) {
  console.error(`Cannot read ${source}: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

const shownOut = path.relative(process.cwd(), out) || '.';
const { existing, links } = readOutput(out);
const results = importFiles({
  sources: found.sources,
  skipped: found.skipped,
  existing,
  links,
  existingGoals: existingGoalAddresses(existing),
  force: args.values.force,
});
for (const result of results) {
  if (!result.write || !result.output) continue;
  const problem = writeInside(out, shownOut, result.output, result.write, args.values.force);
  if (!problem) continue;
  result.status = 'failed';
  result.errors.push({ message: problem });
  delete result.write;
}

for (const line of reportLines(results)) console.log(line);
console.log(`\n${summaryLine(results)} (into ${shownOut}).`);
if (found.sources.length === 0 && found.skipped.length === 0) console.log(`No legacy files found in ${source}: expected _cap-goal-page/*.md or _posts/*.md.`);
process.exit(results.some((r) => r.status === 'failed') ? 1 : 0);
