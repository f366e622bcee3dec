/**
 * The files the site holds under a document root (`public/`, the content folder's `assets/`), listed once per build:
 * thousands of pages ask whether a document is held, and one listing replaces a file system call per question.
 * Build-time only. A file added while `astro dev` runs is seen after a restart.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const listings = new Map<string, ReadonlySet<string>>();

/** Absolute paths of the files under `root`, links to files included; empty when there is no such folder. */
function filesUnder(root: string): ReadonlySet<string> {
  let files = listings.get(root);
  if (!files) {
    const entries = (() => {
      try {
        return readdirSync(root, { recursive: true, withFileTypes: true });
      } catch {
        return [];
      }
    })();
    files = new Set(
      entries
        .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && statSync(path.join(entry.parentPath, entry.name), { throwIfNoEntry: false })?.isFile()))
        .map((entry) => path.join(entry.parentPath, entry.name)),
    );
    listings.set(root, files);
  }
  return files;
}

/** The file that `relative` names under `root`, when the root holds one there; never a path outside the root. */
export function heldFile(root: string, relative: string): string | undefined {
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  return file.startsWith(base + path.sep) && filesUnder(base).has(file) ? file : undefined;
}
