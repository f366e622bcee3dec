/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Component tests render with the structured fixture as the content folder, so images it names resolve.
process.env.CAP_CONTENT_DIR ??= 'tests/fixtures/structured';

// getViteConfig gives the tests Astro's own Vite setup, so component tests can render `.astro` files.
export default getViteConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/hostile/**/*.test.ts'],
    environment: 'node',
    // The hostile-content suite runs whole builds; a build of fixture content takes seconds, not minutes.
    testTimeout: 120_000,
  },
});
