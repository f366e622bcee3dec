/**
 * The importer against hostile input: symlinks in and around the output folder, odd file names,
 * bytes that are not UTF-8, and post bodies with HTML or script links. Each case runs the real
 * command in its own folder under tests/.tmp/ and checks, besides the exit code and the message,
 * that nothing changed on disk but the files the case expects to be written.
 */
import { execFile } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const execFileAsync = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const root = path.join(projectRoot, 'tests/.tmp/importer-hostile');
rmSync(root, { recursive: true, force: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const VICTIM = Buffer.from('victim: outside the output folder, must never change\n');
const KEPT_GOAL = Buffer.from('---\ntitle: Edited by hand\n---\nkept byte for byte\n');
const KEPT_POST = Buffer.from('---\ntitle: Kept post\n---\r\nkept, CRLF and all\r\n');

/** A post whose body starts on line 7 of the file. */
const post = (slug: string, body = 'Body.\n') => `---\nlayout: post\ntitle: Post ${slug}\npermalink: /${slug}/\ndescription: A post.\n---\n${body}`;
const goal = (slug: string) => `---\nlayout: cap-goal-page\ntitle: "Goal ${slug}"\npermalink: ../CAP/${slug}/\nstatement: "A goal."\n---\n`;

type Entry = string | Buffer;

/** Every file, folder and link under `dir`, never following a link. */
function snapshot(dir: string, into = new Map<string, string>(), prefix = ''): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const rel = path.posix.join(prefix, name);
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) into.set(rel, `link → ${readlinkSync(full)}`);
    else if (stat.isDirectory()) {
      into.set(rel, 'folder');
      snapshot(full, into, rel);
    } else into.set(rel, `file ${readFileSync(full).toString('base64')}`);
  }
  return into;
}

interface Options {
  /** Extra setup (symlinks) before the "before" snapshot. */
  setup?: (s: Scene) => void;
  /** Make `out` a symlink to `victims/` instead of a folder. */
  outIsLink?: boolean;
}

interface Scene {
  dir: string;
  src: string;
  out: string;
  victim: string;
  victims: string;
  run: (...extra: string[]) => Promise<{ code: number; output: string }>;
  /** Paths (relative to the case folder) added, changed or removed since the setup. */
  changes: () => string[];
}

