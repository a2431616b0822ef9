/**
 * What the server hands the chart script: numbers to plot and every label already formatted in
 * the page's language, so the browser needs no locale logic and draws exactly what the table says.
 */
export interface ChartPoint {
  /** Time as a fractional year (2023.83 = 31 October 2023). */
  x: number;
  y: number;
  /** The value as the table prints it, drawn next to the point. */
  label: string;
}

export interface ChartSeries {
  label: string;
  /** observed: results, solid line; target: the linear path from baseline to target, dashed. */
  kind: 'observed' | 'target';
  /** Index into SERIES_STYLES, shared by the drawn chart and the page's printed legend. */
  style: number;
  points: ChartPoint[];
}

/**
 * How series look: a colour and, so that colour is never the only difference (WCAG 1.4.1), a
 * point shape, printed as the same symbol in the page's legend. Targets are always dashed stars.
 */
export const SERIES_STYLES = [
  { pointStyle: 'circle', symbol: '●', colour: '#1d4e89' },
  { pointStyle: 'rect', symbol: '■', colour: '#6b3fa0' },
  { pointStyle: 'triangle', symbol: '▲', colour: '#0f6e5f' },
  { pointStyle: 'rectRot', symbol: '◆', colour: '#8a4b08' },
  { pointStyle: 'crossRot', symbol: '✕', colour: '#34495e' },
] as const;
export const TARGET_STYLE = { pointStyle: 'star', symbol: '✱', colour: '#b03a2e' } as const;

export interface ChartSpec {
  series: ChartSeries[];
  /** Axis ticks at the periods that have figures, labelled as the table labels them. */
  ticks: { value: number; label: string }[];
  /** Unit for the value axis title, e.g. "%" or "hộ". */
  unit: string;
}

/** Reads a spec from a data attribute; null for anything malformed (the table still stands). */
export function parseChartSpec(text: string | undefined): ChartSpec | null {
  if (!text) return null;
  try {
    const spec = JSON.parse(text) as ChartSpec;
    if (!Array.isArray(spec.series) || !Array.isArray(spec.ticks) || typeof spec.unit !== 'string') return null;
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
