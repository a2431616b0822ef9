import { chartSpecFromTable, tableChartCanvas } from './chartFromTable.ts';
import { parseChartSpec, type ChartSpec } from './chartSpec.ts';

export type DrawChart = (canvas: HTMLCanvasElement, spec: ChartSpec) => void;

export interface ChartLoaderOptions {
  /** Loads the drawing code; by default a dynamic import, so Chart.js is fetched only when needed. */
  loadDrawer?: () => Promise<DrawChart>;
  /** Injected by tests; by default the browser's. */
  IntersectionObserver?: typeof IntersectionObserver | undefined;
}

const defaultLoader = async (): Promise<DrawChart> => (await import('./drawChart.ts')).drawChart;

/**
 * Draws each chart on the page the first time it scrolls into view, and not before: the page's
 * figures are already in its table and sentence, so a reader who never scrolls to a chart never
 * pays for Chart.js. Each chart's box says what is happening (data-chart-state, read by the
 * stylesheet): waiting and loading say "loading", failed points to the table. Without
 * IntersectionObserver (very old browsers) charts are not drawn and say so.
 */
export function observeCharts(root: ParentNode, options: ChartLoaderOptions = {}): void {
  const Observer = 'IntersectionObserver' in options ? options.IntersectionObserver : globalThis.IntersectionObserver;
  const elements = [...root.querySelectorAll<HTMLElement>('[data-chart]')];
  if (elements.length === 0) return;
  if (!Observer) {
    for (const element of elements) element.dataset['chartState'] = 'failed';
    return;
  }
  const load = options.loadDrawer ?? defaultLoader;
  const observer = new Observer((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void drawInto(entry.target as HTMLElement, load);
    }
  });
  for (const element of elements) {
    element.dataset['chartState'] = 'waiting';
    observer.observe(element);
  }
}

/** Draws one chart; on any failure the chart points to the table, which carries the figures. */
export async function drawInto(element: HTMLElement, load: () => Promise<DrawChart>): Promise<void> {
  // The spec is the attribute's value, the text of the chart's JSON block (FigureChart.astro), or
  // read from the table the chart sits beside (data-chart="table", chartFromTable.ts).
  const marker = element.dataset['chart'];
  const canvas = element.querySelector('canvas') ?? (marker === 'table' ? tableChartCanvas(element) : null);
  const spec =
    marker === 'table' ? chartSpecFromTable(element) : parseChartSpec(marker || (element.querySelector('script[type="application/json"]')?.textContent ?? undefined));
  if (!spec || !canvas) {
    element.dataset['chartState'] = 'failed';
    return;
  }
  element.dataset['chartState'] = 'loading';
  try {
    const draw = await load();
    draw(canvas, spec);
    element.dataset['chartState'] = 'drawn';
  } catch {
    element.dataset['chartState'] = 'failed';
  }
}
