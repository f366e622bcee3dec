import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/collections/front-matter.ts';
import { reportLines, summaryLine } from '../../src/importer/report.ts';
import { importFiles } from '../../src/importer/run.ts';
import type { SourceFile } from '../../src/importer/types.ts';

const source = (path: string, folderKind: SourceFile['folderKind'] = path.includes('_posts') ? 'post' : 'goal'): SourceFile => ({
  path,
  folderKind,
  text: readFileSync(new URL(`../fixtures/importer/${path}`, import.meta.url), 'utf8'),
});
const good = ['good/_cap-goal-page/every-key.md', 'good/_cap-goal-page/other-goal.md', 'good/_posts/2019-09-19-legacy-post.md'].map((p) => source(p));

describe('importFiles', () => {
  it('converts, and writes front matter the site reads without a legacy key', () => {
    const results = importFiles({ sources: good, existing: new Map(), force: false });
    expect(results.map((r) => [r.output, r.status])).toEqual([
      ['goals/every-key.md', 'warnings'],
      ['goals/other-goal.md', 'warnings'],
      ['posts/2019-09-19-legacy-post.md', 'warnings'],
    ]);
    const front = readFrontMatter(results[0]!.write!);
    expect(front.ok && Object.keys(front.data as object)).toEqual([
      'title',
      'subtitle',
      'permalink',
      'redirectFrom',
      'icon',
      'category',
      'featured',
      'resources',
      'currentActionPlan',
      'statement',
      'challenge',
      'opportunity',
      'actionPlans',
      'kpis',
      'newsTag',
      'events',
      'leaders',
      'previous',
      'next',
    ]);
    expect(results[0]!.write).toContain('permalink: /CAP/sample-goal/\n');
    expect(results[0]!.write).toContain('next:\n  name: Other Goal\n  url: /CAP/other-goal/\n');
  });

  it('is idempotent: the same output again is unchanged', () => {
    const first = importFiles({ sources: good, existing: new Map(), force: false });
    const existing = new Map(first.map((r) => [r.output!, r.write!]));
    const second = importFiles({ sources: good, existing, force: false });
    expect(second.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(second.every((r) => r.write === undefined)).toBe(true);
  });

  it('never overwrites different content without force', () => {
    const existing = new Map([['goals/other-goal.md', '---\ntitle: Edited by hand\npermalink: /CAP/other-goal/\n---\n']]);
    const [, refused] = importFiles({ sources: good, existing, force: false });
    expect(refused).toMatchObject({
      status: 'failed',
      errors: [{ message: 'goals/other-goal.md exists with different content; use --force to overwrite it' }],
    });
    expect(refused!.write).toBeUndefined();
    const [, forced] = importFiles({ sources: good, existing, force: true });
    expect(forced!.status).toBe('warnings');
    expect(forced!.write).toContain('title: Other Goal');
  });

  it('links resolve against goals already in the output folder too', () => {
    const [other] = importFiles({
      sources: [source('good/_cap-goal-page/other-goal.md')],
      existing: new Map(),
      existingGoals: [{ permalink: '/CAP/nowhere/', addresses: ['/CAP/nowhere/'], title: 'Sample Goal' }],
      force: false,
    });
    expect(other!.write).toContain('previous:\n  name: Sample Goal\n  url: /CAP/nowhere\n');
  });

  it('fails what it cannot convert, and counts every status', () => {
    const bad = [
      source('bad/_cap-goal-page/no-title.md'),
      source('bad/_cap-goal-page/unreadable.md'),
      source('bad/_posts/2020-01-01-a-page.md'),
      source('bad/_cap-goal-page/no-front-matter.md'),
    ];
    const results = importFiles({ sources: [...good.slice(1, 2), ...bad], skipped: ['_posts/notes.txt'], existing: new Map(), force: false });
    expect(results.map((r) => r.status)).toEqual(['warnings', 'failed', 'failed', 'failed', 'failed', 'skipped']);
    expect(results[3]!.errors[0]!.message).toBe('neither a goal page nor a post (layout "page")');
    expect(summaryLine(results)).toBe('0 converted, 1 converted with warnings, 0 unchanged, 4 failed, 1 skipped');
    const lines = reportLines(results);
    expect(lines).toContain('bad/_cap-goal-page/no-title.md → goals/no-title.md: FAILED');
    expect(lines).toContain('  error: title: required, but missing');
  });

  it('a file without a layout is what its folder says; layout wins over folder', () => {
    const noLayout: SourceFile = { path: 'x/_posts/2020-01-02-x.md', folderKind: 'post', text: '---\ntitle: X\npermalink: /x/\ndescription: D.\n---\nBody\n' };
    const goalInPosts: SourceFile = { path: 'x/_posts/g.md', folderKind: 'post', text: '---\nlayout: cap-goal-page\ntitle: G\npermalink: /CAP/g/\n---\n' };
    const loose: SourceFile = { path: 'x/loose.md', folderKind: undefined, text: '---\ntitle: X\n---\n' };
    const results = importFiles({ sources: [noLayout, goalInPosts, loose], existing: new Map(), force: false });
    expect(results.map((r) => [r.output, r.status])).toEqual([
      ['posts/2020-01-02-x.md', 'converted'],
      ['goals/g.md', 'converted'],
      [undefined, 'failed'],
    ]);
  });
});