function scene(name: string, sources: Record<string, Entry>, options: Options = {}): Scene {
  const dir = path.join(root, name);
  const src = path.join(dir, 'src');
  const out = path.join(dir, 'out');
  const victim = path.join(dir, 'victim.md');
  const victims = path.join(dir, 'victims');
  mkdirSync(path.join(src, '_posts'), { recursive: true });
  mkdirSync(path.join(src, '_cap-goal-page'), { recursive: true });
  for (const [file, text] of Object.entries(sources)) {
    mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
    writeFileSync(path.join(src, file), text);
  }
  writeFileSync(victim, VICTIM);
  mkdirSync(path.join(victims, 'goals'), { recursive: true });
  mkdirSync(path.join(victims, 'posts'), { recursive: true });
  writeFileSync(path.join(victims, 'goals/g.md'), VICTIM);
  writeFileSync(path.join(victims, 'posts/2020-01-01-a.md'), VICTIM);
  if (options.outIsLink) {
    symlinkSync(victims, out);
  } else {
    mkdirSync(path.join(out, 'goals'), { recursive: true });
    mkdirSync(path.join(out, 'posts'), { recursive: true });
    writeFileSync(path.join(out, 'goals/kept.md'), KEPT_GOAL);
    writeFileSync(path.join(out, 'posts/2019-01-01-kept.md'), KEPT_POST);
    // A bait link in every output folder: no source maps to it, and its target must not change.
    symlinkSync(victim, path.join(out, 'posts/bait.md'));
  }
  const s: Scene = {
    dir,
    src,
    out,
    victim,
    victims,
    run: async (...extra) => {
      try {
        // The command `npm run import` runs (tests/unit/importer-cli.test.ts goes through npm itself).
        const { stdout, stderr } = await execFileAsync(process.execPath, ['src/cli/import.ts', src, '--out', out, ...extra], { cwd: projectRoot });
        return { code: 0, output: stdout + stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, output: e.stdout + e.stderr };
      }
    },
    changes: () => [],
  };
  options.setup?.(s);
  const before = snapshot(dir);
  s.changes = () => {
    const after = snapshot(dir);
    return [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort();
  };
  return s;
}

const victimUntouched = (s: Scene) => expect(readFileSync(s.victim)).toEqual(VICTIM);

/** The victim outside --out is intact, and nothing but `files` (relative to the case folder) changed. */
function onlyWritten(s: Scene, files: string[]) {
  victimUntouched(s);
  expect(s.changes()).toEqual(files);
}
const written = (s: Scene, file: string) => readFileSync(path.join(s.out, file), 'utf8');

describe('the importer never writes outside --out, nor through a symlink', () => {
  it('a symlinked target file counts as existing: refused without --force', async () => {
    const s = scene('target-link', { '_posts/2020-01-01-a.md': post('a') }, { setup: (s) => symlinkSync(s.victim, path.join(s.out, 'posts/2020-01-01-a.md')) });
    const { code, output } = await s.run();
    expect(code).toBe(1);
    expect(output).toContain('_posts/2020-01-01-a.md → posts/2020-01-01-a.md: FAILED');
    expect(output).toMatch(/error: posts\/2020-01-01-a\.md is a symlink.*--force/);
    onlyWritten(s, []);
  }, 60_000);

  it('with --force the link is replaced by a regular file; what it pointed to is untouched', async () => {
    const s = scene(
      'target-link-force',
      { '_posts/2020-01-01-a.md': post('a') },
      { setup: (s) => symlinkSync(s.victim, path.join(s.out, 'posts/2020-01-01-a.md')) },
    );
    const { code, output } = await s.run('--force');
    expect(code).toBe(0);
    expect(output).toContain('_posts/2020-01-01-a.md → posts/2020-01-01-a.md: converted with warnings');
    expect(output).toContain('posts/2020-01-01-a.md was a symlink; replaced by a regular file');
    victimUntouched(s);
    expect(lstatSync(path.join(s.out, 'posts/2020-01-01-a.md')).isFile()).toBe(true);
    expect(written(s, 'posts/2020-01-01-a.md')).toContain('title: Post a\n');
    onlyWritten(s, ['out/posts/2020-01-01-a.md']);
  }, 60_000);

  it('a symlinked goals/ folder is never written through, even with --force; posts still are', async () => {
    const s = scene(
      'goals-link',
      { '_cap-goal-page/g.md': goal('g'), '_posts/2020-01-02-b.md': post('b') },
      {
        setup: (s) => {
          rmSync(path.join(s.out, 'goals'), { recursive: true });
          symlinkSync(path.join(s.victims, 'goals'), path.join(s.out, 'goals'));
        },
      },
    );
    const { code, output } = await s.run('--force');
    expect(code).toBe(1);
    expect(output).toContain('_cap-goal-page/g.md → goals/g.md: FAILED');
    expect(output).toContain('goals/ in the output folder is a symlink');
    expect(output).toContain('_posts/2020-01-02-b.md → posts/2020-01-02-b.md: converted');
    expect(readFileSync(path.join(s.victims, 'goals/g.md'))).toEqual(VICTIM);
    onlyWritten(s, ['out/posts/2020-01-02-b.md']);
  }, 60_000);

  it('a symlinked posts/ folder is neither read nor written through', async () => {
    const s = scene(
      'posts-link',
      { '_posts/2020-01-01-a.md': post('a') },
      {
        setup: (s) => {
          rmSync(path.join(s.out, 'posts'), { recursive: true });
          symlinkSync(path.join(s.victims, 'posts'), path.join(s.out, 'posts'));
        },
      },
    );
    const { code, output } = await s.run();
    expect(code).toBe(1);
    // Not "exists with different content": the file behind the link was never read.
    expect(output).not.toContain('exists with different content');
    expect(output).toContain('_posts/2020-01-01-a.md → posts/2020-01-01-a.md: FAILED');
    expect(output).toContain('posts/ in the output folder is a symlink');
    expect(readFileSync(path.join(s.victims, 'posts/2020-01-01-a.md'))).toEqual(VICTIM);
    onlyWritten(s, []);
  }, 60_000);

  it('a symlinked --out fails every file, with or without --force', async () => {
    const s = scene('out-link', { '_cap-goal-page/g.md': goal('g'), '_posts/2020-01-01-a.md': post('a') }, { outIsLink: true });
    for (const extra of [[], ['--force']]) {
      const { code, output } = await s.run(...extra);
      expect(code).toBe(1);
      expect(output).toMatch(/_cap-goal-page\/g\.md → goals\/g\.md: FAILED\n {2}error: not written: the output folder \S*out-link\/out is a symlink/);
      expect(output).toMatch(
        /_posts\/2020-01-01-a\.md → posts\/2020-01-01-a\.md: FAILED\n {2}error: not written: the output folder \S*out-link\/out is a symlink/,
      );
      expect(output).toContain('0 converted, 0 converted with warnings, 0 unchanged, 2 failed, 0 skipped');
    }
    expect(readFileSync(path.join(s.victims, 'goals/g.md'))).toEqual(VICTIM);
    expect(readFileSync(path.join(s.victims, 'posts/2020-01-01-a.md'))).toEqual(VICTIM);
    onlyWritten(s, []);
  }, 60_000);
});

describe('sources are read strictly', () => {
  it('a source that is a symlink to a file outside the source folder is not read', async () => {
    const s = scene(
      'source-link-out',
      { '_posts/2020-01-02-b.md': post('b') },
      { setup: (s) => symlinkSync(s.victim, path.join(s.src, '_posts/2020-01-01-a.md')) },
    );
    const { code, output } = await s.run();
    expect(code).toBe(1);
    expect(output).toMatch(/_posts\/2020-01-01-a\.md: FAILED\n {2}error: .*outside the source folder/);
    expect(output).not.toContain('victim: outside');
    onlyWritten(s, ['out/posts/2020-01-02-b.md']);
  }, 60_000);

  it('a source folder that is a symlink out of the source folder: none of its files is read', async () => {
    const s = scene(
      'source-folder-link',
      { '_cap-goal-page/g.md': goal('g') },
      {
        setup: (s) => {
          rmSync(path.join(s.src, '_posts'), { recursive: true });
          symlinkSync(path.join(s.victims, 'posts'), path.join(s.src, '_posts'));
        },
      },
    );
    const { code, output } = await s.run();
    expect(code).toBe(1);
    expect(output).toMatch(/_posts\/2020-01-01-a\.md: FAILED\n {2}error: .*outside the source folder/);
    expect(output).toContain('_cap-goal-page/g.md → goals/g.md: converted');
    onlyWritten(s, ['out/goals/g.md']);
  }, 60_000);

  it('a symlink to another file inside the source folder is read', async () => {
    const s = scene(
      'source-link-in',
      { 'drafts/2020-01-03-c.md': post('c') },
      { setup: (s) => symlinkSync('../drafts/2020-01-03-c.md', path.join(s.src, '_posts/2020-01-03-c.md')) },
    );
    const { code, output } = await s.run();
    expect(code).toBe(0);
    expect(output).toContain('_posts/2020-01-03-c.md → posts/2020-01-03-c.md: converted');
    onlyWritten(s, ['out/posts/2020-01-03-c.md']);
  }, 60_000);

  it('a source that is not UTF-8 fails, naming the line', async () => {
    // "café" in Latin-1 (a lone 0xE9 byte): on line 4 of the first file, line 3 of the second.
    const onLine4 = Buffer.concat([
      Buffer.from('---\nlayout: post\ntitle: T\ndescription: caf'),
      Buffer.from([0xe9]),
      Buffer.from('\npermalink: /c/\n---\nBody.\n'),
    ]);
    const onLine3 = Buffer.concat([Buffer.from('---\nlayout: post\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\npermalink: /d/\ndescription: D.\n---\n')]);
    const s = scene('not-utf8', { '_posts/2020-01-03-c.md': onLine4, '_posts/2020-01-04-d.md': onLine3 });
    const { code, output } = await s.run();
    expect(code).toBe(1);
    expect(output).toMatch(/_posts\/2020-01-03-c\.md: FAILED\n {2}error: not UTF-8 text \(line 4\)/);
    expect(output).toMatch(/_posts\/2020-01-04-d\.md: FAILED\n {2}error: not UTF-8 text \(line 3\)/);
    onlyWritten(s, []);
  }, 60_000);

  it('a BOM is dropped, and CRLF line ends become LF', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(post('bom'))]);
    const crlf = post('crlf', 'Line one\nline two.\n\nSecond paragraph.\n').replace(/\n/g, '\r\n');
    const s = scene('bom-crlf', { '_posts/2020-01-05-bom.md': bom, '_posts/2020-01-06-crlf.md': crlf });
    const { code, output } = await s.run();
    expect(code).toBe(0);
    expect(output).toContain('_posts/2020-01-05-bom.md → posts/2020-01-05-bom.md: converted');
    expect(output).toContain('_posts/2020-01-06-crlf.md → posts/2020-01-06-crlf.md: converted');
    const fromBom = readFileSync(path.join(s.out, 'posts/2020-01-05-bom.md'));
    expect(fromBom.subarray(0, 4).toString('latin1')).toBe('---\n');
    const fromCrlf = written(s, 'posts/2020-01-06-crlf.md');
    expect(fromCrlf).not.toContain('\r');
    expect(fromCrlf).toMatch(/^---\ntitle: Post crlf\n[\s\S]*\n---\n\nLine one\nline two\.\n\nSecond paragraph\.\n$/);
    onlyWritten(s, ['out/posts/2020-01-05-bom.md', 'out/posts/2020-01-06-crlf.md']);
  }, 60_000);
});

