/**
 * `npm run build`: checks the content, builds the whole site (Astro, search index, documents)
 * into a staging folder beside the published one, and only when that build is complete
 * replaces the published folder with it, by a rename. Any failure leaves the published
 * folder as it was and ends with one line naming the cause.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const shown = (dir: string) => path.relative(process.cwd(), dir) || '.';
// A wrong setting (CAP_SEARCHGOV_AFFILIATE…) throws as the settings load: say it in the build's one line.
const { contentDir, outDir, publicDir } = await import('../site-config.ts').catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Build failed: ${message.replace(/\.$/, '')}; ${shown(path.resolve(process.env.CAP_OUT_DIR ?? 'dist'))} was left as it was.`);
  process.exit(1);
});
// Loaded after the settings, which it reads too.
const { checkContent, formatProblem, formatWarning } = await import('../content-check/check.ts');
const published = shown(outDir);
// Hidden siblings of the published folder: a rename within one folder is atomic.
const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}.staging`);
const previous = path.join(path.dirname(outDir), `.${path.basename(outDir)}.previous`);
/** Files a complete build always holds. */
const REQUIRED_FILES = ['index.html', '404.html', 'pagefind/pagefind.js'];

function fail(cause: string): never {
  console.error(`Build failed: ${cause}; ${published} was left as it was.`);
  process.exit(1);
}

async function checkStep(): Promise<void> {
  const root = shown(contentDir);
  const { files, problems, warnings } = await checkContent(contentDir, { publicDirs: [publicDir] });
  for (const warning of warnings) console.warn(formatWarning(root, warning));
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(root, problem));
    fail(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content (listed above)`);
  }
  if (files === 0) fail(`no content in ${root} (expected goals/*.md; set CAP_CONTENT_DIR to another folder)`);
  console.log(`Content OK: ${files} files in ${root}.`);
}

/** Runs `astro build` into the staging folder; resolves with the line that best names a failure. */
function astroBuild(): Promise<{ code: number; cause: string | undefined }> {
  const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astro, 'build', '--force'], {
    env: { ...process.env, CAP_OUT_DIR: staging },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.once('SIGINT', forward).once('SIGTERM', forward);
  // Astro logs "[ERROR] … hook" and then the error's own message: keep both lines.
  const lines: string[] = [];
  const watch = (stream: NodeJS.ReadableStream, to: NodeJS.WriteStream) =>
    stream.on('data', (chunk: Buffer) => {
      to.write(chunk);
      // Astro colours its log lines.
      const plain = stripVTControlCharacters(chunk.toString('utf8'))
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      if (lines.length < 2_000) lines.push(...plain);
    });
  watch(child.stdout, process.stdout);
  watch(child.stderr, process.stderr);
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ code: 1, cause: `could not start Astro (${error.message})` }));
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve({ code: code ?? 1, cause: signal ? `Astro was stopped by ${signal}` : causeIn(lines) });
    });
  });
}

/** Astro prints an error's details under its message. */
const DETAILS = /^(Hint:|Location:|Stack trace:)/;

/**
 * The first error Astro logged, with the message line that follows a generic one: a line that says
 * it is an error, or a message Astro printed its details under (an error thrown in `getStaticPaths`).
 */
function causeIn(lines: readonly string[]): string | undefined {
  const index = lines.findIndex(
    (line, i) => (/\[ERROR\]|\berror\b|failed|did not finish/i.test(line) && !/^at /.test(line)) || DETAILS.test(lines[i + 1] ?? ''),
  );
  const line = lines[index];
  if (line === undefined) return undefined;
  const first = line.replace(/^\d\d:\d\d:\d\d\s+/, '').replace(/^\[ERROR\]\s*/, '');
  const next = lines[index + 1];
  return next && !/^(at |\/|file:)/.test(next) && !DETAILS.test(next) ? `${first}: ${next}` : first;
}

/** Replaces the published folder with the staged one: two renames, undone if the second fails. */
async function publish(): Promise<void> {
  await rm(previous, { recursive: true, force: true });
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) await rename(outDir, previous);
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outDir);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}

await checkStep();
await rm(staging, { recursive: true, force: true });
const cleanUp = () => rm(staging, { recursive: true, force: true }).catch(() => undefined);
const { code, cause } = await astroBuild();
if (code !== 0) {
  await cleanUp();
  fail(cause ? `astro build stopped: ${cause}` : `astro build exited with code ${code}`);
}
const missing = REQUIRED_FILES.filter((file) => !existsSync(path.join(staging, file)));
if (missing.length > 0) {
  await cleanUp();
  fail(`the build is incomplete (no ${missing.join(', ')})`);
}
try {
  await publish();
} catch (error) {
  await cleanUp();
  fail(`could not replace ${published} (${error instanceof Error ? error.message : String(error)})`);
}
console.log(`Published the complete build in ${published}.`);
