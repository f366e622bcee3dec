/**
 * The open data files, described once in zod: the TypeScript types the builders return, the check
 * each file passes before the build writes it, and the JSON Schema published at `/data/schema/`
 * (`z.toJSONSchema`) all come from these schemas, so they cannot drift apart.
 */
import { z } from 'astro/zod';

/** An absolute http(s) address; the pattern reaches the JSON Schema, the URL check runs in the build. */
const httpUrl = z
  .url({ protocol: /^https?$/, error: 'expected an absolute http(s) address' })
  .regex(/^https?:\/\/[^\s/?#]+/, { error: 'expected an absolute http(s) address' })
  .describe('An absolute http(s) address.');

/** Any absolute address (`https:`, `http:` or `mailto:`), as related links may be. */
const absoluteUrl = z
  .url({ protocol: /^(https?|mailto)$/, error: 'expected an absolute https, http or mailto address' })
  .regex(/^(https?:\/\/[^\s/?#]+|mailto:\S+)/, { error: 'expected an absolute https, http or mailto address' })
  .describe('An absolute https, http or mailto address.');

const day = z.iso.date().describe('A day, `YYYY-MM-DD`.');

const narrative = z
  .object({
    paragraphs: z.array(z.string()).describe('Paragraphs, in order.'),
    bullets: z.array(z.string()).describe('The bulleted list after the paragraphs, possibly empty.'),
  })
  .strict()
  .nullable();

const planRecordSchema = z
  .object({
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/)
      .describe('As the content writes it: `2021-01` (published January 2021) or `2018-Q3` (reports on FY2018 Q3).'),
    label: z.string().min(1).describe('"January 2021 action plan".'),
    fiscalYear: z.int().min(1900).max(2999).describe('Federal fiscal year (October to September) the plan falls in or reports on.'),
    fiscalQuarter: z.int().min(1).max(4).describe('Quarter of that fiscal year, 1-4.'),
    publishedMonth: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .nullable()
      .describe('`YYYY-MM` the plan was published; null for a plan written as a fiscal quarter, which states none.'),
    sortDate: day.describe('First day of the month the plan sorts by (its publication month, or the last month of its quarter).'),
    pageUrl: httpUrl.describe("The plan's page on this site."),
    documentUrl: httpUrl.describe('The plan document (usually a PDF).'),
    documentType: z
      .string()
      .regex(/^[A-Z0-9]{2,5}$/)
      .nullable()
      .describe('"PDF", "DOCX"; null for a web page.'),
  })
  .strict()
  .describe('One action plan.');

const goalRecordSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/)
      .describe("The goal's address on the site without its slashes at either end (`CAP/cx`): unique, stable."),
    title: z.string().min(1),
    subtitle: z.string().nullable(),
    category: z.string().nullable().describe("The President's Management Agenda group; null when the goal names none."),
    position: z.int().min(1).describe('Place of the goal in the site order (category, then order, then title), from 1.'),
    url: httpUrl.describe("The goal's page."),
    dataUrl: httpUrl.describe("This goal's own JSON file (`goal.json`)."),
    stratmlUrl: httpUrl.describe("This goal's StratML document."),
    statement: narrative.describe('The goal statement.'),
    challenge: narrative,
    opportunity: narrative,
    leaders: z.array(z.object({ name: z.string().min(1), title: z.string().min(1) }).strict()).describe('Goal leaders, in the order the page shows them.'),
    actionPlans: z.array(planRecordSchema).describe('Every action plan, newest first.'),
    kpis: z
      .object({
        titles: z.array(z.string()).describe('Names of the key performance indicators.'),
        indicators: z
          .array(
            z
              .object({
                name: z.string().min(1),
                unit: z.string().nullable().describe('What the values count, such as `%`; null when the indicator has no values.'),
                values: z
                  .array(
                    z
                      .object({
                        period: z
                          .string()
                          .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/)
                          .describe('As the content writes it: `2021-01` or `2021-Q1`.'),
                        fiscalYear: z.int().min(1900).max(2999),
                        fiscalQuarter: z.int().min(1).max(4),
                        value: z.number(),
                        target: z.number().nullable(),
                      })
                      .strict(),
                  )
                  .describe('Measurements by period, oldest first.'),
              })
              .strict(),
          )
          .describe('Each indicator with its unit and values by period, in the order the page shows them.'),
        dashboardUrl: absoluteUrl.nullable().describe('Where the indicators are charted.'),
      })
      .strict(),
    resources: z.array(z.object({ name: z.string().min(1), url: absoluteUrl }).strict()).describe('Related documents and sites.'),
  })
  .strict()
  .describe('One Cross-Agency Priority goal.');

