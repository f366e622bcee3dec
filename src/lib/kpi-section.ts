/**
 * The Key Performance Indicators section of a goal page: each indicator with values becomes a chart,
 * a table, a one-sentence summary and a CSV file; indicators given by name only stay a list of names.
 * The CSV files' addresses are decided here, for the page's links, the CSV route and the address registry.
 */
import type { Kpi } from '../schemas/kpi.ts';
import { kpiChart, type KpiChart } from './kpi-chart.ts';
import { csvText } from './kpi-csv.ts';
import { monthYear, periodName, sortMonth } from './periods.ts';
import { tagSlug } from './urls.ts';

/** One row of an indicator's table, every number already written with its unit. */
interface KpiRow {
  period: string;
  value: string;
  target: string | undefined;
}

/** An indicator with values, as the goal page shows it. */
export interface KpiChartView {
  /** Unique on the page: `kpi-2` for the second indicator; prefixes the ids of its parts. */
  id: string;
  name: string;
  unit: string;
  /** The figure's caption: "Customer satisfaction (%), FY2021 Q1 to FY2022 Q4". */
  caption: string;
  /** One plain sentence on the trend. */
  summary: string;
  /** The chart's accessible name, which points to the table for the values. */
  chartLabel: string;
  /** Whether any period has a target (the table's third column, the legend's second entry). */
  hasTargets: boolean;
  rows: KpiRow[];
  chart: KpiChart;
  csv: { href: string; fileName: string };
}

/** The section: charted indicators, then the names of the others, as the component renders them. */
export interface KpiSectionView {
  charts: KpiChartView[];
  names: string[];
}

/** "62%", "$18 billion", "1,250 days": a number with its unit, as a reader says it. */
export function formatWithUnit(value: number, unit: string): string {
  const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(value);
  if (unit === '%') return `${number}%`;
  if (unit.startsWith('$')) return `${value < 0 ? '-' : ''}$${number.replace(/^-/, '')}${unit.slice(1).trimEnd() ? ` ${unit.slice(1).trim()}` : ''}`;
  return `${number} ${unit}`;
}

/** A period as the time axis labels it: "FY2021 Q1", or "Jan 2021" for a month (a full month name would crowd the axis). */
function tickLabel(period: Kpi['values'][number]['period']): string {
  return period.writtenAs === 'month' ? monthYear(period.published).replace(/^(\w{3})\w*/, '$1') : periodName(period);
}

/** Months since year 0 of the month a period sorts by: the chart's time axis. */
const monthCount = (period: Kpi['values'][number]['period']) => {
  const { year, month } = sortMonth(period);
  return year * 12 + month - 1;
};

/**
 * The trend in one sentence, from the first and the latest period: "Rose from 62% in FY2021 Q1 to
 * 71% in FY2022 Q4, against a target of 75%." The target is the latest period's, when it has one.
 * `values` must be sorted oldest first and hold at least one entry.
 */
export function trendSentence(values: readonly Kpi['values'][number][], unit: string): string {
  const say = (n: number) => formatWithUnit(n, unit);
  const first = values[0];
  const last = values.at(-1);
  if (!first || !last) return '';
  const target = last.target === undefined ? '' : `, against a target of ${say(last.target)}`;
  const from = periodName(first.period);
  const to = periodName(last.period);
  let trend: string;
  if (first === last) trend = `Was ${say(last.value)} in ${to}`;
  else if (last.value > first.value) trend = `Rose from ${say(first.value)} in ${from} to ${say(last.value)} in ${to}`;
  else if (last.value < first.value) trend = `Fell from ${say(first.value)} in ${from} to ${say(last.value)} in ${to}`;
  else if (values.every((entry) => entry.value === first.value)) trend = `Stayed at ${say(last.value)} from ${from} to ${to}`;
  else trend = `Was ${say(last.value)} in ${to}, the same as in ${from}`;
  return `${trend}${target}.`;
}

/** Address of each indicator's CSV file, by position in `titles`; undefined for an indicator without values. */
export function kpiCsvAddresses(permalink: string, kpis: readonly Kpi[]): (string | undefined)[] {
  const used = new Set<string>();
  return kpis.map((kpi) => {
    if (kpi.values.length === 0) return undefined;
    const base = tagSlug(kpi.name);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return `${permalink}kpis/${slug}.csv`;
  });
}

/** The values oldest first (content may list them in any order). */
const byTime = (kpi: Kpi) => [...kpi.values].sort((a, b) => monthCount(a.period) - monthCount(b.period));

/** The CSV of one indicator: a header row, then one row per period, oldest first. */
export function kpiCsv(kpi: Kpi): string {
  return csvText([
    ['Indicator', 'Unit', 'Period', 'Value', 'Target'],
    ...byTime(kpi).map((entry) => [kpi.name, kpi.unit, periodName(entry.period), entry.value, entry.target]),
  ]);
}

/** One CSV file: its address, the parameters of `pages/[...goal]/kpis/[kpi].csv.ts` that write it, and its text. */
export interface KpiCsvFile {
  address: string;
  params: { goal: string; kpi: string };
  body: string;
}

/** Every CSV file of the goals. Computed once per build. */
export function kpiCsvFiles(goals: readonly { permalink: string; kpis?: { titles: readonly Kpi[] } | undefined }[]): KpiCsvFile[] {
  return goals.flatMap((goal) => {
    const kpis = goal.kpis?.titles ?? [];
    return kpiCsvAddresses(goal.permalink, kpis).flatMap((address, i) => {
      const kpi = kpis[i];
      if (!address || !kpi) return [];
      const params = { goal: goal.permalink.replace(/^\/|\/$/g, ''), kpi: address.slice(address.lastIndexOf('/') + 1, -'.csv'.length) };
      return [{ address, params, body: kpiCsv(kpi) }];
    });
  });
}

/** The section's view of a goal's indicators. */
export function kpiSection(permalink: string, kpis: readonly Kpi[]): KpiSectionView {
  const addresses = kpiCsvAddresses(permalink, kpis);
  const goalSlug = permalink.replace(/^\/|\/$/g, '').replace(/\//g, '-');
  const charts: KpiChartView[] = [];
  kpis.forEach((kpi, i) => {
    const href = addresses[i];
    if (href === undefined || kpi.unit === undefined) return;
    const unit = kpi.unit;
    const values = byTime(kpi);
    const say = (n: number) => formatWithUnit(n, unit);
    const first = values[0];
    const last = values.at(-1);
    const span = first && last && first !== last ? `, ${periodName(first.period)} to ${periodName(last.period)}` : first ? `, ${periodName(first.period)}` : '';
    charts.push({
      id: `kpi-${i + 1}`,
      name: kpi.name,
      unit,
      caption: `${kpi.name} (${unit})${span}`,
      summary: trendSentence(values, unit),
      chartLabel: `Line chart of ${kpi.name}; the table below gives every value.`,
      hasTargets: values.some((entry) => entry.target !== undefined),
      rows: values.map((entry) => ({
        period: periodName(entry.period),
        value: say(entry.value),
        target: entry.target === undefined ? undefined : say(entry.target),
      })),
      chart: kpiChart(
        values.map((entry) => ({ time: monthCount(entry.period), tick: tickLabel(entry.period), value: entry.value, target: entry.target })),
        say,
      ),
      csv: { href, fileName: `${goalSlug}-${href.slice(href.lastIndexOf('/') + 1)}` },
    });
  });
  return { charts, names: kpis.filter((kpi) => kpi.values.length === 0).map((kpi) => kpi.name) };
}
