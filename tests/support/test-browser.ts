/**
 * The browser the tests drive: Debian's Chromium headless shell (`apt-get install chromium-headless-shell`), the build
 * Playwright itself uses for headless runs. Full Chromium in headless mode also runs the browser's window layer and
 * compositor, which no test looks at: with it, the browser tests took 218 s against 146 s, run back to back on two cores.
 * `CHROMIUM_PATH` points elsewhere. A missing browser fails the launch, and so the tests; it is never a skip.
 */
export const testBrowserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';
