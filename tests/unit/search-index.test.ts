import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, copyDocuments, isSearchable } from '../../src/integrations/search-index.ts';

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

describe('isSearchable', () => {
  it('finds data-pagefind-body as an attribute of an element, not as words in the text', () => {
    expect(isSearchable(Buffer.from(page('<main data-pagefind-body><p>x</p></main>')))).toBe(true);
    expect(isSearchable(Buffer.from(page('<main class="a" data-pagefind-body="">x</main>')))).toBe(true);
    expect(isSearchable(Buffer.from(page('<main><p>Mark a page with data-pagefind-body to index it.</p></main>')))).toBe(false);
    expect(isSearchable(Buffer.from(page('<main data-pagefind-body-extra>x</main>')))).toBe(false);
    expect(isSearchable(Buffer.from(page('<main><h1>Not found</h1></main>')))).toBe(false);
  });
});

describe('buildSearchIndex', () => {
  it('indexes the searchable pages, reports the counts, and says what it did', async () => {
    const messages: string[] = [];
    const report = await buildSearchIndex(site, { progress: (message) => messages.push(message) });
    expect(messages.join('\n')).toMatch(/2 searchable pages read \(of 3 HTML files\); writing the index/);
    expect(report).toMatchObject({ searchablePages: 2, indexedPages: 2, htmlFilesRead: 3 });
    expect(await readdir(path.join(site, 'pagefind/fragment'))).toHaveLength(2);
  }, 60_000);

  it('fails when no page is marked searchable', async () => {
    await rm(path.join(site, 'a'), { recursive: true });
    await rm(path.join(site, 'b'), { recursive: true });
    await expect(buildSearchIndex(site)).rejects.toThrow(/no page .* carries data-pagefind-body/);
  });

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
