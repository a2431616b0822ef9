import type { Locale } from '../../core/format/formatNumber.ts';
import { chartPng } from '../../node/chartImage.ts';
import { drawInWorkers } from '../../node/drawInWorkers.ts';
import { buildChartSpecs } from '../chart/buildChartSpec.ts';
import { isChartWorthDrawing } from '../chart/chartSpec.ts';
import { chartSvg } from '../chart/chartSvg.ts';
import { getDataVersion } from '../dataVersion.ts';
import { loadSiteModel } from '../loadSiteModel.ts';
import { absoluteUrl } from '../siteUrl.ts';
import { formatDate } from '../../core/format/formatNumber.ts';
import { localizedSiteName } from './sharePreview.ts';
import type { Model } from '../../core/model/types.ts';
import type { DataVersion } from '../../core/model/dataVersion.ts';
import { pageData } from '../pageKeys.ts';
import { chartRegions } from '../select/pageDataFiles.ts';
import { chartKey, chartPagePath, chartTitle, sharedCharts, type SharedChart } from './sharedCharts.ts';

/**
 * The SVG of a chart as its page draws it, with the title and the source it carries away, dated
 * with the data stamp of the chart's place or province (src/site/pageKeys.ts).
 */
export function sharedChartSvg(model: Model, chart: SharedChart, locale: Locale, version: DataVersion = getDataVersion()): string {
  const date = version.date ? ` · ${locale === 'vi' ? 'dữ liệu ngày' : 'data of'} ${formatDate(version.date, locale)}` : '';
  const source = `${locale === 'vi' ? 'Nguồn' : 'Source'}: ${localizedSiteName(model, locale)}, ${absoluteUrl(chartPagePath(chart.scope, locale))}${date}`;
  const specs = buildChartSpecs(model, chart.figuresByPlace, locale).map(({ spec }) => spec).filter(isChartWorthDrawing);
  return chartSvg(specs, { title: chartTitle(model, chart, locale), source, locale });
}

/** getStaticPaths of the chart file routes: an SVG and a PNG per shared chart. */
export async function chartFilePaths(locale: Locale) {
  const { model } = await loadSiteModel();
  // A chart of one place or province carries its data stamp and cache key, like the page it is drawn on.
  const charts = await Promise.all(sharedCharts(model).map(async (chart) => ({ chart, data: await pageData(chartRegions(model, chart.scope)) })));
  // A build draws the PNGs on all cores while Astro renders pages (src/node/drawInWorkers.ts).
  if (!import.meta.env?.DEV) {
    const drawn = drawInWorkers(charts.map(({ chart, data }) => ({ kind: 'chart', svg: sharedChartSvg(model, chart, locale, data.props.dataVersion) })));
    charts.forEach(({ chart }, i) => pendingPng.set(`${locale}:${chartKey(chart.scope)}`, drawn[i]!));
  }
  return charts.flatMap(({ chart, data }) =>
    (['svg', 'png'] as const).map((format) => ({ params: { file: `${chartKey(chart.scope, locale)}.${format}` }, props: { chart, format, ...data.props }, ...(data.cacheKey ? { cacheKey: data.cacheKey } : {}) })),
  );
}

const pendingPng = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

export async function chartFileResponse(chart: SharedChart, format: 'svg' | 'png', locale: Locale, version?: DataVersion): Promise<Response> {
  if (format === 'png') {
    // Drawn since the routes were listed; each PNG is written once, so it is let go then.
    const key = `${locale}:${chartKey(chart.scope)}`;
    const pending = pendingPng.get(key);
    pendingPng.delete(key);
    if (pending) return new Response(await pending, { headers: { 'Content-Type': 'image/png' } });
  }
  const { model } = await loadSiteModel();
  const svg = sharedChartSvg(model, chart, locale, version);
  if (format === 'svg') return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  return new Response(await chartPng(svg), { headers: { 'Content-Type': 'image/png' } });
}
