/**
 * `npm run build`: checks the content, builds the whole site (Astro and documents, then the
 * search index in its own process once Astro's has exited) into a staging folder beside the
 * published one, and only when that build is complete replaces the published folder with it,
 * by a rename. The content check runs in its own process beside Astro's start-up (two cores, and
 * the check's memory is gone before Astro's peak); Astro's output is held back until the check
 * passes, and a failed check stops Astro, so bad content reads as the check's lines alone.
 * Any failure leaves the published folder as it was and ends with one line naming
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
const { contentDir, outDir } = await import('../site-config.ts').catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Build failed: ${message.replace(/\.$/, '')}; ${shown(path.resolve(process.env.CAP_OUT_DIR ?? 'dist'))} was left as it was.`);
  process.exit(1);
});
const published = shown(outDir);
// Hidden siblings of the published folder: a rename within one folder is atomic.
const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}.staging`);
const previous = path.join(path.dirname(outDir), `.${path.basename(outDir)}.previous`);
/**
 * Settings for the allocators of the native code in two steps, each used unless already set. Both
 * allocators keep freed memory for reuse by default; at 1,000 goals that held 100–130 MB of each
 * step's peak (docs/performance.md, session 24).
 * - Rolldown (Vite's bundler, inside Astro's process) uses mimalloc: give freed pages back at once.
 * - Pagefind uses jemalloc: a background thread gives them back after 100 ms (at once made indexing slower).
 */
const ASTRO_ALLOCATOR = { MIMALLOC_PURGE_DELAY: '0' };
/**
 * V8's young generation for Astro's process, in MB per semi-space. Node 24 sizes it from the machine's memory
 * (16 gave the same peak as its default here); 8 took 70–130 MB off Astro's peak at 1,000 goals, for about
 * 1.2 s more garbage collection in a 60-second build.
 */
const ASTRO_SEMI_SPACE_MB = 8;
const PAGEFIND_ALLOCATOR = { _RJEM_MALLOC_CONF: 'background_thread:true,dirty_decay_ms:100,muzzy_decay_ms:0' };
/** Files a complete build always holds. */
const REQUIRED_FILES = ['index.html', '404.html', 'pagefind/pagefind.js'];

function fail(cause: string): never {
  console.error(`Build failed: ${cause}; ${published} was left as it was.`);
  process.exit(1);
}

/**
 * The content check (`src/cli/check-content.ts`) as a child process: its lines pass through, and
 * its exit code says what it found (1: problems, 3: no content). Resolves with the cause of a failure.
 */
async function checkStep(): Promise<string | undefined> {
  const root = shown(contentDir);
  const { code, lines, signal } = await runStep('Content check', [path.join(import.meta.dirname, 'check-content.ts')], process.env);
  if (code === 0) return undefined;
  if (code === 3) return `no content in ${root} (expected goals/*.md; set CAP_CONTENT_DIR to another folder)`;
  const count = lines.map((line) => /^(\d+ problems? in the content)\.$/.exec(line)?.[1]).find(Boolean);
  return count ? `${count} (listed above)` : signal ? `the content check was stopped by ${signal}` : `the content check exited with code ${code}`;
}

/** After this long without output from a step, say which step is still running. */
const QUIET_MS = 5_000;

/**
 * Where a step's output goes: straight through, or held until {@link OutputGate.release} (printed
 * then) or {@link OutputGate.discard} (dropped), for a step that runs while another may still fail it.
 */
class OutputGate {
  #held: [NodeJS.WriteStream, Buffer | string][] | undefined;
  /** Stops the step's process; set by `runStep`. */
  stop: () => void = () => undefined;
  constructor(held: boolean) {
    this.#held = held ? [] : undefined;
  }
  write(to: NodeJS.WriteStream, chunk: Buffer | string): void {
    if (this.#held) this.#held.push([to, chunk]);
    else to.write(chunk);
  }
  release(): void {
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const [to, chunk] of held) to.write(chunk);
  }
  discard(): void {
    this.#held = [];
  }
}

