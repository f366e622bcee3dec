import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, copyDocuments, countSearchablePages, withTimeout } from '../../src/integrations/search-index.ts';

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

describe('countSearchablePages', () => {
  it('counts only pages with data-pagefind-body', async () => {
    expect(await countSearchablePages(site)).toBe(2);
  });
});

describe('buildSearchIndex', () => {
  it('indexes the searchable pages and reports the counts', async () => {
    const report = await buildSearchIndex(site);
    expect(report).toMatchObject({ searchablePages: 2, indexedPages: 2, htmlFilesRead: 3 });
    expect(await readdir(path.join(site, 'pagefind/fragment'))).toHaveLength(2);
  }, 60_000);

  it('fails when no page is marked searchable', async () => {
    await rm(path.join(site, 'a'), { recursive: true });
    await rm(path.join(site, 'b'), { recursive: true });
    await expect(buildSearchIndex(site)).rejects.toThrow(/no page .* carries data-pagefind-body/);
  });

  it('fails, within its time limit, when Pagefind cannot write the index', async () => {
    // A file where the index folder should go: Pagefind's binary cannot write, and may never answer.
    const blocked = path.join(site, 'blocked');
    await writeFile(blocked, 'not a folder');
    await expect(buildSearchIndex(site, { outputPath: path.join(blocked, 'pagefind'), timeoutMs: 5_000 })).rejects.toThrow(/Search index: /);
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

describe('withTimeout', () => {
  it('rejects a promise that never settles', async () => {
    await expect(withTimeout(new Promise<never>(() => undefined), 20, 'too slow')).rejects.toThrow('too slow');
  });
});
