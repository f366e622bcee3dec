/**
 * What the site knows about the documents it holds: their size on disk and, for PDFs, their
 * text. Build-time only (reads files); no Astro imports.
 */
import { readFile, stat } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { heldFile } from './held-files.ts';

/** A document found on disk. */
export interface LocalDocument {
  /** Absolute path of the file. */
  file: string;
  /** Size in bytes. */
  bytes: number;
  /** The text, page by page, when the file is a readable PDF. */
  pages: string[] | undefined;
  /** Why the text could not be read, when it is a PDF that could not be read. */
  problem: string | undefined;
}

/**
 * The file a site path names under one of `roots`, or undefined (a link off-site, a path that
 * escapes the root, or a file that is not there).
 */
export async function findLocalFile(sitePath: string, roots: readonly string[]): Promise<string | undefined> {
  if (!sitePath.startsWith('/') || sitePath.startsWith('//')) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(sitePath.replace(/[?#][\s\S]*$/, '')).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  for (const root of roots) {
    const file = heldFile(root, relative);
    if (file) return file;
  }
  return undefined;
}

/** The text of a PDF, one string per page, with runs of whitespace collapsed. Throws when it cannot be read. */
async function pdfPages(data: Uint8Array): Promise<string[]> {
  // verbosity 0: pdf.js keeps its own warnings ("Indexing all PDF objects") to itself; failures still throw.
  const pdf = await getDocumentProxy(data, { verbosity: 0 });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text.map((page) => page.replace(/\s+/g, ' ').trim());
  } finally {
    await pdf.destroy();
  }
}

/** Size and (for a PDF) text of the document at `sitePath`, or undefined when it is not a local file. */
export async function readLocalDocument(sitePath: string, roots: readonly string[]): Promise<LocalDocument | undefined> {
  const file = await findLocalFile(sitePath, roots);
  if (!file) return undefined;
  const data = await readFile(file);
  const document: LocalDocument = { file, bytes: data.byteLength, pages: undefined, problem: undefined };
  if (/\.pdf$/i.test(file)) {
    try {
      document.pages = await pdfPages(new Uint8Array(data));
    } catch (error) {
      document.problem = error instanceof Error ? error.message : String(error);
    }
  }
  return document;
}

const cache = new Map<string, Promise<LocalDocument | undefined>>();

/**
 * {@link readLocalDocument}, read once per build however many pages ask. A PDF whose text
 * cannot be read is reported by `warn` in one line naming the file; the caller goes on without its text.
 */
export function localDocument(
  sitePath: string,
  roots: readonly string[],
  warn: (line: string) => void = (line) => console.warn(line),
): Promise<LocalDocument | undefined> {
  const key = `${roots.join('\0')}\0${sitePath}`;
  let found = cache.get(key);
  if (!found) {
    found = readLocalDocument(sitePath, roots).then((document) => {
      if (document?.problem) {
        warn(`[action plans] Could not read the text of ${sitePath} (${document.file}): ${document.problem} The plan's page is built without it.`);
      }
      return document;
    });
    cache.set(key, found);
  }
  return found;
}

/**
 * Size in bytes of each of `sitePaths` that one of `roots` holds, by site path; paths the site
 * does not hold are left out. Only `stat`s the files: for pages that show sizes, not text.
 */
export async function heldFileSizes(sitePaths: Iterable<string>, roots: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  await Promise.all(
    [...new Set(sitePaths)].map(async (sitePath) => {
      const file = await findLocalFile(sitePath, roots);
      const info = file && (await stat(file).catch(() => undefined));
      if (info) sizes.set(sitePath, info.size);
    }),
  );
  return sizes;
}
