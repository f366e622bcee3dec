import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonText } from '../../../lib/open-data/json.ts';
import { SCHEMA_PATH } from '../../../lib/open-data/paths.ts';
import { EXPORT_SCHEMAS, jsonSchema, type SchemaName } from '../../../lib/open-data/schemas.ts';

export const getStaticPaths = (() =>
  Object.keys(EXPORT_SCHEMAS).map((name) => ({ params: { name }, props: { name: name as SchemaName } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: SchemaName }> = ({ props, site }) =>
  new Response(jsonText(jsonSchema(props.name, new URL(`${SCHEMA_PATH}${props.name}`, site).href)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
