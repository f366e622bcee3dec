/**
 * Compiles the site's stylesheet once per change of what Sass reads, not once per build: USWDS takes Sass about 4 s,
 * and its sources change only with an upgrade. A build looks up the last compile's record (`node_modules/.cache`), and
 * uses its CSS if every file Sass loaded for it still has the same bytes, with the same compiler and options;
 * otherwise it compiles and records again. Vite then handles the CSS as if Sass had just made it: it is given a name
 * beside the entry (`site.scss` → `site.scss.css`), so `url()`s resolve from the same folder. `astro dev` compiles as
 * usual, for reloads on save. Sass itself is loaded only to compile: every Astro start (preview, check, a build whose record
 * still holds) would otherwise pay about 0.4 s to load it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'astro';

export interface StylesheetCacheOptions {
  /** The project's folder: records name files from here, so copies of the project with the same files share them. */
  root: string;
  /** The stylesheet's absolute path, as components import it. */
  entry: string;
  /** Sass's options, the same as Vite is given for `astro dev`. */
  sassOptions: { loadPaths: string[]; quietDeps: boolean };
  /** Folder for the compile records. */
  cacheDir: string;
}

/** A compile: the CSS, and each file Sass read (by its path from the project's folder) with a hash of its bytes. */
interface CompileRecord {
  compiler: string;
  sources: Record<string, string>;
  css: string;
}

type VitePlugin = NonNullable<ViteUserConfig['plugins']>[number];

export default function stylesheetCache({ root, entry, sassOptions, cacheDir }: StylesheetCacheOptions): VitePlugin {
  const compiledId = `${entry}.css`;
  // One record per entry, named by its path in the project: copies of the project (tests) share `node_modules`, and
  // a copy whose files match uses the same compile.
  const fromRoot = path.relative(root, entry);
  const recordFile = path.join(cacheDir, `${path.basename(entry)}-${createHash('sha256').update(fromRoot).digest('hex').slice(0, 12)}.json`);
  // Sass's version and the options: a new compiler or setting makes a different stylesheet from the same files.
  const compiler = JSON.stringify([`sass ${sassVersion()}`, sassOptions]);
  return {
    name: 'cap-stylesheet-cache',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('.scss') || !importer) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === entry ? compiledId : null;
    },
    load(id) {
      return id === compiledId ? compiledCss(root, entry, recordFile, compiler, sassOptions) : null;
    },
  };
}

/** The version of the Sass this module would load (its package file, beside its entry point). */
function sassVersion(): string {
  const main = createRequire(import.meta.url).resolve('sass');
  return (JSON.parse(readFileSync(path.join(path.dirname(main), 'package.json'), 'utf8')) as { version: string }).version;
}

async function compiledCss(
  root: string,
  entry: string,
  recordFile: string,
  compiler: string,
  sassOptions: StylesheetCacheOptions['sassOptions'],
): Promise<string> {
  const record = readRecord(recordFile);
  if (record && record.compiler === compiler && unchanged(root, record.sources)) return record.css;
  const sass = await import('sass');
  const result = sass.compile(entry, { ...sassOptions, style: 'expanded' });
  const files = result.loadedUrls.filter((url) => url.protocol === 'file:').map((url) => fileURLToPath(url));
  const sources = Object.fromEntries(files.map((file) => [path.relative(root, file), digest(file)]));
  writeRecord(recordFile, { compiler, sources, css: result.css });
  return result.css;
}

function readRecord(file: string): CompileRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CompileRecord;
  } catch {
    return undefined;
  }
}

/** Written whole and renamed into place, so a build running beside this one reads the old record or the new one. */
function writeRecord(file: string, record: CompileRecord): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(record));
  renameSync(temporary, file);
}

function unchanged(root: string, sources: Record<string, string>): boolean {
  const files = Object.entries(sources);
  return files.length > 0 && files.every(([file, hash]) => digestOrNothing(path.resolve(root, file)) === hash);
}

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('base64url');
}

function digestOrNothing(file: string): string | undefined {
  try {
    return digest(file);
  } catch {
    return undefined;
  }
}
