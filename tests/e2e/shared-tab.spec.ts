import type { Page } from '@playwright/test';
import { expect, test } from '../support/shared-tab.ts';

// The shared tab (tests/support/shared-tab.ts) must come to each test as a new tab would: these two run in order, in one worker.
test.describe.configure({ mode: 'serial' });

let first: Page | undefined;
/** Requests the first test's listener saw. */
const heard: string[] = [];

test('a test leaves storage, emulated media, a listener and a route behind', async ({ tab }) => {
  first = tab;
  await tab.goto('/CAP/cx/');
  await tab.evaluate(() => {
    sessionStorage.setItem('left', 'behind');
    localStorage.setItem('left', 'behind');
  });
  await tab.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  tab.on('request', (request) => heard.push(request.url()));
  await tab.route('**/*.css', (route) => route.abort());
  expect(await tab.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
});

test('the next test gets the same tab back on about:blank, with none of it', async ({ tab }) => {
  expect(tab).toBe(first);
  expect(tab.url()).toBe('about:blank');
  heard.length = 0;
  await tab.goto('/CAP/cx/');
  expect(heard, 'requests heard by the first test’s listener').toEqual([]);
  expect(
    await tab.evaluate(() => ({
      session: sessionStorage.getItem('left'),
      local: localStorage.getItem('left'),
      forcedColors: matchMedia('(forced-colors: active)').matches,
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
      stylesheetsLoaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((link) => link.sheet !== null),
    })),
  ).toEqual({ session: null, local: null, forcedColors: false, reducedMotion: false, stylesheetsLoaded: [true] });
});
