import { defineConfig } from '@playwright/test';
import { freePorts } from './support/free-ports.ts';
import { testBrowserPath } from './support/test-browser.ts';

/**
 * Ports of the two preview servers: the site fixture's and the search fixture's (tests/fixtures/search). Chosen free at run
 * time, so a busy port never stops the tests; CAP_TEST_PORT (and CAP_TEST_FIXTURE_PORT, default the next one) pin them.
 * Playwright evaluates this file again in every worker process: the first evaluation writes its choice to process.env,
 * which the workers inherit, so they all agree with the servers.
 */
if (!process.env.CAP_TEST_PORT) {
  const [sitePort, searchPort] = await freePorts(2);
  process.env.CAP_TEST_PORT = String(sitePort);
  process.env.CAP_TEST_FIXTURE_PORT = String(searchPort);
}
const port = Number(process.env.CAP_TEST_PORT);
const fixturePort = Number(process.env.CAP_TEST_FIXTURE_PORT ?? port + 1);
/** The site fixture (tests/fixtures/site plus the legacy seed goal, built by `npm run build:fixtures`): never `dist/`, so editing the real content cannot break a test. */
const siteFixtureDir = 'tests/.tmp/site-dist';

const browser = {
  launchOptions: {
    executablePath: testBrowserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
};

/**
 * End-to-end tests run against fixture sites built from tests/fixtures (never from src/content), served by `astro preview`, in Debian's
 * Chromium headless shell (tests/support/test-browser.ts): Playwright cannot download its own browsers here. A missing browser is a failure.
 * `--ignore-lock`: two preview servers run at once, in the foreground (Astro 7 otherwise allows one
 * per project, and backgrounds it when it detects an agent).
 */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  // Generous, for a shared 2-core machine under load (a test took 31 s there against the 30 s default): a test that
  // fails still fails, only later. Speed is measured by the benchmark, not asserted here.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  projects: [
    { name: 'site', testIgnore: /\.fixture\.spec\.ts$/, use: { ...browser, baseURL: `http://127.0.0.1:${port}` } },
    { name: 'search-fixture', testMatch: /search\.fixture\.spec\.ts$/, use: { ...browser, baseURL: `http://127.0.0.1:${fixturePort}` } },
  ],
  webServer: [
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      cwd: '..',
      env: { CAP_OUT_DIR: siteFixtureDir },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${fixturePort}`,
      cwd: '..',
      env: { CAP_OUT_DIR: 'tests/.tmp/search-fixture/dist' },
      url: `http://127.0.0.1:${fixturePort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
