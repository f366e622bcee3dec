/**
 * Builds a throwaway copy of this project with `npm run build`'s entry point (`src/cli/build.ts`), run from the copy's own
 * folder as npm would, so every path the site resolves (the project root, `public/`, a relative or default
 * `CAP_CONTENT_DIR`) is the copy's and no setting is inherited from the test run. The copy has the project's code and
 * configuration, its `node_modules` by a link, and only the files a test gives it.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const scratch = path.join(projectRoot, 'tests/.tmp/project-builds');
/** What a copy takes from the project: its code and configuration, never its content. */
const COPIED = ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface ProjectBuild {
  code: number;
  /** stdout and stderr together. */
  output: string;
  /** The copy's folder (the working folder of the build). */
  root: string;
  /** Where the build was published: the copy's `dist/`. */
  outDir: string;
}

export interface ProjectBuildOptions {
  /** Files by path from the copy's folder (`public/x.pdf`, `src/content/goals/a.md`), or absolute paths anywhere. */
  files: Record<string, string | Uint8Array>;
  /** CAP_CONTENT_DIR as the build sees it; unset for the default (`src/content`). `{outside}` ({@link OUTSIDE}) stands for a scratch folder of this case outside the copy. */
  contentDir?: string;
}

/** The scratch folder a case may put files in outside its copy, for an absolute `CAP_CONTENT_DIR`. */
export const OUTSIDE = '{outside}';

/** Copies the project, writes `files`, and builds it from the copy's folder. */
export async function buildProjectCopy({ files, contentDir }: ProjectBuildOptions): Promise<ProjectBuild> {
  await mkdir(scratch, { recursive: true });
  const work = await mkdtemp(path.join(scratch, 'case-'));
  const root = path.join(work, 'project');
  const outside = path.join(work, 'outside');
  for (const name of COPIED) {
    // The copy's own content folder is what the test writes, never the project's.
    await cp(path.join(projectRoot, name), path.join(root, name), { recursive: true, filter: (from) => from !== path.join(projectRoot, 'src/content') });
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  for (const [name, data] of Object.entries(files)) {
    const file = path.resolve(root, name.replaceAll(OUTSIDE, outside));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data);
  }
  // No CAP_* setting of the test run reaches the build; only the content folder under test, and a cache of its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('CAP_')));
  if (contentDir !== undefined) env.CAP_CONTENT_DIR = contentDir.replaceAll(OUTSIDE, outside);
  env.CAP_CACHE_DIR = path.join(work, 'cache');
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(process.execPath, ['src/cli/build.ts'], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
  return { code, output, root, outDir: path.join(root, 'dist') };
}
