/**
 * Writes a Markdown reference of a content schema from the schema itself (field names,
 * types, required, defaults and each field's `.describe()` text), so the docs cannot drift.
 */
import { z } from 'astro/zod';

interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

function typeLabel(schema: JsonSchema): string {
  if (schema.title) return schema.title;
  if (schema.enum) return `one of ${schema.enum.map((v) => `"${String(v)}"`).join(', ')}`;
  if (schema.anyOf) return schema.anyOf.map(typeLabel).join(', or ');
  if (schema.type === 'array') return `list of ${schema.items ? typeLabel(schema.items) : 'values'}`;
  if (schema.type === 'object') return 'group';
  if (schema.type === 'string') return 'text';
  return schema.type ?? 'value';
}

function rows(schema: JsonSchema, prefix: string, out: string[]): void {
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    const required = schema.required?.includes(name) && field.default === undefined ? 'yes' : '';
    const fallback = field.default === undefined || (Array.isArray(field.default) && field.default.length === 0) ? '' : `\`${JSON.stringify(field.default)}\``;
    out.push(`| \`${path}\` | ${typeLabel(field)} | ${required} | ${fallback} | ${field.description ?? ''} |`);
    const objects = [field, field.items, ...(field.anyOf ?? []), ...(field.items?.anyOf ?? [])].filter((s): s is JsonSchema => Boolean(s?.properties));
    for (const object of objects) rows(object, field.type === 'array' ? `${path}[].` : `${path}.`, out);
  }
}

/** A Markdown table with one row per field, nested fields written `featured.text` and `resources[].url`. */
export function schemaReference(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const out = ['| field | type | required | default | what it is |', '|---|---|---|---|---|'];
  rows(json, '', out);
  return out.join('\n');
}
