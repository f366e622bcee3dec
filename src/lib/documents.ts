/**
 * Where a document link goes. Content names documents by their old site path
 * (`/CAP/action_plans/jan_2021_CX.pdf`); the ones this site holds (`documentRoots` in
 * site-config: `public/`, then the content folder's `assets/`) are served here, the others
 * from the archive of the old site (`documentArchive`).
 * Every component that links a document passes its address through `documentHref`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { documentArchive, documentRoots } from '../site-config.ts';
import { documentType } from './action-plans.ts';

/** The archive origin, checked: `https://host[:port]`, nothing after it. */
export function archiveOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`The document archive must be an http(s) origin such as "https://archive.example.gov", got ${JSON.stringify(value)}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname.replace(/\/$/, '') !== '' || url.search || url.hash || url.username) {
    throw new Error(`The document archive must be an http(s) origin such as "https://archive.example.gov", got ${JSON.stringify(value)}`);
  }
  return url.origin;
}

export interface DocumentSource {
  /** Archive origin for documents this site does not hold. */
  archive: string;
  /** Whether the site holds the file at this site path (decoded, starting with `/`). */
  isLocal: (sitePath: string) => boolean;
}

/**
 * `url` as a reader should follow it: a site-relative document (a path whose file type is not a
 * web page: PDF, DOCX, XLSX…) that the site does not hold is sent to the archive, at the same
 * path; everything else (pages, held documents, absolute links) is returned unchanged.
 */
export function resolveDocumentHref(url: string, source: DocumentSource): string {
  if (!url.startsWith('/') || url.startsWith('//') || documentType(url) === undefined) return url;
  const pathOnly = url.replace(/[?#][\s\S]*$/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOnly);
  } catch {
    decoded = pathOnly;
  }
  return source.isLocal(decoded) ? url : `${archiveOrigin(source.archive)}${url}`;
}

/** True when one of `roots` holds the file at `sitePath` (never outside a root). */
export function isHeldFile(sitePath: string, roots: readonly string[] = documentRoots): boolean {
  return roots.some((root) => {
    const file = path.resolve(root, `.${path.posix.normalize(sitePath)}`);
    return file.startsWith(path.resolve(root) + path.sep) && existsSync(file);
  });
}

/** The site's document rule: held by the site, else the configured archive. */
export function documentHref(url: string): string {
  return resolveDocumentHref(url, { archive: documentArchive, isLocal: (p) => isHeldFile(p) });
}
