/**
 * Lighthouse (npm `lighthouse`, driving Debian's Chromium) on pages of a built site, mobile and
 * desktop, served gzipped by the benchmark's server. Returns the four category scores (0–100)
 * and, for a page under 100, the audits that cost it points.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM } from './search-measure.ts';
import { serveCounting } from './static-server.ts';

const run = promisify(execFile);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export type LighthouseScore = LighthouseRun | { page: string; formFactor: 'mobile' | 'desktop'; error: string };

interface LighthouseRun {
  page: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Total blocking time and largest contentful paint, in ms. */
  tbtMs: number;
  lcpMs: number;
  /** Audits scored below 1 that weigh in a category (what keeps the page under 100). */
  failing: string[];
}

interface LhReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; numericValue?: number; scoreDisplayMode: string }>;
}

export async function runLighthouse(siteDir: string, pages: readonly string[]): Promise<LighthouseScore[]> {
  const server = await serveCounting(siteDir);
  const out = await mkdtemp(path.join(tmpdir(), 'cap-lighthouse-'));
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  const scores: LighthouseScore[] = [];
  try {
    for (const page of pages) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const file = path.join(out, 'report.json');
        const ran = await run(
          process.execPath,
          [
            cli,
            `${server.origin}${page}`,
            '--quiet',
            '--output=json',
            `--output-path=${file}`,
            `--only-categories=${CATEGORIES.join(',')}`,
            '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
            ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
          ],
          { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
        ).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
        // One failed run (Lighthouse gives up on a protocol call on a very busy machine) is recorded, not fatal.
        if (ran instanceof Error) {
          scores.push({ page, formFactor, error: ran.message.split('\n').find((line) => line.startsWith('Runtime error')) ?? ran.message.slice(0, 200) });
          continue;
        }
        const report = JSON.parse(await readFile(file, 'utf8')) as LhReport;
        const failing = new Set<string>();
        for (const category of CATEGORIES) {
          for (const ref of report.categories[category]?.auditRefs ?? []) {
            const audit = report.audits[ref.id];
            if (audit && ref.weight > 0 && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
              failing.add(`${ref.id} (${audit.score})`);
          }
        }
        scores.push({
          page,
          formFactor,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])) as LighthouseRun['scores'],
          tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? 0),
          lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
          failing: [...failing],
        });
      }
    }
  } finally {
    await server.close();
    await rm(out, { recursive: true, force: true });
  }
  return scores;
}
