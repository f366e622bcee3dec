/**
 * `npm run docs`: rewrites the content reference in README.md from the schemas and the
 * legacy mapping, between the `content-reference` markers. A test fails when it is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { contentReference, replaceReference } from '../docs/readme.ts';

const readme = new URL('../../README.md', import.meta.url);
const updated = replaceReference(await readFile(readme, 'utf8'), contentReference());
await writeFile(readme, updated);
console.log('README.md content reference updated.');
