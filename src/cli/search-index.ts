/**
 * `node src/cli/search-index.ts <site folder> [<index folder>]`: builds the Pagefind index of a
 * built site into `<site folder>/pagefind/` (or the folder given). `npm run build` runs it as its own process after `astro build` has
 * exited, so Astro's memory is released before Pagefind's is taken. Prints progress every few
 * seconds; on failure prints one line starting "Search index:" and exits 1.
 */
import path from 'node:path';
import { buildSearchIndex } from '../integrations/search-index.ts';

const [siteDir, outputDir] = process.argv.slice(2);
if (!siteDir) {
  console.error('Usage: node src/cli/search-index.ts <site folder> [<index folder>]');
  process.exit(2);
}
const shown = (dir: string) => path.relative(process.cwd(), dir) || '.';
const started = performance.now();
try {
  const report = await buildSearchIndex(path.resolve(siteDir), {
    ...(outputDir ? { outputPath: path.resolve(outputDir) } : {}),
    progress: (message) => console.log(message),
  });
  console.log(
    `Search index written: ${report.indexedPages.toLocaleString('en-US')} pages indexed (of ${report.htmlFilesRead.toLocaleString('en-US')} HTML files read) in ${shown(report.outputPath)}, ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  // Pagefind's own errors ("Pagefind backend closed") do not say which step failed.
  console.error(message.startsWith('Search index:') ? message : `Search index: Pagefind failed (${message}).`);
  process.exit(1);
}
