/**
 * The Astro content loader of the site's collections: each file is read once, by the same reader and
 * schema the content check uses (`registry.ts`), so the build cannot read a file differently.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { COLLECTIONS, CONTENT_FILE, type CollectionName } from './registry.ts';
import { readFrontMatter } from './front-matter.ts';
import { decodeContentFile } from './text-rules.ts';

/** Loads every `.md` file of `dir` (not its subfolders) into `collection`; the file name without `.md` is the id, as written. */
export function collectionLoader(collection: CollectionName, dir: string): Loader {
  const loadAll = async ({ store, parseData, generateDigest }: LoaderContext) => {
    const names = (await readdir(dir, { withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && CONTENT_FILE.test(entry.name))
      .map((entry) => entry.name)
      .sort();
    store.clear();
    for (const name of names) {
      const filePath = path.join(dir, name);
      const decoded = decodeContentFile(await readFile(filePath));
      if (!decoded.ok) throw new Error(`${filePath}: ${decoded.problems.join('; ')}`);
      const front = readFrontMatter(decoded.text);
      // The content check runs before every build and explains each problem; this only stops the build.
      if (!front.ok) throw new Error(`${filePath}: ${front.problems.join('; ')}`);
      const id = CONTENT_FILE.exec(name)?.[1] ?? name;
      const data = await parseData({ id, data: front.data as Record<string, unknown>, filePath });
      store.set({ id, data, body: front.body, filePath: path.relative(process.cwd(), filePath), digest: generateDigest(decoded.text) });
    }
  };
  let watching = false;
  return {
    name: `cap-${collection}`,
    schema: COLLECTIONS[collection].schema,
    load: async (context) => {
      await loadAll(context);
      const { watcher } = context;
      if (!watcher || watching) return;
      watching = true;
      watcher.add(dir);
      const reload = (changed: string) => {
        if (path.dirname(changed) === dir && CONTENT_FILE.test(path.basename(changed)))
          loadAll(context).catch((error: unknown) => context.logger.error(String(error)));
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}
