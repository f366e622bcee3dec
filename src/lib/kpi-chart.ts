/**
 * The geometry of a KPI's line chart, in SVG user units: scales, ticks, the lines' paths and where
 * each marker goes. Pure and small (a linear scale and "nice" ticks are a few lines; a charting
 * library would weigh more than the chart), so the component only draws what it is given.
 */

/** One period of the series: when (any increasing number, such as a month count), its label, the value and its target. */
export interface ChartInput {
  time: number;
  /** Short label for the time axis, such as "FY2021 Q1". */
  tick: string;
  value: number;
  target?: number | undefined;
}

/** How a label lines up with its point: the last one ends at it, so it stays inside the chart. */
type Anchor = 'middle' | 'end';

/** Where a marker's label sits, as an SVG `dy`: above the point or below it. */
type LabelDy = '-0.9em' | '1.5em';
const ABOVE: LabelDy = '-0.9em';
const BELOW: LabelDy = '1.5em';

/** A marker, with the words written beside it (empty when it carries no label). */
interface ChartMarker {
  x: number;
  y: number;
  label: string;
  anchor: Anchor;
  /** Away from the target line and from the value line's neighbouring segments. */
  labelDy: LabelDy;
}

export interface KpiChart {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** Horizontal grid lines with their labels, bottom to top. */
  yTicks: { y: number; label: string }[];
  /** Labelled periods along the bottom, left to right. */
  xTicks: { x: number; label: string; anchor: Anchor }[];
  /** The measured values as one line (`M … L …`). */
  valuePath: string;
  valueMarkers: ChartMarker[];
  /** The targets as one line, or undefined when no period has one; a single target is drawn across the chart. */
  targetPath: string | undefined;
  targetMarkers: ChartMarker[];
}

const WIDTH = 400;
const HEIGHT = 240;
const MARGIN = { left: 64, right: 16, top: 24, bottom: 36 };
/** At most this many period labels and value labels, so they do not run into each other at 400 units wide. */
const MAX_X_LABELS = 5;
const MAX_VALUE_LABELS = 8;

/** 1, 2 or 5 times a power of ten, the first at least `rough`. */
export function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** Round tick values covering [min, max] in about `count` steps; a flat series gets a band around its value. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) / 10;
    return niceTicks(min - pad, max + pad, count);
  }
  const step = niceStep((max - min) / count);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let i = Math.floor(min / step); i <= Math.ceil(max / step); i++) ticks.push(Number((i * step).toFixed(decimals)));
  return ticks;
}

/** Maps [d0, d1] onto [r0, r1]; an empty domain maps to the middle of the range. */
function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** Two decimals are finer than a screen pixel at this size, and keep the SVG short. */
const round = (n: number) => Math.round(n * 100) / 100;

const path = (points: readonly { x: number; y: number }[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join(' ');

/** Indices to label when only `max` of `count` fit: evenly spread, always the last (the latest period). */
function labelled(count: number, max: number): Set<number> {
  const every = Math.ceil(count / max);
  return new Set(Array.from({ length: count }, (_, i) => i).filter((i) => (count - 1 - i) % every === 0));
}

/** Closer than this (in user units) to the target line, a label would sit on it. */
const CROWDED = 24;

/**
 * A value's label goes on the far side of a nearby target, and otherwise below the point only when it
 * dips under both neighbours' average (a first or last point keeps its label above); never below
 * when that would sit on the time axis. `ys` and `targetYs` are screen positions (y grows downwards).
 */
function valueLabelDy(ys: readonly number[], targetYs: readonly (number | undefined)[], i: number, bottom: number): LabelDy {
  const y = ys[i] ?? 0;
  const target = targetYs[i];
  const below = (wanted: boolean) => (wanted && y + CROWDED <= bottom ? BELOW : ABOVE);
  if (target !== undefined && Math.abs(target - y) < CROWDED) return below(target < y);
  const [before, after] = [ys[i - 1], ys[i + 1]];
  if (before === undefined || after === undefined) return ABOVE;
  return below(y > (before + after) / 2);
}

/**
 * The chart of a series, which must be sorted by time and hold at least one entry. `format` writes
 * a number with its unit, for axis, value and target labels.
 */
export function kpiChart(series: readonly ChartInput[], format: (value: number) => string): KpiChart {
  const plot = { left: MARGIN.left, right: WIDTH - MARGIN.right, top: MARGIN.top, bottom: HEIGHT - MARGIN.bottom };
  const numbers = series.flatMap((entry) => (entry.target === undefined ? [entry.value] : [entry.value, entry.target]));
  const ticks = niceTicks(Math.min(...numbers), Math.max(...numbers));
  const y = linear(ticks[0] ?? 0, ticks.at(-1) ?? 0, plot.bottom, plot.top);
  const x = linear(series[0]?.time ?? 0, series.at(-1)?.time ?? 0, plot.left, plot.right);

  const xLabels = labelled(series.length, MAX_X_LABELS);
  const valueLabels = labelled(series.length, MAX_VALUE_LABELS);
  const last = series.length - 1;
  const anchor = (i: number): Anchor => (i === last && last > 0 ? 'end' : 'middle');
  const ys = series.map((entry) => round(y(entry.value)));
  const targetYs = series.map((entry) => (entry.target === undefined ? undefined : round(y(entry.target))));
  const valueMarkers = series.map((entry, i) => ({
    x: round(x(entry.time)),
    y: ys[i] ?? 0,
    label: valueLabels.has(i) ? format(entry.value) : '',
    anchor: anchor(i),
    labelDy: valueLabelDy(ys, targetYs, i, plot.bottom),
  }));
  const targeted = series.filter((entry): entry is ChartInput & { target: number } => entry.target !== undefined);
  const targetMarkers = targeted.map((entry, i) => ({
    x: round(x(entry.time)),
    y: round(y(entry.target)),
    // Only the latest target is written on the chart; the table holds every one.
    label: i === targeted.length - 1 ? `Target ${format(entry.target)}` : '',
    anchor: 'end' as const,
    labelDy: entry.target >= entry.value ? ABOVE : BELOW,
  }));
  const [onlyTarget] = targetMarkers;
  const targetLine =
    targetMarkers.length === 1 && onlyTarget
      ? [
          { x: plot.left, y: onlyTarget.y },
          { x: plot.right, y: onlyTarget.y },
        ]
      : targetMarkers;

  return {
    width: WIDTH,
    height: HEIGHT,
    plot,
    yTicks: ticks.map((tick) => ({ y: round(y(tick)), label: format(tick) })),
    xTicks: series.flatMap((entry, i) => (xLabels.has(i) ? [{ x: round(x(entry.time)), label: entry.tick, anchor: anchor(i) }] : [])),
    valuePath: path(valueMarkers),
    valueMarkers,
    targetPath: targetLine.length > 0 ? path(targetLine) : undefined,
    targetMarkers,
  };
}
