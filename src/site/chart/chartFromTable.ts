import { formatNumber, type Locale } from '../../core/format/formatNumber.ts';
import { numberInText } from '../format/numberInText.ts';
import { fractionalYear, type ChartBreak, type ChartPoint, type ChartSeries, type ChartSpec } from './chartSpec.ts';

/**
 * A territory page's chart draws the figures of the table printed right below it: one place, its
 * results and its targets. Its points are read from that table rather than from a JSON copy of
 * it (the copy was 10 KB of a 185-figure commune page, beside the same figures in the table), so
 * the chart cannot show a figure the table does not. A row gives its time (the period cell, a
 * <time> for a date), its value (the amount cell's <data value>) and, for a target, the baseline
 * its dashed path starts from (data-baseline). The server builds the same spec from the figures
 * (buildChartSpec.ts) and falls back to the JSON copy if the two would ever differ.
 */
export interface ChartRow {
  kind: 'observed' | 'target';
  /** The last day of the figure's period, or the target's deadline, YYYY-MM-DD. */
  date: string;
  value: number;
  /** A target's words as its row prints them: "Mục tiêu 2025" and the amount, "không quá 86,39%". */
  due?: string;
  amount?: string;
  baseline?: { date: string; value: number };
}

/** What the chart needs beyond the rows, carried on the chart's element. */
export interface TableChartFrame {
  unit: string;
  breaks?: ChartBreak[];
}

/** A value as a chart label: as the source stated it (statedNumber), in the page's language. */
function pointLabel(value: number, locale: Locale): string {
  return formatNumber(value, locale, 20);
}

/**
 * The spec of one place's chart from its table's rows: the results as one line per method (split
 * at the indicator's changes of method) and each target as a dashed path from its baseline. The
 * results' line needs no name: the chart draws no legend or tooltip.
 */
export function chartSpecFromRows(rows: readonly ChartRow[], frame: TableChartFrame, locale: Locale): ChartSpec {
  const point = (date: string, value: number): ChartPoint => ({ x: fractionalYear(date), y: value, label: pointLabel(value, locale) });
  const breaks = frame.breaks ?? [];
  const segments = new Map<number, ChartPoint[]>();
  for (const row of rows) {
    if (row.kind !== 'observed') continue;
    const at = point(row.date, row.value);
    const segment = breaks.filter((b) => b.x <= at.x).length;
    segments.set(segment, [...(segments.get(segment) ?? []), at]);
  }
  const observed: ChartSeries[] = [...segments.entries()].sort(([a], [b]) => a - b).map(([, points]) => ({ label: '', kind: 'observed', points, style: 0 }));
  const targets: ChartSeries[] = rows
    .filter((row) => row.kind === 'target')
    .map((row) => ({
      label: `${row.due ?? ''}: ${row.amount ?? ''}`,
      kind: 'target',
      points: [...(row.baseline ? [point(row.baseline.date, row.baseline.value)] : []), point(row.date, row.value)],
      style: 0,
    }));
  const series = [...observed, ...targets];
  const points = series.flatMap((s) => s.points);
  const xs = points.map((p) => p.x);
  const spec: ChartSpec = {
    series,
    firstYear: Math.floor(Math.min(...xs)),
    lastYear: Math.floor(Math.max(...xs)),
    yMax: Math.max(0, ...points.map((p) => p.y)),
    unit: frame.unit,
  };
  if (breaks.length > 0) spec.breaks = breaks;
  return spec;
}

const YEAR = /^\d{4}$/;

/** A period or deadline cell's last day: its <time datetime>, or a year as printed ("2025"); a span has none. */
function cellDate(cell: Element, text: string): string | undefined {
  const time = cell.querySelector('time')?.getAttribute('dateTime');
  if (time) return time;
  return YEAR.test(text) ? `${text}-12-31` : undefined;
}

