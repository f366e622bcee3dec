import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { goalEntrySchema } from '../schemas/goal-entry.ts';
import { postSchema } from '../schemas/post.ts';
import { readFrontMatter } from './front-matter.ts';

export interface Problem {
  /** The file, relative to the folder checked. */
  file: string;
  /** The field as written in the file, or undefined for the whole file. */
  field?: string;
  message: string;
}

const COLLECTIONS: { folder: string; schema: z.ZodType }[] = [
  { folder: 'goals', schema: goalEntrySchema },
  { folder: 'posts', schema: postSchema },
];

/** Checks every goal and post under `contentDir` with the same schemas the site uses. */
export async function checkContent(contentDir: string): Promise<{ files: number; problems: Problem[] }> {
  const problems: Problem[] = [];
  let files = 0;
  const owners = new Map<string, string>();
  for (const { folder, schema } of COLLECTIONS) {
    const dir = path.join(contentDir, folder);
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.md')).sort();
    for (const name of names) {
      files++;
      const file = path.join(folder, name);
      const front = readFrontMatter(await readFile(path.join(dir, name), 'utf8'));
      if (!front.ok) {
        problems.push(...front.problems.map((message) => ({ file, message })));
        continue;
      }
      const result = schema.safeParse(front.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file, field: issue.path.length ? issue.path.join('.') : undefined, message: issue.message });
        }
        continue;
      }
      // One address, one page: permalinks and old addresses of goals and posts must not collide.
      const { permalink, redirectFrom } = result.data as { permalink?: string; redirectFrom: string[] };
      for (const [field, addresses] of [['permalink', permalink ? [permalink] : []], ['redirectFrom', redirectFrom]] as const) {
        for (const address of addresses) {
          const owner = owners.get(address);
          if (owner) problems.push({ file, field, message: `address ${address} is already used by ${owner}` });
          else owners.set(address, file);
        }
      }
    }
  }
  return { files, problems };
}

/** One line per problem: `goals/cx.md: resource-2-url: expected ...`. */
export function formatProblem(root: string, problem: Problem): string {
  const where = path.join(root, problem.file);
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}
