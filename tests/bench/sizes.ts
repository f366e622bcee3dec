/** Sizes of a built site on disk: the whole folder, its HTML pages, and the Pagefind index. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

async function files(dir: string): Promise<{ relative: string; bytes: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const file = path.join(e.parentPath, e.name);
        return { relative: path.relative(dir, file), bytes: (await stat(file)).size };
      }),
  );
}

/** Pagefind's runtime (the same at any size) as opposed to the index proper. */
const RUNTIME = /^(pagefind\.js|pagefind-worker\.js|wasm\..*)$/;

export async function indexSize(siteDir: string): Promise<{ totalBytes: number; runtimeBytes: number; indexBytes: number; metaBytes: number; pages: number }> {
  const all = await files(path.join(siteDir, 'pagefind'));
  const sum = (list: typeof all) => list.reduce((n, f) => n + f.bytes, 0);
  return {
    totalBytes: sum(all),
    runtimeBytes: sum(all.filter((f) => RUNTIME.test(f.relative))),
    indexBytes: sum(all.filter((f) => !RUNTIME.test(f.relative))),
    metaBytes: sum(all.filter((f) => f.relative.endsWith('.pf_meta'))),
    pages: all.filter((f) => f.relative.startsWith('fragment/')).length,
  };
}

export async function siteSize(siteDir: string): Promise<{ files: number; htmlFiles: number; bytes: number }> {
  const all = await files(siteDir);
  return { files: all.length, htmlFiles: all.filter((f) => f.relative.endsWith('.html')).length, bytes: all.reduce((n, f) => n + f.bytes, 0) };
}

/** Gzipped bytes of the page at `pathname` (`/CAP/goal-1/` → its index.html), at gzip's default level. */
export async function gzippedPage(siteDir: string, pathname: string): Promise<number | undefined> {
  const data = await readFile(path.join(siteDir, pathname, 'index.html')).catch(() => undefined);
  return data ? gzipSync(data).length : undefined;
}
