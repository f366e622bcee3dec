/**
 * Where a document link goes, and what it says about the file. Content names documents by their old site path
 * (`/CAP/action_plans/jan_2021_CX.pdf`); the ones this site holds (`documentRoots` in
 * site-config: `public/`, then the content folder's `assets/`) are served here, the others
 * from the archive of the old site (`documentArchive`).
 * Every component that links a document passes its address through `documentHref`.
 */
import path from 'node:path';
import { documentArchive, documentRoots } from '../site-config.ts';
import { heldFile } from './held-files.ts';

/** File type shown beside a document link, from its extension: "PDF", "DOCX"; undefined for web pages. */
export function documentType(url: string): string | undefined {
  const [pathOnly = ''] = url.split(/[?#]/, 1);
  const extension = /\.([a-z0-9]{2,5})$/i.exec(pathOnly)?.[1]?.toLowerCase();
  return extension && !['html', 'htm', 'php', 'aspx'].includes(extension) ? extension.toUpperCase() : undefined;
}

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
  return roots.some((root) => heldFile(root, `.${path.posix.normalize(sitePath)}`) !== undefined);
}

/** The site's document rule: held by the site, else the configured archive. */
export function documentHref(url: string): string {
  return resolveDocumentHref(url, { archive: documentArchive, isLocal: (sitePath) => isHeldFile(sitePath) });
}

/** A document link as a page shows it: where it goes and what the reader is told about the file. */
export interface DocumentLinkInfo {
  /** Where the link goes, after the archive rule. */
  href: string;
  /** "PDF", "DOCX"; undefined for web pages. */
  type: string | undefined;
  /** "1.2 MB", when the site holds the file and its size is known. */
  size: string | undefined;
}

/**
 * A link as content wrote it, ready to show: `href` through the archive rule, its file type and,
 * given the size in bytes of a held file, that size. An `href` already resolved comes back as it is.
 */
export function documentLink(url: string, bytes?: number, href: (url: string) => string = documentHref): DocumentLinkInfo {
  return { href: href(url), type: documentType(url), size: bytes === undefined ? undefined : formatBytes(bytes) };
}

/** What follows a document link's text: " (PDF)", " (PDF, 1.2 MB)"; empty for a web page. */
export function documentDetails(link: Pick<DocumentLinkInfo, 'type' | 'size'>): string {
  const details = [link.type, link.size].filter(Boolean).join(', ');
  return details ? ` (${details})` : '';
}

/** "850 bytes", "12 KB", "1.4 MB" (1 KB = 1,000 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
