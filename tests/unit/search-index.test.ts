import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, copyDocuments } from '../../src/integrations/search-index.ts';

let site: string;

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

beforeEach(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'cap-site-'));
  await mkdir(path.join(site, 'a'), { recursive: true });
  await mkdir(path.join(site, 'b'), { recursive: true });
  await writeFile(path.join(site, 'a/index.html'), page('<main data-pagefind-body><h1>Alpha</h1><p>Claimant surveys every quarter.</p></main>'));
  await writeFile(path.join(site, 'b/index.html'), page('<main data-pagefind-body><h1>Beta</h1><p>Grants reporting.</p></main>'));
  await writeFile(path.join(site, '404.html'), page('<main><h1>Not found</h1></main>'));
});
afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  it('indexes the searchable pages, reports the counts, and says what it did', async () => {
    const messages: string[] = [];
    const report = await buildSearchIndex(site, { progress: (message) => messages.push(message) });
    expect(messages.join('\n')).toMatch(/3 HTML files read; writing the index/);
    expect(report).toMatchObject({ indexedPages: 2, htmlFilesRead: 3 });
    expect(await readdir(path.join(site, 'pagefind/fragment'))).toHaveLength(2);
  }, 60_000);

  it('fails when no page is marked searchable (Pagefind would index every page whole)', async () => {
    await writeFile(path.join(site, 'a/index.html'), page('<main><h1>Alpha</h1><p>Claimant surveys every quarter.</p></main>'));
    await writeFile(path.join(site, 'b/index.html'), page('<main><h1>Beta</h1><p>Grants reporting.</p></main>'));
    await expect(buildSearchIndex(site)).rejects.toThrow(/no page .* carries data-pagefind-body \(3 of 3 HTML files indexed\)/);
  }, 60_000);

  it('leaves out the pages without data-pagefind-body, such as the 404 page', async () => {
    await buildSearchIndex(site);
    const entry = JSON.parse(await readFile(path.join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([2]);
  }, 60_000);

  it('fails with one line, and no time limit, when Pagefind dies without answering', async () => {
    // A file where the index folder should go: Pagefind's binary panics and its promise never settles.
    // The indexer's own process (as `npm run build` runs it) notices when nothing is left to wait for.
    const blocked = path.join(site, 'blocked');
    await writeFile(blocked, 'not a folder');
    const result = spawnSync(process.execPath, ['src/cli/search-index.ts', site, path.join(blocked, 'pagefind')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Search index: Pagefind stopped without finishing writing the index/m);
  }, 60_000);
});

describe('copyDocuments', () => {
  it('copies documents, not images, and never replaces a file already in the site', async () => {
    const assets = await mkdtemp(path.join(tmpdir(), 'cap-assets-'));
    await mkdir(path.join(assets, 'CAP/action_plans'), { recursive: true });
    await mkdir(path.join(assets, 'img'), { recursive: true });
    await writeFile(path.join(assets, 'CAP/action_plans/plan.pdf'), 'pdf');
    await writeFile(path.join(assets, 'a/index.html'.replace('index.html', 'x.pdf')).replace('/a/', '/'), 'x');
    await writeFile(path.join(assets, 'img/photo.jpg'), 'jpg');
    await mkdir(path.join(site, 'CAP/action_plans'), { recursive: true });
    await writeFile(path.join(site, 'x.pdf'), 'already there');
    expect(await copyDocuments(assets, site)).toBe(1);
    expect(await readdir(path.join(site, 'CAP/action_plans'))).toEqual(['plan.pdf']);
    await rm(assets, { recursive: true, force: true });
  });
});
