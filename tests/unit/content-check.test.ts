import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check/check.ts';

const run = promisify(execFile);
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('checkContent', () => {
  it('accepts the structured sample and the seed', async () => {
    const structured = await checkContent(fixture('structured'));
    expect(structured).toMatchObject({ files: 1, problems: [] });
    // The seed, exactly as performance.gov held it, as the one goal of a content folder.
    const folder = await mkdtemp(path.join(tmpdir(), 'cap-seed-'));
    await mkdir(path.join(folder, 'goals'));
    await copyFile(fixture('legacy/cx.md'), path.join(folder, 'goals/cx.md'));
    expect(await checkContent(folder)).toMatchObject({ files: 1, problems: [] });
  });

  it('reports every problem of a bad file at once, under the key the editor wrote', async () => {
    const { problems } = await checkContent(fixture('bad-content'));
    const lines = problems.map((p) => formatProblem('content', p));
    expect(lines).toEqual(
      expect.arrayContaining([
        'content/goals/broken-legacy.md: title: required, but missing',
        'content/goals/broken-legacy.md: resource-2-url: expected an http(s), mailto or site-relative link, got "javascript:alert(1)"',
        'content/goals/broken-legacy.md: goal-leader-2-tittle: unknown key; did you mean "goal-leader-2-title"?',
        'content/goals/broken-legacy.md: goal-leader-2-title: required, but missing',
        'content/goals/broken-legacy.md: action-2019-sept: expected a month (such as "action-2021-january") or a fiscal quarter (such as "action-2018-Q3"), got "sept"',
        'content/goals/broken-legacy.md: font-size: expected a CSS length such as "20px" or "1.25rem", got "20px; color: red"',
        'content/goals/escapes-root.md: permalink: expected a path on this site such as "/CAP/cx/" (letters, digits, "-", "_" and "." between slashes; no spaces, "..", "%", "?" or "#"), got "/CAP/../../etc/"',
        'content/goals/escapes-root.md: redirectFrom[1]: expected a path on this site such as "/CAP/cx/" (letters, digits, "-", "_" and "." between slashes; no spaces, "..", "%", "?" or "#"), got "https://elsewhere.example.com/old"',
        'content/goals/escapes-root.md: actionPlans[1].period: expected a month such as "2021-01" or a fiscal quarter such as "2018-Q3", got "2020-13"',
        'content/posts/no-date.md: date: required, but missing',
        'content/posts/collides.md: redirectFrom[1]: address /CAP/valid/ is already used by goals/valid.md (permalink); choose another',
        'content/goals/duplicate-key.md: front matter line 6: "action-2018-Q2" appears more than once; keep one',
      ]),
    );
  });

  it('suggests the nearest key for a misspelt structured goal or post key, and counts list items from 1', async () => {
    const { problems } = await checkContent(fixture('bad-content'));
    const lines = problems.map((p) => formatProblem('content', p)).filter((line) => line.includes('misspelt'));
    expect(lines.sort()).toEqual([
      'content/goals/misspelt-keys.md: quote.text: required, but missing',
      'content/goals/misspelt-keys.md: quote.txt: unknown key; did you mean "text"?',
      'content/goals/misspelt-keys.md: resources[2].name: required, but missing',
      'content/goals/misspelt-keys.md: resources[2].nmae: unknown key; did you mean "name"?',
      'content/goals/misspelt-keys.md: statement.bulets: unknown key; did you mean "bullets"?',
      'content/goals/misspelt-keys.md: statement.bullets: required, but missing',
      'content/goals/misspelt-keys.md: tittle: unknown key; did you mean "title"?',
      'content/posts/misspelt-key.md: tgas: unknown key; did you mean "tags"?',
      'content/posts/misspelt-key.md: zzzzzzzzzz: unknown key',
    ]);
  });
});

describe('npm run build with bad content', () => {
  it('stops before Astro with one line per problem, no stack trace', async () => {
    const failure = await run('npm', ['run', '--silent', 'build'], {
      cwd: projectRoot,
      env: { ...process.env, CAP_CONTENT_DIR: fixture('bad-content') },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const output = `${failure?.stdout}${failure?.stderr}`;
    expect(output).toContain('goals/broken-legacy.md: resource-2-url: expected an http(s), mailto or site-relative link');
    expect(output).toMatch(/Build failed: \d+ problems in the content \(listed above\); \S+ was left as it was\./);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/astro|vite|\[build\]/i);
  }, 60_000);
});
