/**
 * Runs the real `npm run build` entry point (`src/cli/build.ts`) on a throwaway content folder,
 * over a published folder that holds a previous build, and reports what it printed, its exit code,
 * and whether the previous build is still there byte for byte.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check/check.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const scratch = path.join(projectRoot, 'tests/.tmp/hostile');

/** A valid goal in the structured format. */
export const structuredGoal = (fields = '') => `---
title: Sample Goal
permalink: /CAP/sample/
category: Cross-Cutting Priority Areas
statement: Services are easy to use.
actionPlans:
  - { period: 2021-01, document: /CAP/action_plans/sample.pdf }
leaders:
  - { name: Pat Doe, title: Director, photo: /img/pat.jpg }
newsTag: sample
${fields}---
`;

/** A valid goal in the legacy Jekyll format. */
export const legacyGoal = (fields = '') => `---
layout: cap-goal-page
title: Legacy Goal
permalink: /CAP/legacy/
statement: Legacy statement.
goal-leader-name: Lee Roe
goal-leader-title: Deputy
action-2019-june: /CAP/action_plans/legacy.pdf
${fields}---
`;

/** A valid post. */
export const post = (fields = '', body = 'Plain words.\n') => `---
title: Sample News
date: 2021-01-20
description: Something happened.
tags: [sample]
${fields}---
${body}`;

export interface BuildResult {
  code: number;
  /** stdout and stderr together. */
  output: string;
  /** The previous published folder is there, byte for byte, with no staging folder left behind. */
  distIntact: boolean;
  /** The published folder. */
  outDir: string;
  contentDir: string;
}

export interface BuildOptions {
  /** Goals, posts and assets by path inside the content folder (`goals/a.md`, `assets/img/x.svg`). Defaults add one goal and one post. */
  files?: Record<string, string | Uint8Array>;
  /** Leave out the default goal and post. */
  bare?: boolean;
  /** Runs after the files are written, before the build (to make links and the like). */
  prepare?: (contentDir: string) => Promise<void>;
  env?: Record<string, string>;
}

/** Writes a case's content folder in a fresh scratch folder; resolves with both. */
async function writeContent({ files = {}, bare = false, prepare }: BuildOptions): Promise<{ work: string; contentDir: string }> {
  await mkdir(scratch, { recursive: true });
  const work = await mkdtemp(path.join(scratch, 'case-'));
  const contentDir = path.join(work, 'content');
  const all = { ...(bare ? {} : { 'goals/sample.md': structuredGoal(), 'posts/sample-news.md': post() }), ...files };
  for (const [name, data] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(contentDir, name)), { recursive: true });
    await writeFile(path.join(contentDir, name), data);
  }
  await mkdir(path.join(contentDir, 'goals'), { recursive: true });
  await prepare?.(contentDir);
  return { work, contentDir };
}

/** Builds `files` over a previous build; see {@link BuildResult}. */
export async function hostileBuild({ env = {}, ...content }: BuildOptions = {}): Promise<BuildResult> {
  const { work, contentDir } = await writeContent(content);
  const outDir = path.join(work, 'dist');
  await writePreviousBuild(outDir);
  const before = await snapshot(outDir);
  const { code, output } = await run(process.execPath, ['src/cli/build.ts'], {
    ...env,
    CAP_CONTENT_DIR: contentDir,
    CAP_OUT_DIR: outDir,
    CAP_CACHE_DIR: path.join(work, 'cache'),
  });
  const after = await snapshot(outDir);
  const distIntact = before === after && !existsSync(path.join(work, '.dist.staging')) && !existsSync(path.join(work, '.dist.previous'));
  return { code, output, distIntact, outDir, contentDir };
}

async function writePreviousBuild(outDir: string): Promise<void> {
  const pages = {
    'index.html': '<!doctype html><title>Previous build</title>',
    'CAP/cx/index.html': '<!doctype html><title>Previous goal</title>',
    '404.html': 'not found',
  };
  for (const [name, text] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(outDir, name)), { recursive: true });
    await writeFile(path.join(outDir, name), `${text}\n<!-- ${Math.random()} -->`);
  }
}

/** Every file under `dir` with a hash of its bytes, as one string. */
async function snapshot(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const lines: string[] = [];
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    lines.push(
      `${path.relative(dir, file)} ${createHash('sha256')
        .update(await readFile(file))
        .digest('hex')}`,
    );
  }
  return lines.sort().join('\n');
}

function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: projectRoot, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

export interface CheckResult {
  problems: number;
  /** The check's lines, as `npm run check:content` and the build print them. */
  output: string;
}

/**
 * Runs the content check, the build's first step, on `files` in this process: the same code and lines as a build, without
 * starting Node and Astro for each case. That the build refuses whatever the check reports is tested by {@link hostileBuild}.
 */
export async function checkedContent(options: Omit<BuildOptions, 'env'>): Promise<CheckResult> {
  const { contentDir } = await writeContent(options);
  const root = path.relative(projectRoot, contentDir);
  const { problems } = await checkContent(contentDir, { publicDirs: [path.join(projectRoot, 'public')] });
  return { problems: problems.length, output: problems.map((problem) => formatProblem(root, problem)).join('\n') };
}

/** Content the check refuses, with the expected line among its problems. */
export function expectReported(result: CheckResult, line: string): void {
  expect(result.problems).toBeGreaterThan(0);
  expect(result.output).toContain(line);
}

/** A refused build: exit code 1, the expected line, no stack trace, and the previous build untouched. */
export function expectRefused(result: BuildResult, line: string): void {
  expect(result.code).toBe(1);
  expect(result.output).toContain(line);
  expect(result.output).not.toMatch(/^\s+at /m);
  expect(result.distIntact).toBe(true);
}