/**
 * The rows of a figures table that the chart draws, read from the cells the reader sees. A result's
 * amount is a <data value>, or a <b> whose number is the value (numberInText.ts).
 */
export function readChartRows(table: Element, locale: Locale): ChartRow[] {
  const rows: ChartRow[] = [];
  for (const row of table.querySelectorAll('tbody > tr')) {
    const [periodCell, valueCell] = row.children;
    const data = valueCell?.querySelector('data');
    const plain = valueCell?.querySelector('b');
    const value = data ? Number(data.getAttribute('value') ?? Number.NaN) : plain ? (numberInText(plain.textContent ?? '', locale) ?? Number.NaN) : Number.NaN;
    if (!periodCell || !valueCell || !Number.isFinite(value)) continue;
    const marker = periodCell.querySelector('.kind-target');
    const periodText = (periodCell.textContent ?? '').replace(/\s+/g, ' ').trim();
    const date = cellDate(periodCell, marker ? periodText.slice((marker.textContent ?? '').length).trim() : periodText);
    if (!date) continue;
    if (!marker) {
      rows.push({ kind: 'observed', date, value });
      continue;
    }
    const [baselineDate, baselineValue] = (row.getAttribute('data-baseline') ?? '').split(' ');
    rows.push({
      kind: 'target',
      date,
      value,
      due: periodText,
      amount: valueCell.querySelector('data')!.textContent ?? '',
      ...(baselineDate && Number.isFinite(Number(baselineValue)) ? { baseline: { date: baselineDate, value: Number(baselineValue) } } : {}),
    });
  }
  return rows;
}

/**
 * The canvas of a chart marked data-chart="table", made when it is first drawn (without JavaScript
 * the chart is not shown, so the page carries none): an image named by the sentence above it and
 * described by the caption of the table below it, in the chart's box, as FigureChart.astro writes
 * the canvas of any other chart.
 */
export function tableChartCanvas(element: HTMLElement): HTMLCanvasElement | null {
  const block = element.closest('.indicator-block');
  const caption = block?.querySelector('table.figures > caption[id]');
  const box = element.querySelector('.chart__canvas');
  if (!block || !caption || !box) return null;
  const canvas = element.ownerDocument.createElement('canvas');
  canvas.setAttribute('role', 'img');
  // The sentences carry no ids in the page (IndicatorBlock.astro): they get those a chart drawn on
  // the server names, the block's start (its table caption's id, less "caption") and their place.
  const start = caption.id.slice(0, caption.id.length - 'caption'.length);
  const sentences = [...block.querySelectorAll<HTMLElement>('p.sentence')].map((sentence, index) => (sentence.id ||= `${start}sentence-${index}`));
  if (sentences.length > 0) canvas.setAttribute('aria-labelledby', sentences.join(' '));
  canvas.setAttribute('aria-describedby', caption.id);
  box.append(canvas);
  return canvas;
}

/**
 * The spec of a chart marked data-chart="table": the rows of the table its canvas is described by
 * (aria-describedby names the table's caption), the unit and changes of method from the chart's
 * attributes. Null when there is nothing to draw or the frame is malformed (the table still stands).
 */
export function chartSpecFromTable(element: HTMLElement, document: Document = element.ownerDocument): ChartSpec | null {
  const captionId = element.querySelector('canvas')?.getAttribute('aria-describedby');
  const table = captionId ? document.getElementById(captionId)?.closest('table') : null;
  if (!table) return null;
  let breaks: ChartBreak[] | undefined;
  try {
    breaks = element.dataset['breaks'] ? (JSON.parse(element.dataset['breaks']) as ChartBreak[]) : undefined;
  } catch {
    return null;
  }
  const locale: Locale = document.documentElement.lang === 'en' ? 'en' : 'vi';
  const rows = readChartRows(table, locale);
  if (rows.length === 0) return null;
  return chartSpecFromRows(rows, { unit: element.dataset['unit'] ?? '', ...(breaks ? { breaks } : {}) }, locale);
}
