/**
 * The output folder on disk. Nothing is read or written through a symlink: `--out`, its `goals/`
 * and `posts/` must be real folders, and a symlinked file in them counts as an existing file that
 * only `--force` replaces, with a regular file (the rename replaces the link, not what it points
 * to). Each file is written to a temporary file beside it and renamed into place, so an
 * interrupted import never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';

const OUTPUT_FOLDERS = ['goals', 'posts'] as const;

const NEVER_THROUGH = 'and the importer never writes through one';

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Why nothing may go into `out`, or into `out/<folder>` when folder is given; undefined when all is well. */
function folderProblem(out: string, shownOut: string, folder?: string): string | undefined {
  const outStat = lstatOrUndefined(out);
  if (outStat?.isSymbolicLink()) return `the output folder ${shownOut} is a symlink, ${NEVER_THROUGH}`;
  if (outStat && !outStat.isDirectory()) return `the output folder ${shownOut} is not a folder`;
  if (!outStat || !folder) return undefined;
  const stat = lstatOrUndefined(path.join(out, folder));
  if (stat?.isSymbolicLink()) return `${folder}/ in the output folder is a symlink, ${NEVER_THROUGH}`;
  if (stat && !stat.isDirectory()) return `${folder} in the output folder is not a folder`;
  if (stat && realpathSync(path.join(out, folder)) !== path.join(realpathSync(out), folder)) return `${folder}/ resolves outside the output folder`;
  return undefined;
}

export interface OutputFiles {
  /** Regular files in `goals/` and `posts/`, by path relative to the output folder. */
  existing: Map<string, string>;
  /** Symlinks there, never read through. */
  links: Set<string>;
}

/** What the output folder holds; a folder that is a symlink is not looked into. */
export function readOutput(out: string): OutputFiles {
  const files: OutputFiles = { existing: new Map(), links: new Set() };
  for (const folder of OUTPUT_FOLDERS) {
    const dir = path.join(out, folder);
    if (folderProblem(out, out, folder) || !lstatOrUndefined(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) files.links.add(`${folder}/${entry.name}`);
      else if (entry.isFile()) files.existing.set(`${folder}/${entry.name}`, readFileSync(path.join(dir, entry.name), 'utf8'));
    }
  }
  return files;
}

function writeAtomically(target: string, text: string): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    // wx: fails on anything already there, a symlink included, rather than following it.
    const fd = openSync(temp, 'wx', 0o666);
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Writes `relative` (`goals/<name>.md` or `posts/<name>.md`) inside `out`, checking every step
 * again at write time. A symlink at the target is replaced only when `replaceLink` is set.
 * Returns why the file was not written, or undefined.
 */
export function writeInside(out: string, shownOut: string, relative: string, text: string, replaceLink: boolean): string | undefined {
  const [folder, name, ...rest] = relative.split('/');
  if (!folder || !OUTPUT_FOLDERS.some((f) => f === folder) || !name || rest.length || name.startsWith('.'))
    return `internal error: ${relative} is not a content file path`;
  try {
    let problem = folderProblem(out, shownOut);
    if (problem) return `not written: ${problem}`;
    mkdirSync(out, { recursive: true });
    problem = folderProblem(out, shownOut, folder);
    if (problem) return `not written: ${problem}`;
    mkdirSync(path.join(out, folder), { recursive: true });
    // Again: the folder may have been created just now, or swapped meanwhile.
    problem = folderProblem(out, shownOut, folder);
    if (problem) return `not written: ${problem}`;
    const target = path.join(realpathSync(path.join(out, folder)), name);
    const stat = lstatOrUndefined(target);
    if (stat?.isSymbolicLink() && !replaceLink)
      return `${relative} is a symlink, so counts as an existing file; use --force to replace the link with a regular file`;
    if (stat && !stat.isFile() && !stat.isSymbolicLink()) return `${relative} exists and is not a regular file; not replaced`;
    writeAtomically(target, text);
    return undefined;
  } catch (error) {
    return `not written: ${(error as Error).message}`;
  }
}
