/**
 * `/data.json`: the site's datasets as a DCAT-US 1.1 catalog (the Project Open Data metadata schema),
 * which data.gov harvests. Each dataset lists its files (distributions) with their media types.
 */
import { checkedExport } from './check.ts';
import { schemaUrl } from './json.ts';
import { AGENDA_STRATML_PATH, CATALOG_PATH, DATA_PATH, GOALS_CSV_PATH, GOALS_JSON_PATH, PLANS_CSV_PATH } from './paths.ts';
import { catalogSchema, type Catalog, type Dataset, type Distribution } from './schemas.ts';

/**
 * Who publishes the data, and the codes OMB gives it (agency 023 is the General Services Administration,
 * which runs the site for OMB). Check these with the site owner before launch.
 */
const PUBLISHER = { '@type': 'org:Organization', name: 'Office of Management and Budget' } as const;
const BUREAU_CODE = ['023:00'];
const PROGRAM_CODE = ['023:000'];
/** Works of the U.S. government are in the public domain; CC0 says so worldwide. */
const LICENSE = 'https://creativecommons.org/publicdomain/zero/1.0/';
const KEYWORDS = ['Cross-Agency Priority goals', 'CAP goals', "President's Management Agenda", 'performance', 'action plans', 'GPRA Modernization Act'];

export interface CatalogOptions {
  site: URL;
  /** The newest action plan's day: when the data last changed. */
  modified: string;
  /** Who answers questions about the data: a name and an email address. */
  contact: { name: string; email: string };
}

/** The DCAT-US catalog, checked against its schema. */
export function dataCatalog({ site, modified, contact }: CatalogOptions): Catalog {
  const at = (path: string) => new URL(path, site).href;
  const file = (path: string, title: string, description: string, mediaType: string, format: string, schema?: string): Distribution => ({
    '@type': 'dcat:Distribution',
    title,
    description,
    downloadURL: at(path),
    mediaType,
    format,
    ...(schema ? { describedBy: schema, describedByType: 'application/schema+json' } : {}),
  });
  const dataset = (fragment: string, title: string, description: string, distribution: Distribution[]): Dataset => ({
    '@type': 'dcat:Dataset',
    title,
    description,
    keyword: KEYWORDS,
    modified,
    publisher: PUBLISHER,
    contactPoint: { '@type': 'vcard:Contact', fn: contact.name, hasEmail: `mailto:${contact.email}` },
    identifier: at(`${DATA_PATH}#${fragment}`),
    accessLevel: 'public',
    bureauCode: BUREAU_CODE,
    programCode: PROGRAM_CODE,
    license: LICENSE,
    landingPage: at(DATA_PATH),
    accrualPeriodicity: 'R/P3M',
    language: ['en-US'],
    distribution,
  });
  return checkedExport(CATALOG_PATH, catalogSchema, {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@id': at(CATALOG_PATH),
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: [
      dataset(
        'goals',
        'Cross-Agency Priority goals',
        'Every Cross-Agency Priority goal with its category, leaders, statement, action plans and key performance indicators.',
        [
          file(GOALS_JSON_PATH, 'Goals (JSON)', 'Every goal, in one JSON file.', 'application/json', 'JSON', schemaUrl(site, 'goals.schema.json')),
          file(GOALS_CSV_PATH, 'Goals (CSV)', 'One row per goal.', 'text/csv', 'CSV'),
          file(AGENDA_STRATML_PATH, 'Goals (StratML)', 'The agenda as a StratML Part 1 (ISO 17469-1) strategic plan.', 'application/xml', 'XML'),
        ],
      ),
      dataset(
        'action-plans',
        'Cross-Agency Priority goal action plans',
        'Every quarterly action plan of every goal: period, fiscal year and quarter, publication month and document.',
        [
          file(PLANS_CSV_PATH, 'Action plans (CSV)', 'One row per action plan.', 'text/csv', 'CSV'),
          file(
            GOALS_JSON_PATH,
            'Action plans inside the goals (JSON)',
            'Each goal in this file lists its action plans.',
            'application/json',
            'JSON',
            schemaUrl(site, 'goals.schema.json'),
          ),
        ],
      ),
    ],
  });
}
