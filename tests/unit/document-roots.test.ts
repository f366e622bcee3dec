/**
 * Documents the site holds are found wherever the configuration says content lives: in `public/` and in the content
 * folder's `assets/`, with the default content folder (`src/content`), a relative `CAP_CONTENT_DIR` and an absolute one.
 * Each case builds a copy of the project from its own folder (paths once came from `import.meta.url`, which Astro's
 * bundled pages break) and reads the built plan pages and the search index.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildProjectCopy, OUTSIDE, type ProjectBuild } from '../support/project-build.ts';

const goal = `---
title: Sample Goal
permalink: /CAP/sample/
statement: Services are easy to use.
actionPlans:
  - { period: 2021-01, document: /CAP/action_plans/in-public.pdf }
  - { period: 2020-12, document: /CAP/action_plans/in-assets.pdf }
  - { period: 2020-09, document: /CAP/action_plans/absent.pdf }
---
`;

async function pdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([300, 200]).drawText(text, { x: 20, y: 150, size: 12, font });
  return doc.save();
}

/** The site's files for a content folder at `content` (a path from the copy's folder, or under {@link OUTSIDE}). */
async function site(content: string): Promise<Record<string, string | Uint8Array>> {
  return {
    [`${content}/goals/sample.md`]: goal,
    [`${content}/assets/CAP/action_plans/in-assets.pdf`]: await pdf('Milestone: map the bladderwort wetlands.'),
    'public/CAP/action_plans/in-public.pdf': await pdf('Milestone: survey the pondweed ponds.'),
  };
}

async function planPage(build: ProjectBuild, plan: string) {
  return parse(await readFile(path.join(build.outDir, `CAP/sample/action-plans/${plan}/index.html`), 'utf8'));
}

/** The search index's record of the page at `url` (Pagefind's fragments are gzipped JSON after a signature). */
async function indexed(build: ProjectBuild, url: string): Promise<{ content: string; anchors: { id: string }[] } | undefined> {
  const dir = path.join(build.outDir, 'pagefind/fragment');
  for (const name of await readdir(dir)) {
    const text = gunzipSync(await readFile(path.join(dir, name)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const record = JSON.parse(text) as { url: string; content: string; anchors: { id: string }[] };
    if (record.url === url) return record;
  }
  return undefined;
}

/** What every configuration must give: both held PDFs with size, text and a local link; the other sent to the archive. */
async function expectDocumentsFound(build: ProjectBuild): Promise<void> {
  expect(build.output).not.toMatch(/Build failed/);
  expect(build.code).toBe(0);
  for (const [plan, file, word] of [
    ['2021-01', 'in-public.pdf', 'pondweed'],
    ['2020-12', 'in-assets.pdf', 'bladderwort'],
  ] as const) {
    const page = await planPage(build, plan);
    const link = page.querySelector('.cap-plan a.usa-button');
    expect(link?.getAttribute('href')).toBe(`/CAP/action_plans/${file}`);
    expect(link?.text).toMatch(/\(PDF, \d+ (KB|bytes)\)$/);
    expect(page.querySelector('#page-1')?.text).toBe('Page 1');
    expect(page.querySelector('details.cap-plan__text')?.text).toContain(word);
    expect(page.querySelector(`a[href="/CAP/action_plans/${file}#page=1"]`)?.text).toBe('Page 1 of the PDF');
    expect(page.text).not.toContain('not searchable');
    // Published with the site, and its words in the search index under the page's first page.
    expect(existsSync(path.join(build.outDir, 'CAP/action_plans', file))).toBe(true);
    const record = await indexed(build, `/CAP/sample/action-plans/${plan}/`);
    expect(record?.content).toContain(word);
    expect(record?.anchors.map((anchor) => anchor.id)).toEqual(['page-1']);
  }
  const absent = await planPage(build, '2020-09');
  expect(absent.querySelector('.cap-plan a.usa-button')?.getAttribute('href')).toBe(
    'https://trumpadministration.archives.performance.gov/CAP/action_plans/absent.pdf',
  );
  expect(absent.querySelectorAll('details.cap-plan__text')).toHaveLength(0);
  expect(absent.text).toContain(
    'The text of this plan is not searchable on this site: this site does not hold the document. Read it on trumpadministration.archives.performance.gov, through the link above.',
  );
}

// Three whole builds at once on a shared machine: more time than the suite's default.
describe.concurrent('documents the site holds are found', { timeout: 300_000 }, () => {
  it('with the default content folder (src/content)', async () => {
    await expectDocumentsFound(await buildProjectCopy({ files: await site('src/content') }));
  });

  it('with a relative CAP_CONTENT_DIR', async () => {
    await expectDocumentsFound(await buildProjectCopy({ files: await site('editors/content'), contentDir: 'editors/content' }));
  });

  it('with an absolute CAP_CONTENT_DIR outside the project', async () => {
    const build = await buildProjectCopy({ files: await site(`${OUTSIDE}/content`), contentDir: `${OUTSIDE}/content` });
    expect(path.isAbsolute(path.join(build.root, '..', 'outside', 'content'))).toBe(true);
    await expectDocumentsFound(build);
  });
});
