import { existsSync } from 'node:fs';
import path from 'node:path';

/** Sass loads our partials by name (`@use "theme"`, `meta.load-css("goal")`); knip should see those as imports. USWDS packages come from the load path and are left out. */
const SASS_LOAD = /(?:@use|@forward|@import|meta\.load-css\()\s*["']([^"']+)["']/g;

function sassImports(text, filename) {
  const dir = path.dirname(filename);
  return [...text.matchAll(SASS_LOAD)]
    .map(([, name]) => `./${path.posix.join(path.posix.dirname(name), `_${path.posix.basename(name)}.scss`)}`)
    .filter((partial) => existsSync(path.join(dir, partial)))
    .map((partial) => `import '${partial}';`)
    .join('\n');
}

/** @type {import('knip').KnipConfig} */
export default {
  // npm scripts name the entry points (src/cli, tests/bench, the search fixture); the Astro, Vitest and Playwright plugins find the rest.
  project: ['src/**/*.{ts,astro,scss,sass}', 'tests/**/*.ts', '*.{js,mjs,ts}'],
  compilers: { scss: sassImports },
  // Debian's Java runs the Nu HTML Checker (tests/e2e/nu-html-checker.spec.ts) and Debian's xmllint checks StratML
  // (tests/e2e/open-data.spec.ts); .ci/run installs both.
  ignoreBinaries: ['java', 'xmllint'],
  // tests/bench/lighthouse.ts runs Lighthouse's command line (resolved as a file, which knip does not follow).
  ignoreDependencies: ['lighthouse'],
};