const fileHeader = {
  $schema: httpUrl.describe('The JSON Schema this file follows.'),
  modified: day.describe('The newest action plan the file holds (the day it sorts by); the build day when there is none.'),
  site: httpUrl.describe('The site the data comes from.'),
};

export const goalsFileSchema = z
  .object({
    ...fileHeader,
    count: z.int().min(0).describe('How many goals `goals` holds.'),
    goals: z.array(goalRecordSchema).describe('Every goal, in site order.'),
  })
  .strict()
  .meta({ title: 'CAP goals', description: 'Every Cross-Agency Priority goal with its leaders, action plans and indicators (`/data/goals.json`).' });

export const goalFileSchema = z
  .object({ ...fileHeader, goal: goalRecordSchema })
  .strict()
  .meta({ title: 'One CAP goal', description: 'One Cross-Agency Priority goal (`/CAP/<goal>/goal.json`).' });

const distributionSchema = z
  .object({
    '@type': z.literal('dcat:Distribution'),
    title: z.string().min(1),
    description: z.string().min(1),
    downloadURL: httpUrl,
    mediaType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/),
    format: z.string().min(1),
    conformsTo: httpUrl.optional(),
    describedBy: httpUrl.optional(),
    describedByType: z.string().optional(),
  })
  .strict();

const datasetSchema = z
  .object({
    '@type': z.literal('dcat:Dataset'),
    title: z.string().min(1),
    description: z.string().min(1),
    keyword: z.array(z.string().min(1)).min(1),
    modified: day,
    publisher: z.object({ '@type': z.literal('org:Organization'), name: z.string().min(1) }).strict(),
    contactPoint: z.object({ '@type': z.literal('vcard:Contact'), fn: z.string().min(1), hasEmail: z.string().regex(/^mailto:[^\s@]+@[^\s@]+$/) }).strict(),
    identifier: httpUrl,
    accessLevel: z.literal('public'),
    bureauCode: z.array(z.string().regex(/^\d{3}:\d{2}$/)).min(1),
    programCode: z.array(z.string().regex(/^\d{3}:\d{3}$/)).min(1),
    license: httpUrl,
    landingPage: httpUrl,
    accrualPeriodicity: z.literal('R/P3M'),
    language: z.array(z.string()).min(1),
    distribution: z.array(distributionSchema).min(1),
  })
  .strict();

export const catalogSchema = z
  .object({
    '@context': z.literal('https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld'),
    '@id': httpUrl,
    '@type': z.literal('dcat:Catalog'),
    conformsTo: z.literal('https://project-open-data.cio.gov/v1.1/schema'),
    describedBy: z.literal('https://project-open-data.cio.gov/v1.1/schema/catalog.json'),
    dataset: z.array(datasetSchema).min(1),
  })
  .strict()
  .meta({
    title: 'Data catalog (DCAT-US 1.1)',
    description: 'The datasets this site publishes, in the Project Open Data metadata schema v1.1 (`/data.json`).',
  });

export type PlanRecord = z.output<typeof planRecordSchema>;
export type GoalRecord = z.output<typeof goalRecordSchema>;
export type GoalsFile = z.output<typeof goalsFileSchema>;
export type GoalFile = z.output<typeof goalFileSchema>;
export type Catalog = z.output<typeof catalogSchema>;
type Dataset = z.output<typeof datasetSchema>;
export type Distribution = z.output<typeof distributionSchema>;
export type { Dataset };

/** Every published JSON Schema, by the file name it is published under in `/data/schema/`. */
export const EXPORT_SCHEMAS = {
  'goals.schema.json': goalsFileSchema,
  'goal.schema.json': goalFileSchema,
  'catalog.schema.json': catalogSchema,
} as const;

export type SchemaName = keyof typeof EXPORT_SCHEMAS;

/** The JSON Schema (draft 2020-12) of one export, with its own address as `$id`. */
export function jsonSchema(name: SchemaName, address: string): Record<string, unknown> {
  return { ...z.toJSONSchema(EXPORT_SCHEMAS[name], { target: 'draft-2020-12', io: 'output' }), $id: address };
}
