/**
 * A static file server for the built site that compresses as a production server would (gzip for
 * text; Pagefind's files are gzipped already and go out as they are with `Content-Encoding: gzip`,
 * as `deploy/nginx.conf` sends them) and counts the bytes it sends per request, so the benchmark
 * counts what a reader downloads, the search worker's fetches included.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = /\.(html|css|js|json|xml|txt|svg)$/;
/** Pagefind's index, fragments, filters, metadata and WebAssembly, which it writes gzip-compressed. */
const PAGEFIND_GZIPPED = /^\/pagefind\/.+\.(pf_[a-z]+|pagefind)$/;

interface Sent {
  path: string;
  /** Body bytes on the wire (after compression). */
  bytes: number;
}

export interface CountingServer {
  origin: string;
  /** Requests answered since the last call, and clears the list. */
  take(): Sent[];
  /** Resolves once no request has been open or answered for `quietMs`. */
  quiet(quietMs?: number): Promise<void>;
  close(): Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const file = path.join(root, path.normalize(decodeURIComponent(pathname)));
  if (!file.startsWith(root)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return (await stat(path.join(file, 'index.html')).catch(() => undefined))?.isFile() ? path.join(file, 'index.html') : undefined;
  return undefined;
}

export async function serveCounting(root: string): Promise<CountingServer> {
  let sent: Sent[] = [];
  let open = 0;
  let lastActivity = performance.now();
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    open++;
    lastActivity = performance.now();
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://bench.invalid');
      const file = (await resolveFile(root, pathname)) ?? path.join(root, '404.html');
      let body: Buffer = await readFile(file);
      const headers: Record<string, string> = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        body = gzipped.get(file) ?? gzipSync(body, { level: 6 });
        gzipped.set(file, body);
        headers['Content-Encoding'] = 'gzip';
      } else if (PAGEFIND_GZIPPED.test(pathname)) {
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = String(body.length);
      response.writeHead(file.endsWith('404.html') && !pathname.endsWith('404.html') ? 404 : 200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
      sent.push({ path: pathname, bytes: request.method === 'HEAD' ? 0 : body.length });
    })()
      .catch(() => {
        response.writeHead(500).end();
      })
      .finally(() => {
        open--;
        lastActivity = performance.now();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    take() {
      const taken = sent;
      sent = [];
      return taken;
    },
    async quiet(quietMs = 500) {
      while (open > 0 || performance.now() - lastActivity < quietMs) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
