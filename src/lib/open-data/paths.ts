/** Every address the open data is published at: the registry, the routes and the builders read them here. */

/** The developer page, and the folder of the site-wide files. */
export const DATA_PATH = '/data/';
export const GOALS_JSON_PATH = '/data/goals.json';
export const GOALS_CSV_PATH = '/data/goals.csv';
export const PLANS_CSV_PATH = '/data/action-plans.csv';
export const AGENDA_STRATML_PATH = '/data/stratml.xml';
/** The folder of the JSON Schemas (`goals.schema.json`, …). */
export const SCHEMA_PATH = '/data/schema/';
/** The DCAT-US catalog, at the root where data.gov's harvester looks for it. */
export const CATALOG_PATH = '/data.json';

/** File names written beside each goal page. */
const GOAL_JSON_FILE = 'goal.json';
const GOAL_STRATML_FILE = 'stratml.xml';

const withSlash = (permalink: string) => (permalink.endsWith('/') ? permalink : `${permalink}/`);

/** `/CAP/cx/goal.json`: one goal's JSON, beside its page. */
export function goalJsonPath(permalink: string): string {
  return `${withSlash(permalink)}${GOAL_JSON_FILE}`;
}

/** `/CAP/cx/stratml.xml`: one goal's StratML document, beside its page. */
export function goalStratmlPath(permalink: string): string {
  return `${withSlash(permalink)}${GOAL_STRATML_FILE}`;
}

/** The route parameter of a goal's files: its permalink without the slashes at either end (`CAP/cx`). */
export function goalRouteParam(permalink: string): string {
  return permalink.replace(/^\/+|\/+$/g, '');
}
