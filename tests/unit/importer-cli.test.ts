import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';

const execFileAsync = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/importer/${name}`, import.meta.url));
const out = mkdtempSync(path.join(tmpdir(), 'cap-import-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * Runs the importer; resolves with the exit code and output. The first case goes through `npm run import`, the way a
 * user runs it; the others run the command that script names, without npm's second of start-up each time.
 */
async function runImport(...args: string[]): Promise<{ code: number; output: string }> {
  return run(process.execPath, ['src/cli/import.ts', ...args]);
}

async function runImportThroughNpm(...args: string[]): Promise<{ code: number; output: string }> {
  return run('npm', ['run', '--silent', 'import', '--', ...args]);
}

async function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { cwd: projectRoot });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('npm run import', () => {
  it('converts a Jekyll folder, exits 0, and its output passes the content check', async () => {
    const { code, output } = await runImportThroughNpm(fixture('good'), '--out', out);
    expect(code).toBe(0);
    expect(output).toContain('_cap-goal-page/every-key.md → goals/every-key.md: converted with warnings');
    expect(output).toContain('_posts/notes.txt: skipped (not a Markdown file)');
    expect(output).toContain('0 converted, 4 converted with warnings, 0 unchanged, 0 failed, 1 skipped');
    expect(readdirSync(path.join(out, 'goals')).sort()).toEqual(['every-key.md', 'other-goal.md']);
    expect((await checkContent(out)).problems).toEqual([]);
  }, 60_000);

  it('is idempotent: a second run changes nothing and succeeds', async () => {
    const before = readFileSync(path.join(out, 'goals/every-key.md'), 'utf8');
    const { code, output } = await runImport(fixture('good'), '--out', out);
    expect(code).toBe(0);
    expect(output).toContain('0 converted, 0 converted with warnings, 4 unchanged, 0 failed, 1 skipped');
    expect(readFileSync(path.join(out, 'goals/every-key.md'), 'utf8')).toBe(before);
  }, 60_000);

  it('refuses to overwrite an edited file without --force, and overwrites it with --force', async () => {
    const file = path.join(out, 'goals/other-goal.md');
    writeFileSync(file, '---\ntitle: Edited\npermalink: /CAP/other-goal/\n---\n');
    const refused = await runImport(fixture('good'), '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('goals/other-goal.md exists with different content; use --force to overwrite it');
    expect(readFileSync(file, 'utf8')).toContain('title: Edited');
    const forced = await runImport(fixture('good'), '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('title: Other Goal');
  }, 60_000);

  it('exits 1 when a file fails, still writing the others; accepts the corpus layout', async () => {
    const bad = await runImport(fixture('bad'), '--out', path.join(out, 'bad'));
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('0 converted, 0 converted with warnings, 0 unchanged, 7 failed, 0 skipped');
    const corpus = await runImport(fixture('corpus-layout'), '--out', path.join(out, 'corpus'));
    expect(corpus.code).toBe(0);
    expect(readdirSync(path.join(out, 'corpus/posts'))).toEqual(['2021-01-20-plain-post.md']);
  }, 60_000);

  it('exits 2 on a wrong command line', async () => {
    expect((await runImport()).code).toBe(2);
    expect((await runImport(fixture('good'), '--bogus')).code).toBe(2);
    expect((await runImport(path.join(out, 'does-not-exist'))).code).toBe(2);
  }, 60_000);
});