const openGate = new OutputGate(false);

/**
 * Runs a step of the build as a child process (Node, with `args`), passing its output through;
 * resolves with its exit code and the lines it printed (the first 2,000 and the last), to name a failure.
 */
function runStep(
  step: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  output: OutputGate = openGate,
): Promise<{ code: number; lines: string[]; signal: string | undefined }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.once('SIGINT', forward).once('SIGTERM', forward);
  output.stop = () => child.kill('SIGTERM');
  let lastOutput = performance.now();
  const quiet = setInterval(() => {
    if (performance.now() - lastOutput < QUIET_MS) return;
    lastOutput = performance.now();
    output.write(process.stdout, `${step}: still working (${Math.round((performance.now() - started) / 1000)} s)…\n`);
  }, 1_000);
  const lines: string[] = [];
  const watch = (stream: NodeJS.ReadableStream, to: NodeJS.WriteStream) =>
    stream.on('data', (chunk: Buffer) => {
      lastOutput = performance.now();
      output.write(to, chunk);
      // Astro colours its log lines.
      const plain = stripVTControlCharacters(chunk.toString('utf8'))
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      if (lines.length < 2_000) lines.push(...plain);
      else lines.splice(2_000, Infinity, ...plain.slice(-1));
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
async function astroBuild(output: OutputGate): Promise<{ code: number; cause: string | undefined }> {
  const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  // Astro logs "[ERROR] … hook" and then the error's own message: keep both lines.
  const { code, lines, signal } = await runStep(
    'Astro',
    [`--max-semi-space-size=${ASTRO_SEMI_SPACE_MB}`, astro, 'build', '--force'],
    { ...ASTRO_ALLOCATOR, ...process.env, CAP_OUT_DIR: staging },
    output,
  );
  return { code, cause: signal ? `Astro was stopped by ${signal}` : causeIn(lines) };
}

/** Builds the search index of the staged site in its own process; resolves with the line naming a failure. */
async function indexStep(): Promise<{ code: number; cause: string | undefined }> {
  const cli = path.join(import.meta.dirname, 'search-index.ts');
  const { code, lines, signal } = await runStep('Search index', [cli, staging], { ...PAGEFIND_ALLOCATOR, ...process.env });
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

/**
 * Replaces the published folder with the staged one: two renames, undone if the second fails. The
 * replaced build stays beside it (a rollback is two renames) until the next build, which removes it
 * while Astro works: deleting thousands of files takes seconds, and that is off the critical path.
 */
async function publish(): Promise<void> {
  await clearingPrevious;
  await rm(previous, { recursive: true, force: true });
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) await rename(outDir, previous);
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outDir);
    throw error;
  }
}

/**
 * Removes `dir` in a child process. Removing a whole site in this one grew it by about 90 MB (at
 * 1,000 goals), held for the rest of the build; a child's memory is gone when it exits, long before
 * Astro's peak. Any failure is left to the removal in {@link publish}, which reports it.
 */
function removeInChild(dir: string): Promise<void> {
  return new Promise((resolve) => {
    const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
    const child = spawn(process.execPath, ['-e', script, dir], { stdio: 'ignore' });
    child.on('error', () => resolve());
    child.on('close', () => resolve());
  });
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
await rm(staging, { recursive: true, force: true });
const clearingPrevious = removeInChild(previous);
const cleanUp = () => rm(staging, { recursive: true, force: true }).catch(() => undefined);
const astroOutput = new OutputGate(true);
const astro = timed('astro', () => astroBuild(astroOutput));
const contentProblem = await timed('content check', checkStep);
if (contentProblem) {
  astroOutput.discard();
  astroOutput.stop();
  await astro;
  await cleanUp();
  fail(contentProblem);
}
astroOutput.release();
const { code, cause } = await astro;
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
