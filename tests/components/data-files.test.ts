/** DataFiles renders the /data/ page's files as given: address, format, contents, schema, curl command. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import DataFiles from '../../src/components/DataFiles.astro';

const files = [
  {
    path: '/data/goals.json',
    format: 'JSON',
    holds: 'Every goal.',
    schema: { text: 'JSON Schema', href: '/data/schema/goals.schema.json' },
    curl: 'curl -O https://x.example.gov/data/goals.json',
  },
  {
    path: '/data/goals.csv',
    format: 'CSV',
    holds: 'One row per goal.',
    schema: { text: 'RFC 4180', href: undefined },
    curl: 'curl -O https://x.example.gov/data/goals.csv',
  },
];

describe('DataFiles', () => {
  it('renders one row per file, with a schema link only when there is one', async () => {
    const container = await AstroContainer.create();
    const html = parse(await container.renderToString(DataFiles, { props: { files, caption: 'Files' } }));
    expect(html.querySelector('caption')?.text).toBe('Files');
    const rows = html.querySelectorAll('tbody tr');
    expect(rows.map((row) => row.querySelector('th a')?.getAttribute('href'))).toEqual(['/data/goals.json', '/data/goals.csv']);
    expect(rows.map((row) => row.querySelector('td[data-label="Schema"] a')?.getAttribute('href'))).toEqual(['/data/schema/goals.schema.json', undefined]);
    expect(rows[1]?.querySelector('td[data-label="Schema"]')?.text).toBe('RFC 4180');
    expect(rows.map((row) => row.querySelector('code')?.text)).toEqual(files.map((file) => file.curl));
  });
});
