/**
 * `npm run build`: checks the content, builds the whole site (Astro and documents, then the
 * search index in its own process once Astro's has exited) into a staging folder beside the
 * published one, and only when that build is complete replaces the published folder with it,
 * by a rename. Any failure leaves the published folder as it was and ends with one line naming
 * the cause. It is never silent for long: Astro lists the pages it writes, the indexer reports
 * pages read and written, and a step that prints nothing for a while is named with its time.
 * No step has a time limit: a larger site takes longer, and that is not a failure.
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

/** After this long without output from a step, say which step is still running. */
const QUIET_MS = 5_000;

/**
 * Runs a step of the build as a child process (Node, with `args`), passing its output through;
 * resolves with its exit code and the lines it printed (the first 2,000), to name a failure.
 */
function runStep(step: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; lines: string[]; signal: string | undefined }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.once('SIGINT', forward).once('SIGTERM', forward);
  let lastOutput = performance.now();
  const quiet = setInterval(() => {
    if (performance.now() - lastOutput < QUIET_MS) return;
    lastOutput = performance.now();
    console.log(`${step}: still working (${Math.round((performance.now() - started) / 1000)} s)…`);
  }, 1_000);
  const lines: string[] = [];
  const watch = (stream: NodeJS.ReadableStream, to: NodeJS.WriteStream) =>
    stream.on('data', (chunk: Buffer) => {
      lastOutput = performance.now();
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
    const done = (code: number, signal: string | undefined) => {
      clearInterval(quiet);
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve({ code, lines, signal });
    };
    child.on('error', (error) => {
      lines.push(`could not start (${error.message})`);
      done(1, undefined);
    });
    child.on('close', (code, signal) => done(code ?? 1, signal ?? undefined));
  });
}

/** Runs `astro build` into the staging folder; resolves with the line that best names a failure. */
async function astroBuild(): Promise<{ code: number; cause: string | undefined }> {
  const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  // Astro logs "[ERROR] … hook" and then the error's own message: keep both lines.
  const { code, lines, signal } = await runStep('Astro', [astro, 'build', '--force'], { ...process.env, CAP_OUT_DIR: staging });
  return { code, cause: signal ? `Astro was stopped by ${signal}` : causeIn(lines) };
}

/** Builds the search index of the staged site in its own process; resolves with the line naming a failure. */
async function indexStep(): Promise<{ code: number; cause: string | undefined }> {
  const cli = path.join(import.meta.dirname, 'search-index.ts');
  const { code, lines, signal } = await runStep('Search index', [cli, staging], process.env);
  return { code, cause: signal ? `the indexer was stopped by ${signal}` : lines.findLast((line) => line.startsWith('Search index:')) };
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

/** Seconds each step took, printed at the end (`npm run bench` reads this line). */
const took: [string, number][] = [];
const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  try {
    return await run();
  } finally {
    took.push([step, (performance.now() - started) / 1000]);
  }
};

const buildStarted = performance.now();
console.log(`Checking the content in ${shown(contentDir)}…`);
await timed('content check', checkStep);
await rm(staging, { recursive: true, force: true });
const cleanUp = () => rm(staging, { recursive: true, force: true }).catch(() => undefined);
const { code, cause } = await timed('astro', astroBuild);
if (code !== 0) {
  await cleanUp();
  fail(cause ? `astro build stopped: ${cause}` : `astro build exited with code ${code}`);
}
const indexed = await timed('search index', indexStep);
if (indexed.code !== 0) {
  await cleanUp();
  fail(
    indexed.cause ? `the search index was not built: ${indexed.cause.replace(/^Search index: /, '')}` : `the search indexer exited with code ${indexed.code}`,
  );
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
took.push(['total', (performance.now() - buildStarted) / 1000]);
console.log(`Build steps: ${took.map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`).join(', ')}.`);
