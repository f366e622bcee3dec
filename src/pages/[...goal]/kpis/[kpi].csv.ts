import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../site-content.ts';
import { kpiCsvFiles } from '../../../lib/kpi-section.ts';

// One CSV file per indicator with values, at the address the goal page links to (`/CAP/cx/kpis/satisfaction.csv`).
export const getStaticPaths = (async () => {
  const { goals } = await siteContent();
  return kpiCsvFiles(goals).map((file) => ({ params: file.params, props: { body: file.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
