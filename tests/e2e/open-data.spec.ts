/**
 * The open data files of the site fixture (tests/.tmp/site-dist): every JSON file validates against
 * the JSON Schema the site publishes (Ajv, draft 2020-12, formats checked); every StratML document
 * validates with xmllint against tests/fixtures/stratml/stratml-core-structure.xsd; the CSV files
 * parse as RFC 4180 (csv-parse, strict) with no cell a spreadsheet would run as a formula; the DCAT-US
 * catalog has every field DCAT-US 1.1 requires; the /data/ page lists each file, and every page's
 * footer links to it. All but the 320 px check read the built files, without a browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { distDir, distPageUrls } from '../support/dist-pages.ts';

const xsd = path.resolve(import.meta.dirname, '../fixtures/stratml/stratml-core-structure.xsd');
const STRATML_NS = 'urn:ISO:std:iso:17469:tech:xsd:stratml_core';
const origin = 'https://cap-goals.example.gov';

const read = (address: string) => readFileSync(path.join(distDir, address), 'utf8');
const readJson = (address: string): unknown => JSON.parse(read(address));
/** The file in the fixture a site address names. */
const fileOf = (url: string) => path.join(distDir, decodeURIComponent(new URL(url, origin).pathname));

/** Every file named `name` in the fixture, as site addresses. */
function filesNamed(name: string): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === name)
    .map((entry) => `/${path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .sort();
}

function validator() {
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  for (const name of ['goals.schema.json', 'goal.schema.json', 'catalog.schema.json']) ajv.addSchema(readJson(`/data/schema/${name}`) as object, name);
  return (name: string, data: unknown) => {
    const validate = ajv.getSchema(name);
    if (!validate) throw new Error(`no schema ${name}`);
    const ok = validate(data);
    return ok ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
  };
}

interface GoalsFile {
  count: number;
  goals: { id: string; url: string; dataUrl: string; stratmlUrl: string; actionPlans: { documentUrl: string; pageUrl: string }[] }[];
}

test.describe('JSON files and their JSON Schemas', () => {
  test('every JSON file validates against the schema the site publishes for it', () => {
    const check = validator();
    expect(check('goals.schema.json', readJson('/data/goals.json'))).toEqual([]);
    expect(check('catalog.schema.json', readJson('/data.json'))).toEqual([]);
    const goalFiles = filesNamed('goal.json');
    expect(goalFiles.length).toBeGreaterThan(5);
    for (const file of goalFiles) expect(check('goal.schema.json', readJson(file)), file).toEqual([]);
  });

  test('the schemas refuse what the files must not hold', () => {
    const check = validator();
    const goals = readJson('/data/goals.json') as GoalsFile;
    const relative = structuredClone(goals);
    relative.goals[0]!.url = '/CAP/cx/';
    expect(check('goals.schema.json', relative).join('\n')).toContain('/goals/0/url');
    const extra = { ...(readJson(filesNamed('goal.json')[0]!) as object), unknown: true };
    expect(check('goal.schema.json', extra)).not.toEqual([]);
  });

  test('goals.json holds every goal, each with its own goal.json and StratML file, and every address is absolute', () => {
    const goals = readJson('/data/goals.json') as GoalsFile;
    expect(goals.count).toBe(goals.goals.length);
    expect(filesNamed('goal.json')).toHaveLength(goals.count);
    const ids = goals.goals.map((goal) => goal.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('CAP/cx');
    for (const goal of goals.goals) {
      expect(existsSync(fileOf(goal.dataUrl)), goal.dataUrl).toBe(true);
      expect(existsSync(fileOf(goal.stratmlUrl)), goal.stratmlUrl).toBe(true);
      expect(existsSync(path.join(fileOf(goal.url), 'index.html')), goal.url).toBe(true);
      const own = readJson(new URL(goal.dataUrl).pathname) as { goal: unknown };
      expect(own.goal).toEqual(goal);
    }
    // Any string that is an address is absolute: nothing starts with a slash.
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(goals);
    expect(strings.filter((value) => value.startsWith('/'))).toEqual([]);
    const urls = goals.goals.flatMap((goal) => [goal.url, goal.dataUrl, ...goal.actionPlans.flatMap((plan) => [plan.pageUrl, plan.documentUrl])]);
    for (const url of urls) expect(url).toMatch(/^https?:\/\/[a-z0-9.-]+\//);
  });

  test('the seed goal carries its leaders and plans with fiscal periods', () => {
    const { goal } = readJson('/CAP/cx/goal.json') as {
      goal: { leaders: { name: string }[]; actionPlans: { period: string; fiscalYear: number; fiscalQuarter: number; publishedMonth: string | null }[] };
    };
    expect(goal.leaders.map((leader) => leader.name)).toContain('Matt Cutts');
    // January 2021 falls in the second quarter of fiscal year 2021 (October to September).
    expect(goal.actionPlans.find((plan) => plan.period === '2021-01')).toMatchObject({ fiscalYear: 2021, fiscalQuarter: 2, publishedMonth: '2021-01' });
  });
});

test.describe('CSV files', () => {
  for (const [file, header, rowsOf] of [
    ['/data/goals.csv', 'id', (goals: GoalsFile) => goals.goals.length],
    ['/data/action-plans.csv', 'goal_id', (goals: GoalsFile) => goals.goals.reduce((sum, goal) => sum + goal.actionPlans.length, 0)],
  ] as const) {
    test(`${file} is RFC 4180 with a header row, one row per record, and no formula-leading cell`, () => {
      const bytes = readFileSync(path.join(distDir, file));
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(text, { relax_column_count: false, relax_quotes: false, record_delimiter: '\r\n' }) as string[][];
      expect(rows[0]?.[0]).toBe(header);
      expect(rows.length - 1).toBe(rowsOf(readJson('/data/goals.json') as GoalsFile));
      for (const cell of rows.flat()) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    });
  }
});

test.describe('StratML', () => {
  const documents = () => ['/data/stratml.xml', ...filesNamed('stratml.xml').filter((file) => file !== '/data/stratml.xml')];

  test('every StratML document validates against the StratML Core structure with xmllint', () => {
    const files = documents();
    expect(files.length).toBeGreaterThan(5);
    const result = spawnSync('xmllint', ['--noout', '--schema', xsd, ...files.map((file) => path.join(distDir, file))], { encoding: 'utf8' });
    expect(result.error, 'xmllint must be installed (Debian libxml2-utils)').toBeUndefined();
    expect(result.stderr.split('\n').filter((line) => line && !line.endsWith(' validates'))).toEqual([]);
    expect(result.status).toBe(0);
  });

  test('the agenda has every goal in order, with leaders as persons, in the StratML namespace', () => {
    const xml = read('/data/stratml.xml');
    expect(xml).toContain(`<StrategicPlan xmlns="${STRATML_NS}">`);
    const goals = readJson('/data/goals.json') as GoalsFile;
    const identifiers = [...xml.matchAll(/<Goal>\s*<Name>[^<]*<\/Name>(?:\s*<Description>[^<]*<\/Description>)?\s*<Identifier>([^<]*)<\/Identifier>/g)].map(
      (m) => m[1],
    );
    expect(identifiers).toEqual(goals.goals.map((goal) => goal.url));
    expect(xml).toMatch(/<Stakeholder StakeholderTypeType="Person">\s*<Name>Matt Cutts<\/Name>/);
  });

  test('the schema refuses a document whose elements are out of order', () => {
    const xml = read('/data/stratml.xml')
      .replace(/<SequenceIndicator>1<\/SequenceIndicator>/, '')
      .replace('</Name>\n  <Description>', '</Name>\n  <SequenceIndicator>1</SequenceIndicator>\n  <Description>');
    const dir = mkdtempSync(path.join(tmpdir(), 'stratml-'));
    writeFileSync(path.join(dir, 'bad.xml'), xml);
    const result = spawnSync('xmllint', ['--noout', '--schema', xsd, path.join(dir, 'bad.xml')], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
  });
});

test.describe('DCAT-US catalog', () => {
  test('/data.json has every field DCAT-US 1.1 requires, and its files exist', () => {
    const catalog = readJson('/data.json') as Record<string, unknown> & { dataset: Record<string, unknown>[] };
    expect(catalog.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog.dataset.length).toBeGreaterThanOrEqual(2);
    // DCAT-US 1.1 (Project Open Data metadata schema): required for every federal dataset, and the fields data.gov asks of a public one.
    const required = [
      'title',
      'description',
      'keyword',
      'modified',
      'publisher',
      'contactPoint',
      'identifier',
      'accessLevel',
      'bureauCode',
      'programCode',
      'license',
      'distribution',
      'accrualPeriodicity',
    ];
    const identifiers = new Set<string>();
    for (const dataset of catalog.dataset) {
      for (const field of required) expect(dataset[field], `${String(dataset.title)}: ${field}`).toBeTruthy();
      expect(Array.isArray(dataset.keyword) && dataset.keyword.length > 0).toBe(true);
      expect(dataset.modified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((dataset.publisher as { name?: string }).name).toBeTruthy();
      const contact = dataset.contactPoint as { fn?: string; hasEmail?: string };
      expect(contact.fn).toBeTruthy();
      expect(contact.hasEmail).toMatch(/^mailto:[^@\s]+@[^@\s]+\.[a-z]+$/);
      expect(dataset.accessLevel).toBe('public');
      expect(dataset.accrualPeriodicity).toBe('R/P3M');
      for (const code of dataset.bureauCode as string[]) expect(code).toMatch(/^\d{3}:\d{2}$/);
      for (const code of dataset.programCode as string[]) expect(code).toMatch(/^\d{3}:\d{3}$/);
      expect(String(dataset.license)).toMatch(/^https:\/\//);
      identifiers.add(String(dataset.identifier));
      const distribution = dataset.distribution as { downloadURL?: string; mediaType?: string; format?: string }[];
      expect(distribution.length).toBeGreaterThan(0);
      for (const file of distribution) {
        expect(file.downloadURL).toMatch(/^https:\/\//);
        expect(file.mediaType).toMatch(/^(application\/json|text\/csv|application\/xml)$/);
        expect(file.format).toBeTruthy();
        expect(existsSync(fileOf(file.downloadURL!)), file.downloadURL).toBe(true);
      }
    }
    expect(identifiers.size).toBe(catalog.dataset.length);
  });
});

test.describe('the /data/ page', () => {
  test('says what each file holds, how often it changes, its schema and a curl command, and links files that exist', () => {
    const html = parseHtml(read('/data/index.html'));
    const main = html.querySelector('main');
    expect(main?.querySelector('h1')?.text).toBe('Open data');
    const text = main?.text ?? '';
    expect(text).toMatch(/once a quarter/);
    for (const file of ['/data/goals.json', '/data/goals.csv', '/data/action-plans.csv', '/data/stratml.xml', '/data.json', '/CAP/']) {
      expect(text).toContain(file);
    }
    expect(text).toContain(`curl -O ${origin}/data/goals.json`);
    const links = main?.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '') ?? [];
    expect(links).toContain('/data/schema/goals.schema.json');
    for (const link of links.filter((href) => href.startsWith('/'))) expect(existsSync(fileOf(link)), link).toBe(true);
  });

  test('does not scroll sideways at 320 px, long addresses and commands included', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/data/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('every page of the site links to it from its footer', () => {
    const pages = distPageUrls().filter((url) => !/http-equiv="refresh"/.test(read(url.endsWith('/') ? `${url}index.html` : url)));
    expect(pages).toContain('/data/');
    expect(pages.length).toBeGreaterThan(20);
    for (const url of pages) {
      const html = parseHtml(read(url.endsWith('/') ? `${url}index.html` : url));
      const footerLinks = html.querySelectorAll('footer a').map((a) => [a.text.trim(), a.getAttribute('href')]);
      expect(footerLinks, url).toContainEqual(['Open data', '/data/']);
    }
  });
});
