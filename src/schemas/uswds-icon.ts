/**
 * The names of the icons in the USWDS icon set (`@uswds/uswds`, `dist/img/usa-icons/*.svg`), read from the
 * installed package, so content can name only an icon the site can draw, and a new USWDS release brings its
 * new icons without a change here.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'astro/zod';
import { nearest } from './suggest.ts';

/**
 * The package's icon folder. Resolved from the working directory (the project root under `npm run`), not from
 * `import.meta.url`, which points into Astro's bundle at render time.
 */
export const USWDS_ICON_DIR = path.dirname(createRequire(path.join(process.cwd(), 'package.json')).resolve('@uswds/uswds/img/usa-icons/flag.svg'));

/** Every icon name, such as `groups` or `account_balance`, sorted. */
export const USWDS_ICON_NAMES: readonly string[] = readdirSync(USWDS_ICON_DIR)
  .filter((file) => file.endsWith('.svg'))
  .map((file) => file.slice(0, -'.svg'.length))
  .sort();

const known = new Set(USWDS_ICON_NAMES);

/** An icon of the USWDS set, by name; a misspelt name gets the nearest real one as a suggestion. */
export const uswdsIconName = z
  .string({ error: (issue) => `expected the name of a USWDS icon such as "groups", got ${JSON.stringify(issue.input)}` })
  .trim()
  .refine((name) => known.has(name), {
    error: (issue) => {
      const input = String(issue.input).trim();
      const near = nearest(input, USWDS_ICON_NAMES);
      return near
        ? `"${input}" is not a USWDS icon; did you mean "${near}"?`
        : `"${input}" is not a USWDS icon; use a file name from @uswds/uswds dist/img/usa-icons without ".svg", such as "groups", "flag" or "insights"`;
    },
  })
  .meta({ title: 'name of a USWDS icon, such as `groups`' });
