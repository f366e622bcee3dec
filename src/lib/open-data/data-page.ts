/** The view model of `/data/`, the developer page: what each file holds, how often it changes, its schema, and how to fetch it. */
import { AGENDA_STRATML_PATH, CATALOG_PATH, GOALS_CSV_PATH, GOALS_JSON_PATH, PLANS_CSV_PATH, SCHEMA_PATH, goalJsonPath, goalStratmlPath } from './paths.ts';
import type { SchemaName } from './schemas.ts';

/** One file as the page describes it. */
export interface DataFileItem {
  /** The file's address on the site, as the link shows it. */
  path: string;
  /** "JSON", "CSV", "StratML (XML)". */
  format: string;
  /** What it holds, in a sentence. */
  holds: string;
  /** Its schema: a link, or a sentence naming the standard. */
  schema: { text: string; href: string | undefined };
  /** An example command that downloads it. */
  curl: string;
}

export interface DataPage {
  title: string;
  description: string;
  /** How often the data changes, for every file. */
  changes: string;
  files: DataFileItem[];
  /** The files each goal has beside its page, shown for one example goal. */
  perGoal: DataFileItem[] | undefined;
  /** The example goal's title. */
  exampleGoal: string | undefined;
}

const SCHEMA_TEXT = 'JSON Schema (draft 2020-12)';

/** The page, with absolute addresses in its `curl` examples; `example` is any goal's permalink and title. */
export function dataPage(site: URL, example: { permalink: string; title: string } | undefined): DataPage {
  const at = (path: string) => new URL(path, site).href;
  const schema = (name: SchemaName) => ({ text: SCHEMA_TEXT, href: `${SCHEMA_PATH}${name}` });
  const item = (path: string, format: string, holds: string, fileSchema: DataFileItem['schema']): DataFileItem => ({
    path,
    format,
    holds,
    schema: fileSchema,
    curl: `curl -O ${at(path)}`,
  });
  const csvSchema = { text: 'CSV (RFC 4180, UTF-8) with a header row; the columns are those of the JSON file', href: undefined };
  return {
    title: 'Open data',
    description: 'Every Cross-Agency Priority goal and action plan as JSON, CSV and StratML, with a DCAT-US catalog for data.gov.',
    changes:
      'The files are rebuilt with the site and change when goals or action plans do: about once a quarter, when new action plans are published. The JSON files say when the data last changed, in their `modified` field.',
    files: [
      item(
        GOALS_JSON_PATH,
        'JSON',
        'Every goal: category, address, leaders, statement, challenge, opportunity, action plans (period, fiscal year and quarter, publication month, document) and key performance indicators.',
        schema('goals.schema.json'),
      ),
      item(
        GOALS_CSV_PATH,
        'CSV',
        'One row per goal: title, category, address, leaders, number of action plans, the latest one, indicators and statement.',
        csvSchema,
      ),
      item(PLANS_CSV_PATH, 'CSV', 'One row per action plan: goal, period, fiscal year and quarter, publication month, page and document.', csvSchema),
      item(AGENDA_STRATML_PATH, 'StratML (XML)', 'The whole agenda as a strategic plan: each goal with its leaders, statement, challenge and opportunity.', {
        text: 'StratML Part 1 (ISO 17469-1), namespace urn:ISO:std:iso:17469:tech:xsd:stratml_core',
        href: undefined,
      }),
      item(CATALOG_PATH, 'JSON (DCAT-US 1.1)', 'The catalog of these datasets, in the format data.gov harvests.', schema('catalog.schema.json')),
    ],
    perGoal: example && [
      item(goalJsonPath(example.permalink), 'JSON', 'One goal, as in the goals file; so a client needs only the goals it shows.', schema('goal.schema.json')),
      item(goalStratmlPath(example.permalink), 'StratML (XML)', 'One goal as a strategic plan.', { text: 'StratML Part 1 (ISO 17469-1)', href: undefined }),
    ],
    exampleGoal: example?.title,
  };
}
