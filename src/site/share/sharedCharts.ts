import { placeName } from '../../present/names.ts';
import type { Locale } from '../../core/format/formatNumber.ts';
import type { Model } from '../../core/model/types.ts';
import { buildChartSpecs } from '../chart/buildChartSpec.ts';
import { isChartWorthDrawing } from '../chart/chartSpec.ts';
import { textIn } from '../../present/localizedText.ts';
import { featuredPlaces } from '../select/featuredPlaces.ts';
import { indicatorLayout } from '../select/indicatorRegions.ts';
import type { IndicatorFigures } from '../select/indicatorFigures.ts';
import { indicatorFiguresFor } from '../select/indicatorFigures.ts';
import { indicatorPath, indicatorRegionPath, territoryPath, withBase } from '../routes.ts';
import { memoizeByModel } from '../../core/model/memoizeByModel.ts';

/**
 * Which chart of which page: an indicator's own page, one province's share of a split indicator,
 * or one indicator on a territory's page. The same three places IndicatorBlock draws charts in.
 */
export type ChartScope =
  | { kind: 'indicator'; indicator: string }
  | { kind: 'region'; indicator: string; region: string }
  | { kind: 'place'; indicator: string; place: string };

export interface SharedChart {
  scope: ChartScope;
  /** The places the chart draws: the page block's featured places. */
  figuresByPlace: IndicatorFigures[];
}

/**
 * Past this many commune charts (a commune and an indicator it has figures for), commune pages'
 * charts get no image files or embed pages. Each costs about 140 KB (a PNG, an SVG and an embed
 * page, in two languages): a limit of 200 communes let 100 communes × 30 indicators publish
 * 410 MB of them, and a province of 200 communes went past the 1 GB a Pages host allows. The
 * indicator's and the provinces' charts, which journalists share, always have them.
 */
export const COMMUNE_CHART_FILES_LIMIT = 1_000;

/** How many (commune, indicator) pairs have figures: the commune charts the site would draw. */
function communeChartCount(model: Model): number {
  const communes = new Set(model.territories.filter((territory) => territory.level === 'commune').map((territory) => territory.id));
  const pairs = new Set<string>();
  for (const figure of [...model.observations, ...model.targets]) if (communes.has(figure.territory)) pairs.add(`${figure.territory}|${figure.indicator}`);
  return pairs.size;
}

/** Whether communes' charts have image files and embed pages (COMMUNE_CHART_FILES_LIMIT). */
export function communeChartFiles(model: Model): boolean {
  return communeChartCount(model) <= COMMUNE_CHART_FILES_LIMIT;
}

/** Every chart that has image files and an embed page, in a stable order. */
export const sharedCharts = memoizeByModel((model: Model): SharedChart[] => {
  const charts: SharedChart[] = [];
  const add = (scope: ChartScope, figuresByPlace: IndicatorFigures[]) => {
    const featured = featuredPlaces(figuresByPlace);
    if (featured.length > 0 && buildChartSpecs(model, featured, 'vi').some(({ spec }) => isChartWorthDrawing(spec))) charts.push({ scope, figuresByPlace: featured });
  };
  for (const indicator of model.indicators) {
    const layout = indicatorLayout(model, indicator.id);
    add({ kind: 'indicator', indicator: indicator.id }, layout.ownPage);
    for (const region of layout.regions) add({ kind: 'region', indicator: indicator.id, region: region.region.id }, region.figuresByPlace);
  }
  const communeCharts = communeChartFiles(model);
  for (const place of [...model.territories, ...model.groups]) {
    if (place.kind === 'territory' && place.level === 'commune' && !communeCharts) continue;
    for (const figures of indicatorFiguresFor(model, place)) add({ kind: 'place', indicator: figures.indicator.id, place: place.id }, [figures]);
  }
  return charts;
});

const chartIndex = memoizeByModel((model: Model) => new Map(sharedCharts(model).map((chart) => [chartKey(chart.scope), chart])));

export function sharedChart(model: Model, scope: ChartScope): SharedChart | undefined {
  return chartIndex(model).get(chartKey(scope));
}

const FOLDERS = {
  vi: { charts: 'bieu-do', embed: 'nhung', indicator: 'chi-so', place: 'dia-ban' },
  en: { charts: 'charts', embed: 'embed', indicator: 'indicators', place: 'territories' },
} as const;

/** `chi-so/ty-le-ho-ngheo`, `chi-so/ty-le-ho-ngheo/lao-cai`, `dia-ban/nam-chay/ty-le-ho-ngheo`. */
export function chartKey(scope: ChartScope, locale: Locale = 'vi'): string {
  const folders = FOLDERS[locale];
  if (scope.kind === 'indicator') return `${folders.indicator}/${scope.indicator}`;
  if (scope.kind === 'region') return `${folders.indicator}/${scope.indicator}/${scope.region}`;
  return `${folders.place}/${scope.place}/${scope.indicator}`;
}

/** The scope a chart key names, for the routes' params. */
export function chartScopeOf(model: Model, key: string, locale: Locale): ChartScope | undefined {
  return sharedCharts(model).find((chart) => chartKey(chart.scope, locale) === key)?.scope;
}

const root = (locale: Locale) => (locale === 'vi' ? '/' : '/en/');

/** `/bieu-do/chi-so/ty-le-ho-ngheo.svg`, `/en/charts/territories/nam-chay/ty-le-ho-ngheo.png` */
export function chartImagePath(scope: ChartScope, format: 'svg' | 'png', locale: Locale): string {
  return withBase(`${root(locale)}${FOLDERS[locale].charts}/${chartKey(scope, locale)}.${format}`);
}

/** `/nhung/chi-so/ty-le-ho-ngheo/`: the chart's page for other sites' frames. */
export function embedPagePath(scope: ChartScope, locale: Locale): string {
  return withBase(`${root(locale)}${FOLDERS[locale].embed}/${chartKey(scope, locale)}/`);
}

/** The page the chart is on, which the embed links back to. */
export function chartPagePath(scope: ChartScope, locale: Locale): string {
  if (scope.kind === 'indicator') return indicatorPath(scope.indicator, locale);
  if (scope.kind === 'region') return indicatorRegionPath(scope.indicator, scope.region, locale);
  return `${territoryPath(scope.place, locale)}#${scope.indicator}--${scope.place}--caption`;
}

/** "Tỷ lệ hộ nghèo, xã Nậm Chày": what the chart shows, for its title. */
export function chartTitle(model: Model, chart: SharedChart, locale: Locale): string {
  const indicator = model.index.indicator.get(chart.scope.indicator)!;
  const name = textIn(indicator.name, locale);
  if (chart.scope.kind === 'indicator') return name;
  if (chart.scope.kind === 'region') {
    const region = model.index.place.get(chart.scope.region);
    return region ? `${name}, ${placeName(region, locale)}` : name;
  }
  return `${name}, ${placeName(chart.figuresByPlace[0]!.place, locale)}`;
}

export { FOLDERS as CHART_FOLDERS };
