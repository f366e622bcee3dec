/**
 * `npm run bench:search`: search on the last build (`CAP_OUT_DIR`, default `dist`, relative to the
 * project or absolute), measured in Chromium: index size on disk, bytes sent for the search page
 * and for each query (gzipped, counted at the server, the worker's fetches included), and the time
 * from typing to the first result. Measures; asserts nothing.
 *
 *   npm run bench:search [-- term …]
 */
import path from 'node:path';
import { indexSize } from './sizes.ts';
import { measureSearch } from './search-measure.ts';

const siteDir = path.resolve(process.env.CAP_OUT_DIR ?? 'dist');
const terms = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['customer', 'services', 'action plan'];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const disk = await indexSize(siteDir);
const search = await measureSearch(siteDir, terms);
console.log(JSON.stringify({ siteDir, disk, search }, null, 2));
console.log(`\nIndex on disk: ${kb(disk.totalBytes)} (${kb(disk.indexBytes)} index for ${disk.pages} pages, ${kb(disk.runtimeBytes)} runtime)`);
console.log(
  `/search/ page load: ${search.pageLoad.requests} requests, ${kb(search.pageLoad.bytes)} gzipped, of which Pagefind ${kb(search.pageLoad.pagefindBytes)}`,
);
const first = search.queries[0];
if (first) console.log(`First query with the Pagefind files loaded before it: ${kb(search.pageLoad.pagefindBytes + first.bytes)}`);
const pdfExample = search.queries.find((q) => q.pdfPage)?.pdfPage;
if (pdfExample) console.log(`A result pointing into a PDF page: "${pdfExample.text}" → ${pdfExample.href}`);
for (const [i, q] of search.queries.entries()) {
  console.log(
    `${i === 0 ? 'First' : 'Later'} query "${q.term}": ${q.requests} requests, ${kb(q.bytes)} gzipped; first result ${q.msToFirstResult} ms after typing; ${q.results} results`,
  );
}
