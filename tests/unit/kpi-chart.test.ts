import { describe, expect, it } from 'vitest';
import { kpiChart, niceStep, niceTicks } from '../../src/lib/kpi-chart.ts';

const pct = (n: number) => `${n}%`;

describe('niceTicks', () => {
  it('covers the data in steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(62, 75)).toEqual([60, 65, 70, 75]);
    expect(niceTicks(0, 1)).toEqual([0, 0.5, 1]);
    expect(niceTicks(-30, 12)).toEqual([-40, -20, 0, 20]);
    expect(niceTicks(1200, 18_400)).toEqual([0, 5000, 10_000, 15_000, 20_000]);
  });

  it('writes decimal ticks without floating-point dust', () => {
    expect(niceTicks(0.1, 0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('gives a flat series a band around its value', () => {
    const ticks = niceTicks(50, 50);
    expect(ticks[0]).toBeLessThan(50);
    expect(ticks.at(-1)).toBeGreaterThan(50);
    expect(niceTicks(0, 0)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });

  it('rounds a rough step up to 1, 2, 5 or 10 times a power of ten', () => {
    expect([niceStep(0.7), niceStep(1.5), niceStep(3), niceStep(7), niceStep(12)]).toEqual([1, 2, 5, 10, 20]);
  });
});

describe('kpiChart', () => {
  const series = [
    { time: 0, tick: 'A', value: 62, target: 70 },
    { time: 6, tick: 'B', value: 64 },
    { time: 12, tick: 'C', value: 71, target: 75 },
  ];
  const chart = kpiChart(series, pct);

  it('puts time on x, left to right, with the first and last periods at the plot edges', () => {
    expect(chart.valueMarkers.map((m) => m.x)).toEqual([chart.plot.left, (chart.plot.left + chart.plot.right) / 2, chart.plot.right]);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['A', 'B', 'C']);
  });

  it('puts larger values higher (smaller y), inside the plot, with the y ticks spanning values and targets', () => {
    const [a, b, c] = chart.valueMarkers.map((m) => m.y);
    expect(a).toBeGreaterThan(b!);
    expect(b).toBeGreaterThan(c!);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['60%', '65%', '70%', '75%']);
    expect(chart.yTicks[0]?.y).toBe(chart.plot.bottom);
    expect(chart.yTicks.at(-1)?.y).toBe(chart.plot.top);
    // 75 is the top tick, so the last target sits on the top edge.
    expect(chart.targetMarkers.at(-1)?.y).toBe(chart.plot.top);
  });

  it('draws one line through the values and one through the periods that have a target', () => {
    expect(chart.valuePath.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
    expect(chart.targetMarkers).toHaveLength(2);
    expect(chart.targetPath?.match(/[ML]/g)).toEqual(['M', 'L']);
  });

  it('labels values and only the latest target, ending the last labels at their point', () => {
    expect(chart.valueMarkers.map((m) => m.label)).toEqual(['62%', '64%', '71%']);
    expect(chart.targetMarkers.map((m) => m.label)).toEqual(['', 'Target 75%']);
    expect(chart.valueMarkers.map((m) => m.anchor)).toEqual(['middle', 'middle', 'end']);
    expect(chart.xTicks.at(-1)?.anchor).toBe('end');
  });

  it("puts a dip's label below it, and never a label on the time axis", () => {
    const dip = kpiChart(
      [
        { time: 0, tick: 'A', value: 50 },
        { time: 1, tick: 'B', value: 40 },
        { time: 2, tick: 'C', value: 60 },
        { time: 3, tick: 'D', value: 0 },
      ],
      pct,
    );
    expect(dip.valueMarkers.map((m) => m.labelDy)).toEqual(['-0.9em', '1.5em', '-0.9em', '-0.9em']);
  });

  it('keeps a label off a target line close above it', () => {
    const close = kpiChart(
      [
        { time: 0, tick: 'A', value: 70, target: 71 },
        { time: 1, tick: 'B', value: 10 },
      ],
      pct,
    );
    expect(close.valueMarkers[0]?.labelDy).toBe('1.5em');
    expect(close.targetMarkers[0]?.labelDy).toBe('-0.9em');
  });

  it('draws a single target across the chart, and no target line without targets', () => {
    const one = kpiChart(
      [
        { time: 0, tick: 'A', value: 1 },
        { time: 1, tick: 'B', value: 2, target: 3 },
      ],
      pct,
    );
    expect(one.targetPath).toMatch(new RegExp(`^M${one.plot.left},[\\d.]+ L${one.plot.right},[\\d.]+$`));
    expect(kpiChart([{ time: 0, tick: 'A', value: 1 }], pct).targetPath).toBeUndefined();
  });

  it('centres a single period', () => {
    const single = kpiChart([{ time: 5, tick: 'A', value: 3 }], pct);
    expect(single.valueMarkers[0]?.x).toBe((single.plot.left + single.plot.right) / 2);
    expect(single.valuePath).toMatch(/^M[\d.]+,[\d.]+$/);
  });

  it('labels at most five periods, always the latest', () => {
    const long = kpiChart(
      Array.from({ length: 12 }, (_, i) => ({ time: i, tick: `P${i + 1}`, value: i })),
      pct,
    );
    expect(long.xTicks.length).toBeLessThanOrEqual(5);
    expect(long.xTicks.at(-1)?.label).toBe('P12');
    expect(long.valueMarkers.filter((m) => m.label !== '').length).toBeLessThanOrEqual(8);
    expect(long.valueMarkers.at(-1)?.label).toBe('11%');
  });
});
