/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Component tests render with the structured fixture as the content folder, so images it names resolve.
process.env.CAP_CONTENT_DIR ??= 'tests/fixtures/structured';

// getViteConfig gives the tests Astro's own Vite setup, so component tests can render `.astro` files.
export default getViteConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    environment: 'node',
    // The hostile-content suite runs whole builds; a build of fixture content takes seconds, not minutes.
    testTimeout: 120_000,
    // Vitest's default on two cores is one worker; the two projects below each get one.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'] } },
      // Builds of the project itself share its `.astro/` folder, which two Astro builds at once both rewrite (one's rename
      // fails): these files run one at a time (and each runs its builds one after another), beside the unit tests.
      { extends: true, test: { name: 'hostile', include: ['tests/hostile/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
