/**
 * The W3C's Nu HTML Checker (npm `vnu-jar`, run with Debian's Java, which `.ci/run` installs) on every page of the
 * three fixture sites `npm run build:fixtures` writes. It is the checker outside validators use, and it reads
 * documents as browsers parse them: a `<script>` after `</html>` passed html-validate and fails here.
 * One Java process checks every file. Reads files only; a missing `java` fails the test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');
const vnuJar = fileURLToPath(import.meta.resolve('vnu-jar/build/dist/vnu.jar'));

/** Each fixture site, with its number of HTML files counted by hand from its fixture. */
const sites = [
  // 7 goals, 15 plans, 12 posts, 8 old addresses, 2 news pages, 6 tag pages, the overview and its 5 category pages, the plan
  // index with its 4 fiscal years (2018-2021) and 4 goals with plans, and home, 404, search, accessibility and open data.
  { dir: 'tests/.tmp/site-dist', pages: 70 },
  // 1 goal, 3 plans, 1 post, the news index, 2 tag pages, the overview and 1 category page, the plan index with its 2 fiscal
  // years and 1 goal, and home, 404, search, accessibility and open data.
  { dir: 'tests/.tmp/search-fixture/dist', pages: 19 },
  // The hostile posts fixture: its 5 posts, 1 goal without plans, the news index and 2 tag pages, the overview and 1 category
  // page, the plan index, and home, 404, search, accessibility and open data.
  { dir: 'tests/.tmp/hostile-posts-dist', pages: 17 },
];

/** A document with one known error and one known warning: shows that the run reports both kinds. */
const control = `<!doctype html><html lang="en"><head><title>Control</title></head><body><section><p>No heading.</p></section></body></html><script src="/late.js"></script>`;

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Runs vnu once over all files: `--verbose` lists each file it checked on stdout; the JSON report goes to stderr. */
function runVnu(files: string[]): Promise<{ checked: string[]; messages: NuMessage[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-jar', vnuJar, '--format', 'json', '--verbose', ...files], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new Error(`Could not run java (install default-jre-headless): ${error.message}`)));
    child.on('close', () => {
      try {
        const report = JSON.parse(stderr) as { messages: NuMessage[] };
        const checked = stdout
          .split('\n')
          .filter(Boolean)
          .map((file) => path.resolve(root, file));
        resolve({ checked, messages: report.messages });
      } catch {
        reject(new Error(`vnu gave no JSON report:\n${stderr}`));
      }
    });
  });
}

/**
 * vnu checks each page's `<meta>` Content-Security-Policy against the files it names, but reads pages as `file:` URLs, where
 * `'self'` matches no site path: it then warns that every `/_astro/…` stylesheet and image is blocked. Served over HTTP they
 * are same-origin; tests/e2e/csp.spec.ts checks the policy in a browser. Only those warnings about a site path are set aside.
 */
const isSitePathUnderFileUrl = (message: NuMessage) =>
  message.subType === 'warning' && /^Resource violates Content Security Policy \(meta tag\): [a-z ]+ “\/(?!\/)[^”]*” blocked by/.test(message.message);

/** Errors and warnings fail; plain information messages do not. vnu reports a warning as `info` with subType `warning`. */
const isProblem = (message: NuMessage) => (message.type !== 'info' || message.subType === 'warning') && !isSitePathUnderFileUrl(message);

const describe = (message: NuMessage) =>
  `${path.relative(root, decodeURI(message.url?.replace(/^file:/, '') ?? ''))}:${message.lastLine ?? 0}: ${message.type}${message.subType ? `/${message.subType}` : ''}: ${message.message}`;

test('every page of the fixture sites passes the Nu HTML Checker with no errors and no warnings', async () => {
  // One run over every page: how long it takes grows with the site, so no fixed limit.
  test.setTimeout(0);
  const controlDir = mkdtempSync(path.join(tmpdir(), 'cap-vnu-'));
  const controlFile = path.join(controlDir, 'control.html');
  writeFileSync(controlFile, control);
  try {
    const pages = sites.map((site) => htmlFiles(path.join(root, site.dir)));
    expect(pages.map((files) => files.length)).toEqual(sites.map((site) => site.pages));

    const { checked, messages } = await runVnu([controlFile, ...pages.flat()]);
    expect(checked.toSorted()).toEqual([controlFile, ...pages.flat()].toSorted());

    const problems = messages.filter(isProblem);
    const controlProblems = problems.filter((message) => message.url === `file:${controlFile}`).map((message) => message.message);
    expect(controlProblems).toEqual([
      'Section lacks heading. Consider using “h2”-“h6” elements to add identifying headings to all sections, or else use a “div” element instead for any cases where no heading is needed.',
      'Stray start tag “script”.',
      'Cannot recover after last error. Any further errors will be ignored.',
    ]);
    expect(problems.filter((message) => message.url !== `file:${controlFile}`).map(describe)).toEqual([]);
  } finally {
    rmSync(controlDir, { recursive: true, force: true });
  }
});
