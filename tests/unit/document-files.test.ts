import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLocalFile, heldFileSizes, localDocument, readLocalDocument } from '../../src/lib/document-files.ts';

let root: string;
let outside: string;

async function pdfWith(pages: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) doc.addPage([300, 200]).drawText(text, { x: 20, y: 150, size: 12, font });
  return doc.save();
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cap-docs-'));
  outside = await mkdtemp(path.join(tmpdir(), 'cap-outside-'));
  await mkdir(path.join(root, 'CAP/action_plans'), { recursive: true });
  await writeFile(path.join(root, 'CAP/action_plans/good.pdf'), await pdfWith(['Quarterly claimant surveys', 'Second page words']));
  await writeFile(path.join(root, 'CAP/action_plans/broken.pdf'), 'this is not a PDF');
  await writeFile(path.join(root, 'CAP/action_plans/notes.docx'), 'docx bytes');
  await writeFile(path.join(outside, 'secret.pdf'), 'outside the root');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('findLocalFile', () => {
  it('finds a site path under the first root that has it', async () => {
    expect(await findLocalFile('/CAP/action_plans/good.pdf', ['/nonexistent', root])).toBe(path.join(root, 'CAP/action_plans/good.pdf'));
  });
  it('ignores links off-site, missing files and paths leaving the root', async () => {
    expect(await findLocalFile('https://example.gov/good.pdf', [root])).toBeUndefined();
    expect(await findLocalFile('/CAP/action_plans/missing.pdf', [root])).toBeUndefined();
    expect(await findLocalFile(`/../${path.basename(outside)}/secret.pdf`, [root])).toBeUndefined();
    expect(await findLocalFile('/CAP/action_plans/', [root])).toBeUndefined();
  });
});

describe('readLocalDocument', () => {
  it('reads the size and the text of a PDF, page by page', async () => {
    const document = await readLocalDocument('/CAP/action_plans/good.pdf', [root]);
    expect(document?.bytes).toBeGreaterThan(500);
    expect(document?.pages).toEqual(['Quarterly claimant surveys', 'Second page words']);
    expect(document?.problem).toBeUndefined();
  });
  it('gives the size but no text for other documents', async () => {
    expect(await readLocalDocument('/CAP/action_plans/notes.docx', [root])).toMatchObject({ bytes: 10, pages: undefined, problem: undefined });
  });
  it('reports an unreadable PDF as a problem instead of throwing', async () => {
    const document = await readLocalDocument('/CAP/action_plans/broken.pdf', [root]);
    expect(document?.pages).toBeUndefined();
    expect(document?.problem).toMatch(/Invalid PDF/);
  });
});

describe('localDocument', () => {
  it('warns once, naming the file, however many pages ask', async () => {
    const lines: string[] = [];
    const warn = (line: string) => lines.push(line);
    await Promise.all([1, 2, 3].map(() => localDocument('/CAP/action_plans/broken.pdf', [root], warn)));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('/CAP/action_plans/broken.pdf');
    expect(lines[0]).not.toContain('\n');
  });
});

describe('heldFileSizes', () => {
  it('gives the size of each held file by site path, and leaves out the rest', async () => {
    const sizes = await heldFileSizes(
      ['/CAP/action_plans/notes.docx', '/CAP/action_plans/notes.docx', '/CAP/action_plans/missing.pdf', 'https://example.gov/notes.docx'],
      [root],
    );
    // 'docx bytes' is 10 bytes long.
    expect([...sizes]).toEqual([['/CAP/action_plans/notes.docx', 10]]);
  });
});
