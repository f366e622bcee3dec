/**
 * `npm run bench`: generates a synthetic content folder (seeded; default 1,000 goals × 12 plans
 * + 1,000 posts), builds it with the normal `npm run build` (`CAP_CONTENT_DIR`), and reports as
 * JSON and as a Markdown table: wall time, pages per second, peak memory of the whole process
 * tree (sampled from /proc), the time of each build step, sizes, gzipped bytes of the pages that
 * could grow with the site, and search in Chromium (bytes sent by the server, time to results).
 * It checks what must not grow with the site, and exits 1 if it does: every HTML page within its
 * byte budget (tests/budgets.ts), and a search page that names none of the goals. Times are only
 * measured: they vary by machine.
 *
 *   npm run bench -- [--goals 1000] [--plans 12] [--posts 1000] [--seed 1] [--pdf-every 20] [--lighthouse] [--no-search]
 *
 * The site goes to CAP_OUT_DIR (relative to the project, or absolute; default tests/.tmp/bench/dist),
 * the content to tests/.tmp/bench/content, the report to tests/.tmp/bench/report-<goals>.json.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent, PDF_WORD } from './generate.ts';
import { runLighthouse, type LighthouseScore } from './lighthouse.ts';
import { sampleMemory } from './process-tree.ts';
import { measureSearch, type SearchMeasure } from './search-measure.ts';
import { gzippedPage, indexSize, siteSize } from './sizes.ts';
import { checkPageBudgets } from '../support/page-budgets.ts';

const { values: flags } = parseArgs({
  options: {
    goals: { type: 'string', default: '1000' },
    plans: { type: 'string', default: '12' },
    posts: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'pdf-every': { type: 'string', default: '20' },
    lighthouse: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    /** Measure the site already in CAP_OUT_DIR (sizes, search, Lighthouse) without generating or building. */
    reuse: { type: 'boolean', default: false },
  },
});
const count = (name: keyof typeof flags) => {
  const n = Number(flags[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not ${String(flags[name])}`);
  return n;
};
const sizes = { goals: count('goals'), plans: count('plans'), posts: count('posts'), seed: count('seed'), pdfEvery: count('pdf-every') };

const project = process.cwd();
const benchDir = path.join(project, 'tests/.tmp/bench');
const contentDir = path.join(benchDir, 'content');
const outDir = path.resolve(project, process.env.CAP_OUT_DIR ?? path.join(benchDir, 'dist'));
const cacheDir = path.join(benchDir, 'cache');
const logFile = path.join(benchDir, 'build.log');

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1024).toFixed(1));
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/**
 * CPU time (user + system) of this process's finished children and all they waited for: the
 * build's work, which unlike wall time does not grow when other jobs share the machine.
 */
function childCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of proc(5) (cutime, cstime), counted from the state field (3), in clock ticks of 1/100 s.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Generates the content and builds it, sampling memory; exits when the build fails. */
async function generateAndBuild() {
  console.log(`Generating ${sizes.goals} goals × ${sizes.plans} plans + ${sizes.posts} posts (seed ${sizes.seed}) in ${path.relative(project, contentDir)}…`);
  const generated = await generateContent(contentDir, sizes);
  console.log(`Generated ${generated.goals} goals, ${generated.plans} plans (${generated.pdfs} held as PDFs), ${generated.posts} posts.`);

  // A cold build: Astro's cache would hide the work a first build does.
  await rm(cacheDir, { recursive: true, force: true });
  const loadBefore = loadavg();
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', 'build'], {
    cwd: project,
    env: { ...process.env, CAP_CONTENT_DIR: contentDir, CAP_OUT_DIR: outDir, CAP_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = sampleMemory(child.pid ?? 0);
  memory.phase('content check');
  let steps: Record<string, number> = {};
  let buffered = '';
  const onOutput = (chunk: Buffer) => {
    log.write(chunk);
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const raw of lines) {
      const line = raw.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex -- Astro colours its log
      if (/^Content OK/.test(line)) memory.phase('astro');
      if (/^Search index: /.test(line) && !/\bwritten\b/.test(line)) memory.phase('search index');
      const timing = /^Build steps: (.+)$/.exec(line);
      if (timing?.[1]) steps = Object.fromEntries([...timing[1].matchAll(/([a-z ]+) ([\d.]+) s/g)].map((m) => [m[1]?.trim() ?? '', Number(m[2])]));
      // Astro lists every page it writes; show the rest (its progress lines included) as it comes.
      if (!/^\d\d:\d\d:\d\d\s+[│├└]/.test(line)) process.stdout.write(`  ${line}\n`);
    }
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const cpuSeconds = childCpuSeconds();
  const wallMs = performance.now() - started;
  const peak = memory.stop();
  log.end();
  const loadAfter = loadavg();
  if (code !== 0) {
    console.error(`The build failed (exit ${code}); its log is in ${path.relative(project, logFile)}.`);
    process.exit(1);
  }
  return { generated, loadBefore, loadAfter, wallMs, cpuSeconds, steps, peak };
}

await mkdir(benchDir, { recursive: true });
// --reuse measures the site already built (no build figures).
const { generated, loadBefore, loadAfter, wallMs, cpuSeconds, steps, peak } = flags.reuse
  ? {
      generated: undefined,
      loadBefore: loadavg(),
      loadAfter: loadavg(),
      wallMs: Number.NaN,
      cpuSeconds: Number.NaN,
      steps: {} as Record<string, number>,
      peak: { peakBytes: 0, peakByPhase: {} as Record<string, number>, peakProcesses: [] },
    }
  : await generateAndBuild();

const site = await siteSize(outDir);
const index = await indexSize(outDir);
const pages = {
  goal: await gzippedPage(outDir, '/CAP/goal-1/'),
  plan: await gzippedPage(outDir, '/CAP/goal-1/action-plans/2021-01/'),
  overview: await gzippedPage(outDir, '/CAP/overview/'),
  planIndex: await gzippedPage(outDir, '/CAP/action-plans/'),
  search: await gzippedPage(outDir, '/search/'),
};

console.log('Checking every page against its byte budget…');
const budgets = await checkPageBudgets(outDir);
// The search page's filters are filled from the index: its HTML names no goal, whatever the site's size.
const searchHtml = await readFile(path.join(outDir, 'search/index.html'), 'utf8');
const goalsNamedBySearch = generated?.goalTitles.filter((title) => searchHtml.includes(title));

let search: SearchMeasure | undefined;
if (!flags['no-search']) {
  console.log('Measuring search in Chromium…');
  search = await measureSearch(outDir, ['customer', 'workforce', 'grants dashboard', 'modernization', PDF_WORD]);
}
let lighthouse: LighthouseScore[] | undefined;
if (flags.lighthouse) {
  console.log('Running Lighthouse (4 pages, mobile and desktop)…');
  lighthouse = await runLighthouse(outDir, ['/CAP/goal-1/', '/CAP/overview/', '/search/', '/CAP/goal-1/action-plans/2021-01/']);
}

const report = {
  date: new Date().toISOString(),
  sizes,
  generated: generated && { ...generated, goalTitles: undefined },
  loadAverage: { before: loadBefore.map((n) => Math.round(n * 10) / 10), after: loadAfter.map((n) => Math.round(n * 10) / 10) },
  build: {
    wallSeconds: seconds(wallMs),
    cpuSeconds: Math.round(cpuSeconds * 10) / 10,
    htmlFiles: site.htmlFiles,
    pagesPerSecond: Math.round(site.htmlFiles / (wallMs / 1000)),
    msPerPage: Math.round((wallMs / site.htmlFiles) * 100) / 100,
    stepSeconds: steps,
    peakMemoryMB: mb(peak.peakBytes),
    peakMemoryByPhaseMB: Object.fromEntries(Object.entries(peak.peakByPhase).map(([k, v]) => [k, mb(v)])),
    processesAtPeak: peak.peakProcesses.map((p) => `${p.name} ${mb(p.rssBytes)} MB`),
  },
  dist: {
    files: site.files,
    bytes: site.bytes,
    indexBytes: index.totalBytes,
    indexOnlyBytes: index.indexBytes,
    metaBytes: index.metaBytes,
    pagesIndexed: index.pages,
  },
  gzippedPageBytes: pages,
  budgets: { ...budgets, searchPageNamesGoals: goalsNamedBySearch?.length },
  search,
  lighthouse,
};
const jsonFile = path.join(benchDir, `report-${sizes.goals}${flags.reuse ? '-reuse' : ''}.json`);
await writeFile(jsonFile, `${JSON.stringify(report, null, 2)}\n`);

const first = search?.queries[0];
const later = search?.queries.slice(1) ?? [];
const laterMax = (key: 'bytes' | 'msToFirstResult') => (later.length > 0 ? Math.max(...later.map((q) => q[key])) : undefined);
const step = (name: string) => (steps[name] === undefined ? '–' : `${steps[name]}`);
const rows = [
  ['goals × plans + posts', `${sizes.goals.toLocaleString('en-US')} × ${sizes.plans} + ${sizes.posts.toLocaleString('en-US')}`],
  ['HTML files', site.htmlFiles.toLocaleString('en-US')],
  ['wall time', `${report.build.wallSeconds} s`],
  ['CPU time of the build (user + system)', `${report.build.cpuSeconds} s`],
  ['pages per second (ms per page)', `${report.build.pagesPerSecond} (${report.build.msPerPage})`],
  ['peak memory, process tree', `${report.build.peakMemoryMB} MB`],
  ['content check / Astro / search index', `${step('content check')} / ${step('astro')} / ${step('search index')} s`],
  ['peak memory in Astro / search index', `${report.build.peakMemoryByPhaseMB.astro ?? '–'} / ${report.build.peakMemoryByPhaseMB['search index'] ?? '–'} MB`],
  ['dist size / index size (of which metadata)', `${mb(site.bytes)} MB / ${kb(index.totalBytes)} KB (${kb(index.metaBytes)} KB)`],
  [
    'gzipped goal page / plan page / overview / plan index / search page',
    `${kb(pages.goal)} / ${kb(pages.plan)} / ${kb(pages.overview)} / ${kb(pages.planIndex)} / ${kb(pages.search)} KB`,
  ],
  [
    'first query (with Pagefind files the search page loaded): bytes sent, first result',
    first && search ? `${kb(search.pageLoad.pagefindBytes + first.bytes)} KB, ${first.msToFirstResult} ms` : '–',
  ],
  ['later queries (largest): bytes, first result', later.length > 0 ? `${kb(laterMax('bytes'))} KB, ${laterMax('msToFirstResult')} ms` : '–'],
  [
    'pages over their gzipped budget (largest page; largest page of a paginated index)',
    `${budgets.over.length} of ${budgets.pages.toLocaleString('en-US')} (${budgets.largest.page.address} ${kb(budgets.largest.page.bytes)} KB; ${budgets.largest.indexPage.address} ${kb(budgets.largest.indexPage.bytes)} KB)`,
  ],
  ['goals named by the search page', goalsNamedBySearch ? `${goalsNamedBySearch.length} of ${sizes.goals.toLocaleString('en-US')}` : '–'],
  ['load average before / after (1 min)', `${report.loadAverage.before[0]} / ${report.loadAverage.after[0]}`],
];
console.log(`\n| measure | value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`);
const pdfExample = search?.queries.find((q) => q.pdfPage)?.pdfPage;
if (pdfExample) console.log(`\nA result pointing into a PDF page: "${pdfExample.text}" → ${pdfExample.href}`);
if (search) {
  console.log(`\n| query | bytes sent (gz) | requests | first result | results |\n|---|---|---|---|---|`);
  for (const q of search.queries) console.log(`| ${q.term} | ${kb(q.bytes)} KB | ${q.requests} | ${q.msToFirstResult} ms | ${q.results} |`);
}
if (lighthouse) {
  console.log(`\n| page | form factor | performance | accessibility | best practices | SEO | TBT | LCP | below 1 |\n|---|---|---|---|---|---|---|---|---|`);
  for (const l of lighthouse) {
    if ('error' in l) {
      console.log(`| ${l.page} | ${l.formFactor} | not measured: ${l.error} | | | | | | |`);
      continue;
    }
    const s = l.scores;
    console.log(
      `| ${l.page} | ${l.formFactor} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${l.tbtMs} ms | ${l.lcpMs} ms | ${l.failing.join(', ') || '–'} |`,
    );
  }
}
console.log(`\nReport: ${path.relative(project, jsonFile)}; build log: ${path.relative(project, logFile)}.`);
if (budgets.over.length > 0 || (goalsNamedBySearch?.length ?? 0) > 0) {
  for (const line of budgets.over) console.error(`Over budget: ${line}`);
  if (goalsNamedBySearch?.length)
    console.error(`The search page's HTML names ${goalsNamedBySearch.length} of the goals, the first "${goalsNamedBySearch[0]}".`);
  process.exitCode = 1;
}
