import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as sass from 'sass';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import stylesheetCache from '../../src/integrations/stylesheet-cache.ts';

// Counts Sass compiles; every compile is still Sass's own.
vi.mock('sass', async (importOriginal) => {
  const real = await importOriginal<typeof import('sass')>();
  return { ...real, compile: vi.fn(real.compile) };
});

/** The two hooks the plugin has, as Vite calls them. */
interface StylesheetPlugin {
  resolveId: (
    this: { resolve: (source: string, importer: string) => Promise<{ id: string } | null> },
    source: string,
    importer?: string,
  ) => Promise<string | null>;
  load: (id: string) => string | null;
}

let folder: string;
let entry: string;

async function project(partial: string): Promise<void> {
  await writeFile(path.join(folder, 'styles', '_part.scss'), partial);
}

let cacheDir: string;

function plugin(loadPaths: string[] = []): StylesheetPlugin {
  return stylesheetCache({ root: folder, entry, sassOptions: { loadPaths, quietDeps: true }, cacheDir }) as unknown as StylesheetPlugin;
}

/** The CSS a build gets for the entry: resolved as a component imports it, then loaded. */
async function buildCss(loadPaths?: string[]): Promise<string | null> {
  const hooks = plugin(loadPaths);
  const id = await hooks.resolveId.call(
    { resolve: async (source) => ({ id: path.resolve(folder, 'layouts', source) }) },
    '../styles/site.scss',
    path.join(folder, 'layouts', 'Base.astro'),
  );
  return id ? hooks.load(id) : null;
}

beforeEach(async () => {
  vi.mocked(sass.compile).mockClear();
  cacheDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'stylesheet-cache-')), 'cache');
  await copyOfProject();
});

/** A new project folder with the same two files, using the same cache folder (as copies sharing `node_modules` do). */
async function copyOfProject(): Promise<void> {
  folder = await mkdtemp(path.join(os.tmpdir(), 'stylesheet-project-'));
  await mkdir(path.join(folder, 'styles'));
  entry = path.join(folder, 'styles', 'site.scss');
  await writeFile(entry, "@use 'part';\nmain { margin: 0; }\n");
  await project('$ink: #1b1b1b;\n.cap-card { color: $ink; }\n');
}

describe('the stylesheet cache', () => {
  it('gives the entry a CSS name in its own folder, so url()s resolve from where Sass would resolve them', async () => {
    const id = await plugin().resolveId.call({ resolve: async () => ({ id: entry }) }, '../styles/site.scss', path.join(folder, 'layouts', 'Base.astro'));
    expect(id).toMatch(/\.css$/);
    expect(path.dirname(id!)).toBe(path.dirname(entry));
  });

  it('leaves every other stylesheet to Vite', async () => {
    const other = path.join(folder, 'styles', 'print.scss');
    expect(await plugin().resolveId.call({ resolve: async () => ({ id: other }) }, './print.scss', entry)).toBeNull();
    expect(plugin().load(other)).toBeNull();
  });

  it('compiles once, then serves the same CSS to the next build without Sass', async () => {
    const first = await buildCss();
    expect(first).toContain('.cap-card');
    expect(first).toContain('color: #1b1b1b');
    const second = await buildCss();
    expect(second).toBe(first);
    expect(sass.compile).toHaveBeenCalledTimes(1);
  });

  it('serves a copy of the project in another folder, with the same files, from the same compile', async () => {
    const first = await buildCss();
    await copyOfProject();
    expect(await buildCss()).toBe(first);
    expect(sass.compile).toHaveBeenCalledTimes(1);
  });

  it('compiles again for a copy of the project whose files differ', async () => {
    await buildCss();
    await copyOfProject();
    await project('$ink: #005ea2;\n.cap-card { color: $ink; }\n');
    expect(await buildCss()).toContain('color: #005ea2');
    expect(sass.compile).toHaveBeenCalledTimes(2);
  });

  it('compiles again when a file Sass read has changed', async () => {
    await buildCss();
    await project('$ink: #005ea2;\n.cap-card { color: $ink; }\n');
    expect(await buildCss()).toContain('color: #005ea2');
    expect(sass.compile).toHaveBeenCalledTimes(2);
  });

  it('compiles again when the options change', async () => {
    await buildCss();
    await buildCss([path.join(folder, 'styles')]);
    expect(sass.compile).toHaveBeenCalledTimes(2);
  });

  it('reports a Sass error as Sass does, with the file, and records nothing', async () => {
    await project('.cap-card { color: $undefined; }\n');
    await expect(buildCss()).rejects.toThrow(/Undefined variable[\s\S]*_part\.scss/);
    expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
    await project('.cap-card { color: red; }\n');
    expect(await buildCss()).toContain('color: red');
  });
});
