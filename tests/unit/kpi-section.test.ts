import { describe, expect, it } from 'vitest';
import { formatWithUnit, kpiCsv, kpiCsvAddresses, kpiCsvFiles, kpiSection, trendSentence } from '../../src/lib/kpi-section.ts';
import { kpiSchema, type Kpi } from '../../src/schemas/kpi.ts';

const kpi = (input: unknown): Kpi => kpiSchema.parse(input);
const cloud = kpi({
  name: 'Systems in the cloud',
  unit: '%',
  values: [
    { period: '2022-Q4', value: 71, target: 75 },
    { period: '2021-Q1', value: 62, target: 70 },
    { period: '2021-Q3', value: 64.5 },
  ],
});
const sorted = (k: Kpi) => kpiSection('/CAP/x/', [k]).charts[0]!;

describe('formatWithUnit', () => {
  it('writes a number as a reader says it, with its unit', () => {
    expect(formatWithUnit(62, '%')).toBe('62%');
    expect(formatWithUnit(1250, 'days')).toBe('1,250 days');
    expect(formatWithUnit(18.5, '$ billion')).toBe('$18.5 billion');
    expect(formatWithUnit(-3, '$')).toBe('-$3');
    expect(formatWithUnit(0.125, 'ratio')).toBe('0.125 ratio');
  });
});

describe('trendSentence', () => {
  const values = (...pairs: [string, number, number?][]) =>
    kpi({ name: 'n', unit: '%', values: pairs.map(([period, value, target]) => ({ period, value, target })) }).values;

  it('says a rise, from the first to the latest period, with the latest target', () => {
    expect(trendSentence(values(['2021-Q1', 62], ['2022-Q4', 71, 75]), '%')).toBe('Rose from 62% in FY2021 Q1 to 71% in FY2022 Q4, against a target of 75%.');
  });

  it('says a fall, naming months as months', () => {
    expect(trendSentence(values(['2021-01', 30], ['2021-07', 21]), 'days')).toBe('Fell from 30 days in January 2021 to 21 days in July 2021.');
  });

  it('says a flat series stayed, and a return to the same value was the same', () => {
    expect(trendSentence(values(['2021-Q1', 5], ['2021-Q2', 5]), '%')).toBe('Stayed at 5% from FY2021 Q1 to FY2021 Q2.');
    expect(trendSentence(values(['2021-Q1', 5], ['2021-Q2', 9], ['2021-Q3', 5]), '%')).toBe('Was 5% in FY2021 Q3, the same as in FY2021 Q1.');
  });

  it('says a single value, and leaves out a target the latest period does not have', () => {
    expect(trendSentence(values(['2021-Q1', 5, 8]), '%')).toBe('Was 5% in FY2021 Q1, against a target of 8%.');
    expect(trendSentence(values(['2021-Q1', 5, 8], ['2021-Q2', 6]), '%')).toBe('Rose from 5% in FY2021 Q1 to 6% in FY2021 Q2.');
  });
});

describe('kpiSection', () => {
  it('charts indicators with values, oldest period first, and names the others', () => {
    const section = kpiSection('/CAP/x/', [kpi('Named only'), cloud]);
    expect(section.names).toEqual(['Named only']);
    const [chart] = section.charts;
    expect(chart?.id).toBe('kpi-2');
    expect(chart?.rows).toEqual([
      { period: 'FY2021 Q1', value: '62%', target: '70%' },
      { period: 'FY2021 Q3', value: '64.5%', target: undefined },
      { period: 'FY2022 Q4', value: '71%', target: '75%' },
    ]);
    expect(chart?.caption).toBe('Systems in the cloud (%), FY2021 Q1 to FY2022 Q4');
    expect(chart?.summary).toBe('Rose from 62% in FY2021 Q1 to 71% in FY2022 Q4, against a target of 75%.');
    expect(chart?.hasTargets).toBe(true);
    expect(chart?.chart.xTicks.map((t) => t.label)).toEqual(['FY2021 Q1', 'FY2021 Q3', 'FY2022 Q4']);
    expect(chart?.csv).toEqual({ href: '/CAP/x/kpis/systems-in-the-cloud.csv', fileName: 'CAP-x-systems-in-the-cloud.csv' });
  });

  it('spaces periods by time and shortens month names on the axis', () => {
    const chart = sorted(
      kpi({
        name: 'm',
        unit: 'days',
        values: [
          { period: '2021-01', value: 1 },
          { period: '2021-02', value: 2 },
          { period: '2021-12', value: 3 },
        ],
      }),
    );
    const [a, b, c] = chart.chart.valueMarkers.map((m) => m.x);
    expect(b! - a!).toBeCloseTo((c! - a!) / 11);
    expect(chart.chart.xTicks.map((t) => t.label)).toEqual(['Jan 2021', 'Feb 2021', 'Dec 2021']);
    expect(chart.hasTargets).toBe(false);
  });

  it('gives nothing for a goal whose indicators are names only', () => {
    expect(kpiSection('/CAP/x/', [kpi('A'), kpi('B')])).toEqual({ charts: [], names: ['A', 'B'] });
  });
});

describe('CSV files', () => {
  it('gives each indicator with values its own address under the goal, distinct even when names slug alike', () => {
    const same = kpi({ name: 'Cost!', unit: '$', values: [{ period: '2021-Q1', value: 1 }] });
    const also = kpi({ name: 'cost', unit: '$', values: [{ period: '2021-Q1', value: 2 }] });
    expect(kpiCsvAddresses('/CAP/x/', [kpi('Named'), same, also])).toEqual([undefined, '/CAP/x/kpis/cost.csv', '/CAP/x/kpis/cost-2.csv']);
  });

  it('writes a header and one row per period, oldest first, with formulas made inert', () => {
    expect(
      kpiCsv(
        kpi({
          name: '=cmd',
          unit: '%',
          values: [
            { period: '2021-Q2', value: -1.5 },
            { period: '2021-Q1', value: 2, target: 3 },
          ],
        }),
      ),
    ).toBe("Indicator,Unit,Period,Value,Target\r\n'=cmd,%,FY2021 Q1,2,3\r\n'=cmd,%,FY2021 Q2,-1.5,\r\n");
  });

  it('lists every file of every goal with the route parameters of its address', () => {
    const files = kpiCsvFiles([
      { permalink: '/CAP/x/', kpis: { titles: [cloud] } },
      { permalink: '/CAP/y/', kpis: { titles: [kpi('Named')] } },
      { permalink: '/CAP/z/' },
    ]);
    expect(files.map((f) => [f.address, f.params])).toEqual([['/CAP/x/kpis/systems-in-the-cloud.csv', { goal: 'CAP/x', kpi: 'systems-in-the-cloud' }]]);
    expect(files[0]?.body.split('\r\n')).toHaveLength(5);
  });
});