describe('output names are <name>.md', () => {
  it('.markdown, .MD and .mdown sources are written as .md', async () => {
    const s = scene('extensions', {
      '_posts/2020-01-01-a.markdown': post('a'),
      '_posts/2020-01-02-b.MD': post('b'),
      '_cap-goal-page/g.mdown': goal('g'),
    });
    const { code, output } = await s.run();
    expect(code).toBe(0);
    expect(output).toContain('_posts/2020-01-01-a.markdown → posts/2020-01-01-a.md: converted');
    expect(output).toContain('_posts/2020-01-02-b.MD → posts/2020-01-02-b.md: converted');
    expect(output).toContain('_cap-goal-page/g.mdown → goals/g.md: converted');
    onlyWritten(s, ['out/goals/g.md', 'out/posts/2020-01-01-a.md', 'out/posts/2020-01-02-b.md']);
  }, 60_000);

  it('two sources that both become the same .md: the second fails as a collision', async () => {
    const s = scene('collision', { '_posts/2020-01-01-a.markdown': post('a'), '_posts/2020-01-01-a.md': post('a2') });
    const { code, output } = await s.run();
    expect(code).toBe(1);
    // Sources are read in name order: "a.markdown" before "a.md".
    expect(output).toContain('_posts/2020-01-01-a.markdown → posts/2020-01-01-a.md: converted');
    expect(output).toContain('_posts/2020-01-01-a.md → posts/2020-01-01-a.md: FAILED');
    expect(output).toContain('posts/2020-01-01-a.md is also the output of _posts/2020-01-01-a.markdown');
    expect(written(s, 'posts/2020-01-01-a.md')).toContain('title: Post a\n');
    onlyWritten(s, ['out/posts/2020-01-01-a.md']);
  }, 60_000);

  it('a name with spaces or ".." fails, naming the file', async () => {
    const s = scene('names', {
      '_posts/2020-01-01 my post.md': post('spaces'),
      '_posts/2020-01-02-a..b.md': post('dots'),
      '_cap-goal-page/g..md': goal('trailing-dot'),
    });
    const { code, output } = await s.run();
    expect(code).toBe(1);
    expect(output).toMatch(/_posts\/2020-01-01 my post\.md: FAILED\n {2}error: "2020-01-01 my post" is not a clean file name/);
    expect(output).toMatch(/_posts\/2020-01-02-a\.\.b\.md: FAILED\n {2}error: "2020-01-02-a\.\.b" is not a clean file name/);
    expect(output).toMatch(/_cap-goal-page\/g\.\.md: FAILED\n {2}error: "g\." is not a clean file name/);
    expect(output).toContain('0 converted, 0 converted with warnings, 0 unchanged, 3 failed, 0 skipped');
    onlyWritten(s, []);
  }, 60_000);
});

