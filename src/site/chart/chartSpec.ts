/**
 * What the server hands the chart script: numbers to plot and every label already formatted in
 * the page's language, so the browser needs no locale logic and draws exactly what the table says.
 * One spec is one chart; an indicator with places of disjoint periods or more than four places is
 * drawn as several (small multiples, see buildChartSpec.ts).
 */
export interface ChartPoint {
  /** Time as a fractional year (2023.83 = 31 October 2023, inside the 2023 band of the axis). */
  x: number;
  y: number;
  /** The value as the table prints it, drawn next to the point. */
  label: string;
}

export interface ChartSeries {
  label: string;
  /** observed: results, solid line; target: the path from baseline to target, dashed. */
  kind: 'observed' | 'target';
  /**
   * Index into SERIES_STYLES, one per place: a place's results and its targets share colour and
   * shape (targets drawn hollow), so each target reads as that place's.
   */
  style: number;
  points: ChartPoint[];
}

/** 2023-10-31 → 2023.83: a time axis on which a year's figure (placed at 31 December) and an as-of date can share. */
export function fractionalYear(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return Math.round((year + (Date.UTC(year, month - 1, day) - start) / length) * 1000) / 1000;
}

/**
 * How places look: a colour and, so that colour is never the only difference (WCAG 1.4.1), a
 * point shape, printed as the same symbol in the page's legend; hollow for a target.
 */
export const SERIES_STYLES = [
  { pointStyle: 'circle', symbol: '●', hollowSymbol: '○', colour: '#1d4e89' },
  { pointStyle: 'rect', symbol: '■', hollowSymbol: '□', colour: '#6b3fa0' },
  { pointStyle: 'triangle', symbol: '▲', hollowSymbol: '△', colour: '#0f6e5f' },
  { pointStyle: 'rectRot', symbol: '◆', hollowSymbol: '◇', colour: '#8a4b08' },
] as const;

/** Places drawn in one chart at most: beyond four, lines and labels tangle on a phone. */
export const PLACES_PER_CHART = SERIES_STYLES.length;

export interface ChartSpec {
  /** When the indicator is drawn as several charts, what sets this one apart ("2017–2018"). */
  title?: string;
  series: ChartSeries[];
  /** The time axis runs from 1 January of the first year to 31 December of the last. */
  firstYear: number;
  lastYear: number;
  /** Top of the value axis, shared by the charts of one indicator so they compare at a glance. */
  yMax: number;
  /** Unit for the value axis title, e.g. "%" or "hộ". */
  unit: string;
  /**
   * Where the indicator's method changed inside this chart's time axis: a marked vertical line
   * labelled "Đổi chuẩn nghèo". The results are drawn as separate lines on either side of it.
   */
  breaks?: ChartBreak[];
}

export interface ChartBreak {
  /** The first day of the new method, as a fractional year (2022 = 1 January 2022). */
  x: number;
  label: string;
}

/**
 * A spec as a page carries it: each point as [x, y, label] rather than an object with three named
 * keys, which was half of a small chart's bytes (a commune page carries thirty charts).
 */
export function chartSpecText(spec: ChartSpec): string {
  return JSON.stringify({ ...spec, series: spec.series.map((series) => ({ ...series, points: series.points.map((point) => [point.x, point.y, point.label]) })) });
}

/** Reads a spec from its page text (chartSpecText) or as plain JSON; null for anything malformed (the table still stands). */
export function parseChartSpec(text: string | undefined): ChartSpec | null {
  if (!text) return null;
  try {
    const spec = JSON.parse(text) as ChartSpec;
    if (!Array.isArray(spec.series) || typeof spec.unit !== 'string') return null;
    for (const series of spec.series) {
      if (!Array.isArray(series.points)) return null;
      series.points = series.points.map((point) => (Array.isArray(point) ? { x: point[0], y: point[1], label: point[2] } : point));
    }
    if (![spec.firstYear, spec.lastYear, spec.yMax].every(Number.isFinite) || spec.firstYear > spec.lastYear) return null;
    return spec;
  } catch {
    return null;
  }
}

/** A chart is worth drawing when it shows results at two or more moments, or a result and a target. */
export function isChartWorthDrawing(spec: ChartSpec): boolean {
  const xs = new Set(spec.series.flatMap((series) => series.points.map((point) => point.x)));
  return xs.size >= 2 && spec.series.some((series) => series.kind === 'observed' && series.points.length > 0);
}
