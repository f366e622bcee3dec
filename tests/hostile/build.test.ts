/**
 * The published folder is only ever replaced by a complete build: a crash inside Astro or the
 * search indexer leaves the previous build byte for byte, with one line naming the cause; a
 * complete build replaces it whole, and keeps it aside for a rollback in place of the build before
 * it. Text that is only awkward (a BOM, CRLF) is normalised.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { hostileBuild, legacyGoal, post, structuredGoal } from '../support/hostile-build.ts';

// One build at a time: builds of the project share its `.astro/` folder, and two Astro syncs at once race there.
describe('the published folder', () => {
  it('survives a crash inside Astro, with one line naming the cause', async () => {
    const result = await hostileBuild({ env: { CAP_DOCUMENT_ARCHIVE: 'ftp://archive.example' } });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/^Build failed: astro build stopped: .*document archive must be an http\(s\) origin.*; .+ was left as it was\.$/m);
    expect(result.distIntact).toBe(true);
  });

  it('survives a wrong setting, with one line naming it and no stack trace', async () => {
    const result = await hostileBuild({ env: { CAP_SEARCHGOV_AFFILIATE: 'not a handle' } });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/^Build failed: CAP_SEARCHGOV_AFFILIATE must be a Search\.gov site handle .*"not a handle"; .+ was left as it was\.$/m);
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(result.distIntact).toBe(true);
  });

  it('survives the search indexer dying without answering, with no time limit', async () => {
    // Pagefind's Node API runs the binary its *_BINARY_PATH variable names: `false` exits at once, as a panicking binary does.
    const result = await hostileBuild({ env: { PAGEFIND_EXTENDED_BINARY_PATH: '/bin/false', PAGEFIND_BINARY_PATH: '/bin/false' } });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/^Build failed: the search index was not built: Pagefind (stopped without finishing|failed).*; .+ was left as it was\.$/m);
    expect(result.distIntact).toBe(true);
  });

  it('is replaced whole by a complete build, BOM and CRLF files included, with links to old addresses resolved', async () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    // A build older than the published one, set aside by the build before: the next complete build removes it.
    const older = (contentDir: string) => path.join(path.dirname(contentDir), '.dist.previous');
    const result = await hostileBuild({
      prepare: async (contentDir) => {
        await mkdir(older(contentDir), { recursive: true });
        await writeFile(path.join(older(contentDir), 'index.html'), '<!doctype html><title>Older build</title>');
      },
      files: {
        'goals/sample.md': `\uFEFF${crlf(structuredGoal('next: { name: Legacy, url: /CAP/legacy-old.html }\nresources:\n  - { name: The legacy goal, url: "/CAP/legacy-old.html#the-challenge" }\n'))}`,
        'goals/legacy.md': legacyGoal('redirect_from: /CAP/legacy-old.html\n'),
        'posts/sample-news.md': `\uFEFF${crlf(post())}`,
      },
    });
    expect(result.output).not.toMatch(/Build failed/);
    expect(result.code).toBe(0);
    expect(result.distIntact).toBe(false);
    const home = await readFile(path.join(result.outDir, 'index.html'), 'utf8');
    expect(home).not.toContain('Previous build');
    // The replaced build is kept aside for a rollback, in place of the older one.
    expect(await readFile(path.join(older(result.contentDir), 'index.html'), 'utf8')).toContain('Previous build');
    expect(existsSync(path.join(result.outDir, 'CAP/cx/index.html'))).toBe(false);
    const goal = parse(await readFile(path.join(result.outDir, 'CAP/sample/index.html'), 'utf8'));
    expect(goal.querySelector('h1')?.text.trim()).toBe('Sample Goal');
    const hrefs = goal.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/CAP/legacy/');
    expect(hrefs).toContain('/CAP/legacy/#the-challenge');
    expect(hrefs).not.toContain('/CAP/legacy-old.html');
    const news = parse(await readFile(path.join(result.outDir, 'news/sample-news/index.html'), 'utf8'));
    expect(news.querySelector('h1')?.text.trim()).toBe('Sample News');
    expect(existsSync(path.join(result.outDir, 'CAP/legacy-old.html'))).toBe(true);
  });
});