describe('what the site will not publish is reported, with its line', () => {
  it('raw <script>, <iframe> and <form> in a post body, but not inside code', async () => {
    const body = [
      'Intro paragraph.', // 7
      '', // 8
      '<script>alert(1)</script>', // 9
      '', // 10
      'Watch <iframe src="https://example.com/v"></iframe> here.', // 11
      '', // 12
      '<form action="/send">', // 13
      '<input name="q">', // 14
      '</form>', // 15
      '', // 16
      'Code is fine: `<script>` and', // 17
      '', // 18
      '    <iframe> indented code', // 19
      '',
    ].join('\n');
    const s = scene('raw-html', { '_posts/2020-01-01-a.md': post('a', body) });
    const { code, output } = await s.run();
    expect(code).toBe(0);
    expect(output).toContain('_posts/2020-01-01-a.md → posts/2020-01-01-a.md: converted with warnings');
    expect(output).toContain('warning: line 9: raw HTML <script> is not published');
    expect(output).toContain('warning: line 11: raw HTML <iframe> is not published');
    expect(output).toContain('warning: line 13: raw HTML <form> is not published');
    expect(output).toContain('warning: line 14: raw HTML <input> is not published');
    expect(output).not.toMatch(/line 1[5-9]:/);
    onlyWritten(s, ['out/posts/2020-01-01-a.md']);
  }, 60_000);

  it('javascript:, vbscript: and data: targets in a post body', async () => {
    const body = [
      'A [harmless](https://example.com/) link.', // 7
      '', // 8
      'A [bad one](javascript:alert(1)).', // 9
      '', // 10
      'Then ![pixel](data:image/png;base64,AAAA) and [ref][r].', // 11
      '', // 12
      '[r]: VBScript:msgbox', // 13
      '',
    ].join('\n');
    const s = scene('script-links', { '_posts/2020-01-01-a.md': post('a', body) });
    const { code, output } = await s.run();
    expect(code).toBe(0);
    expect(output).toContain('warning: line 9: link to "javascript:alert(1)" is not published (only https, http, mailto and paths on this site)');
    expect(output).toContain('warning: line 11: image "data:image/png;base64,AAAA" is not published (only https, http and paths on this site)');
    expect(output).toContain(
      'warning: line 11: link to "VBScript:msgbox" (defined on line 13) is not published (only https, http, mailto and paths on this site)',
    );
    expect(output).not.toContain('line 7:');
    onlyWritten(s, ['out/posts/2020-01-01-a.md']);
  }, 60_000);
});

describe('a second run', () => {
  it('without --force finds everything unchanged and writes nothing', async () => {
    const s = scene('second-run', { '_posts/2020-01-01-a.markdown': post('a'), '_cap-goal-page/g.md': goal('g') });
    const first = await s.run();
    expect(first.code).toBe(0);
    onlyWritten(s, ['out/goals/g.md', 'out/posts/2020-01-01-a.md']);
    const afterFirst = snapshot(s.dir);
    const second = await s.run();
    expect(second.code).toBe(0);
    expect(second.output).toContain('_posts/2020-01-01-a.markdown → posts/2020-01-01-a.md: unchanged');
    expect(second.output).toContain('_cap-goal-page/g.md → goals/g.md: unchanged');
    expect(second.output).toContain('0 converted, 0 converted with warnings, 2 unchanged, 0 failed, 0 skipped');
    expect(snapshot(s.dir)).toEqual(afterFirst);
    victimUntouched(s);
  }, 60_000);
});
