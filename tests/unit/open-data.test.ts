/**
 * The open data builders (src/lib/open-data/), on the site fixture's goals: CSV quoting and formula
 * neutralising against RFC 4180 and OWASP's rules written out by hand, the JSON files against their
 * published JSON Schema (Ajv), the StratML element order, the DCAT catalog, the export check's one
 * line, the /data/ page model, and the addresses the files claim.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { dataCatalog } from '../../src/lib/open-data/catalog.ts';
import { checkedExport, fieldPath } from '../../src/lib/open-data/check.ts';
import { goalsCsv, plansCsv, toCsv } from '../../src/lib/open-data/csv.ts';
import { dataPage } from '../../src/lib/open-data/data-page.ts';
import { goalFile, goalsFile, jsonText } from '../../src/lib/open-data/json.ts';
import { openDataSet } from '../../src/lib/open-data/records.ts';
import { goalsFileSchema, jsonSchema, type SchemaName } from '../../src/lib/open-data/schemas.ts';
import { agendaStratml, goalStratml, STRATML_NAMESPACE } from '../../src/lib/open-data/stratml.ts';
import { findCollisions, siteClaims } from '../../src/lib/site-addresses.ts';
import { parsePeriod } from '../../src/schemas/period.ts';
import { fixtureGoals, fixturePosts } from '../support/fixture-goal.ts';

const site = new URL('https://data.example.gov/');
const today = new Date('2026-12-02T00:00:00Z');
// Documents under /CAP/held/ are "held by the site"; other site-relative documents go to the archive.
const documentHref = (url: string) => (url.startsWith('/CAP/action_plans/') ? `https://archive.example.gov${url}` : url);
const goals = fixtureGoals('site');
const data = openDataSet(goals, fixturePosts('site'), { site, today, documentHref });

describe('toCsv', () => {
  it('writes a header row and CRLF after every record', () => {
    expect(toCsv(['a', 'b'], [['1', 'x']])).toBe('a,b\r\n1,x\r\n');
  });

  it('quotes a field holding a comma, a quote, CR or LF, doubling quotes (RFC 4180)', () => {
    expect(toCsv(['v'], [['a,b'], ['say "hi"'], ['line\nbreak'], ['cr\rhere'], ['both\r\nends']])).toBe(
      'v\r\n"a,b"\r\n"say ""hi"""\r\n"line\nbreak"\r\n"cr\rhere"\r\n"both\r\nends"\r\n',
    );
  });

  it("prefixes a cell starting with = + - @, a tab or CR with ' so a spreadsheet shows it as text", () => {
    const csv = toCsv(['v'], [['=HYPERLINK("http://x")'], ['+1'], ['-2'], ['@SUM(A1)'], ['\tx'], ['\ry']]);
    expect(csv.split('\r\n').slice(1, 5)).toEqual([`"'=HYPERLINK(""http://x"")"`, "'+1", "'-2", "'@SUM(A1)"]);
    expect(csv).toContain("'\tx\r\n");
    expect(csv).toContain(`"'\ry"`);
  });

  it('keeps other cells, numbers, empty cells and non-ASCII text as they are', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [['café – “x”', 3, null, 'a=b']])).toBe('a,b,c,d\r\ncafé – “x”,3,,a=b\r\n');
  });
});

describe('openDataSet', () => {
  it('holds every goal once, in site order, every address absolute', () => {
    expect(data.goals).toHaveLength(goals.length);
    expect(data.goals.map((goal) => goal.position)).toEqual(goals.map((_, i) => i + 1));
    const it = data.goals.find((goal) => goal.id === 'CAP/it-modernization');
    expect(it).toMatchObject({
      url: 'https://data.example.gov/CAP/it-modernization/',
      dataUrl: 'https://data.example.gov/CAP/it-modernization/goal.json',
      stratmlUrl: 'https://data.example.gov/CAP/it-modernization/stratml.xml',
      category: 'Key Drivers of Transformation',
    });
    expect(it?.actionPlans[0]).toEqual({
      period: '2020-12',
      label: 'December 2020 action plan',
      fiscalYear: 2021,
      fiscalQuarter: 1,
      publishedMonth: '2020-12',
      sortDate: '2020-12-01',
      pageUrl: 'https://data.example.gov/CAP/it-modernization/action-plans/2020-12/',
      documentUrl: 'https://archive.example.gov/CAP/action_plans/dec_2020_IT.pdf',
      documentType: 'PDF',
    });
    // A plan written as a fiscal quarter states no publication month.
    expect(it?.actionPlans[1]).toMatchObject({ period: '2018-Q4', fiscalYear: 2018, fiscalQuarter: 4, publishedMonth: null });
  });

  it('dates the data by its newest plan, or by the build day when no goal has one', () => {
    expect(data.modified).toBe('2021-01-01');
    const bare = openDataSet([{ ...goals[0]!, actionPlans: [] }], [], { site, today, documentHref });
    expect(bare.modified).toBe('2026-12-02');
  });

  it('makes a document the site holds absolute on the site', () => {
    const held = openDataSet([{ ...goals[0]!, actionPlans: [{ period: parsePeriod('2021-01')!, document: '/docs/plan.pdf' }] }], [], {
      site,
      today,
      documentHref,
    });
    expect(held.goals[0]?.actionPlans[0]?.documentUrl).toBe('https://data.example.gov/docs/plan.pdf');
  });
});

describe('JSON files', () => {
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
  const validate = (name: SchemaName, value: unknown) => {
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    const check = ajv.compile(jsonSchema(name, `https://data.example.gov/data/schema/${name}`));
    return check(value) ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
  };

  it('validate against the JSON Schema generated from their zod schema', () => {
    expect(validate('goals.schema.json', goalsFile(data))).toEqual([]);
    for (const goal of data.goals) expect(validate('goal.schema.json', goalFile(data, goal))).toEqual([]);
    expect(validate('catalog.schema.json', dataCatalog({ site, modified: data.modified, contact: { name: 'Team', email: 'team@example.gov' } }))).toEqual([]);
  });

  it('have a JSON Schema that refuses a relative address and unknown fields', () => {
    const file = goalsFile(data);
    expect(validate('goals.schema.json', { ...file, goals: [{ ...file.goals[0], url: '/CAP/x/' }] }).join()).toContain('/goals/0/url');
    expect(validate('goals.schema.json', { ...file, extra: 1 })).not.toEqual([]);
    expect(jsonSchema('goals.schema.json', 'https://x.example.gov/s.json')).toMatchObject({ $id: 'https://x.example.gov/s.json', title: 'CAP goals' });
  });

  it('point at their schema and end with a newline', () => {
    expect(goalsFile(data).$schema).toBe('https://data.example.gov/data/schema/goals.schema.json');
    expect(jsonText({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });
});

describe('checkedExport', () => {
  it('names the file and the field in one line', () => {
    const file = goalsFile(data);
    const bad = {
      ...file,
      goals: [file.goals[0]!, { ...file.goals[1]!, actionPlans: [{ ...file.goals[1]!.actionPlans[0]!, documentUrl: 'mailto:x@example.gov' }] }],
    };
    expect(() => checkedExport('/data/goals.json', goalsFileSchema, bad)).toThrow(
      /^Open data export \/data\/goals\.json: goals\[1\]\.actionPlans\[0\]\.documentUrl: expected an absolute http\(s\) address, got "mailto:x@example\.gov"$/,
    );
  });

  it('counts problems in other fields', () => {
    const file = goalsFile(data);
    expect(() => checkedExport('/data/goals.json', goalsFileSchema, { ...file, count: -1, site: 'ftp://x' })).toThrow(/\(and problems in 1 more field\)$/);
  });

  it('writes paths as a reader does', () => {
    expect(fieldPath(['goals', 2, 'actionPlans', 0, 'url'])).toBe('goals[2].actionPlans[0].url');
    expect(fieldPath([])).toBe('(the whole file)');
  });
});

describe('CSV files', () => {
  it('have one row per goal and one per plan, under their header', () => {
    const goalRows = goalsCsv(data.goals).trimEnd().split('\r\n');
    expect(goalRows[0]).toMatch(/^id,title,subtitle,category,position,url,/);
    expect(goalRows).toHaveLength(data.goals.length + 1);
    const planRows = plansCsv(data.goals).trimEnd().split('\r\n');
    expect(planRows).toHaveLength(1 + data.goals.reduce((sum, goal) => sum + goal.actionPlans.length, 0));
    expect(planRows).toContain(
      'CAP/it-modernization,Fixture IT Modernization,2018-Q4,FY2018 Q4 action plan,2018,4,,2018-09-01,https://data.example.gov/CAP/it-modernization/action-plans/2018-Q4/,https://archive.example.gov/CAP/action_plans/FY2018_Q4_IT.pdf,PDF',
    );
  });
});

describe('StratML', () => {
  it('writes each goal in the StratML Core order, leaders as persons with their role, text escaped', () => {
    const [first] = data.goals;
    const goal = { ...first!, title: 'A & B <C>', leaders: [{ name: 'Pat Doe', title: 'Director' }] };
    const xml = goalStratml(data, goal);
    expect(xml).toContain(`<StrategicPlan xmlns="${STRATML_NAMESPACE}">`);
    expect(xml).toContain('<Name>A &amp; B &lt;C&gt;</Name>');
    const order = [...xml.matchAll(/<(\w+)[ >]/g)].map((m) => m[1]);
    expect(order).toEqual([
      'StrategicPlan',
      'Name',
      'Description',
      'StrategicPlanCore',
      'Organization',
      'Name',
      'Identifier',
      'Description',
      'Goal',
      'Name',
      'Description',
      'Identifier',
      'SequenceIndicator',
      'Stakeholder',
      'Name',
      'Description',
      'Role',
      'Name',
      'Description',
      'OtherInformation',
      'AdministrativeInformation',
      'StartDate',
      'EndDate',
      'PublicationDate',
      'Source',
    ]);
    expect(xml).toContain('<Stakeholder StakeholderTypeType="Person">');
    expect(xml).toContain(`<Identifier>${goal.url}</Identifier>`);
  });

  it('covers the fiscal years of the plans in the agenda', () => {
    const xml = agendaStratml(data, 'https://data.example.gov/data/');
    const years = data.goals.flatMap((goal) => goal.actionPlans.map((plan) => plan.fiscalYear));
    expect(xml).toContain(`<StartDate>${Math.min(...years) - 1}-10-01</StartDate>`);
    expect(xml).toContain(`<EndDate>${Math.max(...years)}-09-30</EndDate>`);
    expect([...xml.matchAll(/<Goal>/g)]).toHaveLength(data.goals.length);
  });
});

describe('dataCatalog', () => {
  it('lists the datasets with the DCAT-US fields and the files as distributions', () => {
    const catalog = dataCatalog({ site, modified: '2021-01-01', contact: { name: 'Team', email: 'team@example.gov' } });
    expect(catalog.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
    const [goalsSet] = catalog.dataset;
    expect(goalsSet).toMatchObject({
      accessLevel: 'public',
      accrualPeriodicity: 'R/P3M',
      modified: '2021-01-01',
      contactPoint: { fn: 'Team', hasEmail: 'mailto:team@example.gov' },
    });
    expect(goalsSet?.distribution.map((file) => [file.downloadURL, file.mediaType])).toEqual([
      ['https://data.example.gov/data/goals.json', 'application/json'],
      ['https://data.example.gov/data/goals.csv', 'text/csv'],
      ['https://data.example.gov/data/stratml.xml', 'application/xml'],
    ]);
  });

  it('refuses a contact that is not an email address', () => {
    expect(() => dataCatalog({ site, modified: '2021-01-01', contact: { name: 'Team', email: 'not an address' } })).toThrow(
      /^Open data export \/data\.json: dataset\[0\]\.contactPoint\.hasEmail: /,
    );
  });
});

describe('dataPage', () => {
  it('gives each file its address, schema and a curl command on the site', () => {
    const page = dataPage(site, { permalink: '/CAP/cx/', title: 'Customer experience' });
    expect(page.files.map((file) => file.path)).toEqual(['/data/goals.json', '/data/goals.csv', '/data/action-plans.csv', '/data/stratml.xml', '/data.json']);
    expect(page.files[0]?.curl).toBe('curl -O https://data.example.gov/data/goals.json');
    expect(page.files[0]?.schema.href).toBe('/data/schema/goals.schema.json');
    expect(page.perGoal?.map((file) => file.path)).toEqual(['/CAP/cx/goal.json', '/CAP/cx/stratml.xml']);
    expect(dataPage(site, undefined).perGoal).toBeUndefined();
  });
});

describe('the addresses the open data claims', () => {
  const goal = (file: string, permalink: string) => ({ file, permalink, redirects: [], actionPlans: [] });

  it('reserve /data/ and /data.json for the site', () => {
    const collisions = findCollisions(siteClaims({ goals: [goal('goals/a.md', '/data/a/'), goal('goals/b.md', '/data.json/')], posts: [] }));
    const pairs = collisions.map((c) => [c.address, c.first.field, c.second.field]);
    expect(pairs).toContainEqual(['/data/a/', 'the open data page and files', 'permalink']);
    expect(pairs).toContainEqual(['/data.json/', 'the data catalog (DCAT-US)', 'permalink']);
  });

  it("claim each goal's goal.json and stratml.xml beside its page", () => {
    const collisions = findCollisions(siteClaims({ goals: [goal('goals/a.md', '/CAP/a/'), goal('goals/b.md', '/CAP/a/goal.json/')], posts: [] }));
    expect(collisions).toContainEqual({
      address: '/CAP/a/goal.json/',
      first: { file: 'goals/a.md', field: "the goal's open data file (goal.json)" },
      second: { file: 'goals/b.md', field: 'permalink' },
    });
  });
});
