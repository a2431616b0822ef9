import { amountOf, figureAmountText, statedNumber } from '../../present/figureText.ts';
import { unitWord } from '../../present/phrases.ts';
import { placeName } from '../../present/names.ts';
import type { Locale } from '../../core/format/formatNumber.ts';
import { dueDate, periodEndDate } from '../../core/model/period.ts';
import type { Model } from '../../core/model/types.ts';
import { formatDue } from '../format/formatPeriod.ts';
import type { IndicatorFigures } from '../select/indicatorFigures.ts';
import { PLACES_PER_CHART, type ChartPoint, type ChartSeries, type ChartSpec } from './chartSpec.ts';

/** 2023-10-31 → 2023.83: a time axis on which a year's figure (placed at 31 December) and an as-of date can share. */
export function fractionalYear(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return Math.round((year + (Date.UTC(year, month - 1, day) - start) / length) * 1000) / 1000;
}

/** One chart and the places it draws (whose sentences are its accessible description). */
export interface ChartPanel {
  spec: ChartSpec;
  places: IndicatorFigures[];
}

/** One place's lines before they are placed in a chart: its results and its targets' paths. */
interface PlaceLines {
  observed: Omit<ChartSeries, 'style'> | null;
  targets: Omit<ChartSeries, 'style'>[];
  from: number;
  to: number;
}

function placeLines(model: Model, figures: IndicatorFigures, placeName: string, locale: Locale): PlaceLines | null {
  const { indicator } = figures;
  // Figures for spans of years are not points in time and stay in the table only.
  const points: ChartPoint[] = figures.observations
    .filter((observation) => observation.period.kind !== 'span')
    .map((observation) => ({ x: fractionalYear(periodEndDate(observation.period)), y: observation.value, label: statedNumber(observation.value, locale) }));
  const targets: Omit<ChartSeries, 'style'>[] = [];
  for (const target of figures.targets) {
    if (target.value === undefined) continue;
    const path: ChartPoint[] = [{ x: fractionalYear(dueDate(target.by)), y: target.value, label: statedNumber(target.value, locale) }];
    const baseline = model.progress.get(target.id)?.baseline;
    if (baseline) path.unshift({ x: fractionalYear(baseline.date), y: baseline.value, label: statedNumber(baseline.value, locale) });
    const goal = figureAmountText(amountOf(target), indicator.unit, locale);
    targets.push({ label: `${locale === 'vi' ? 'Mục tiêu' : 'Target'} ${formatDue(target.by, locale)}: ${goal}`, kind: 'target', points: path });
  }
  const xs = [...points, ...targets.flatMap((t) => t.points)].map((point) => point.x);
  if (xs.length === 0) return null;
  return { observed: points.length > 0 ? { label: placeName, kind: 'observed', points } : null, targets, from: Math.min(...xs), to: Math.max(...xs) };
}

/**
 * Which places share a chart: places whose periods overlap or touch (less than a year apart) go
 * together, so one time axis never spans an empty gap (Ninh Thuận 2017–2018 beside Lào Cai
 * 2022–2025 is two charts), and no chart holds more than four places. Charts keep the order of
 * their first place; places keep the order they were given.
 */
export function groupIntoCharts(ranges: readonly { from: number; to: number }[], perChart = PLACES_PER_CHART): number[][] {
  const order = ranges.map((_, i) => i).sort((a, b) => ranges[a]!.from - ranges[b]!.from);
  const clusterOf = new Map<number, number>();
  let cluster = -1;
  let reach = -Infinity;
  for (const i of order) {
    if (ranges[i]!.from > reach + 1) cluster += 1;
    clusterOf.set(i, cluster);
    reach = Math.max(reach === -Infinity ? ranges[i]!.to : reach, ranges[i]!.to);
  }
  const clusters = new Map<number, number[]>();
  for (let i = 0; i < ranges.length; i++) {
    const c = clusterOf.get(i)!;
    clusters.set(c, [...(clusters.get(c) ?? []), i]);
  }
  return [...clusters.values()]
    .sort((a, b) => a[0]! - b[0]!)
    .flatMap((members) => Array.from({ length: Math.ceil(members.length / perChart) }, (_, k) => members.slice(k * perChart, (k + 1) * perChart)));
}

/**
 * The charts for one indicator across one or more places: per place a solid series of results
 * and, per target, a dashed path from the baseline to the target in the same colour and shape.
 * Several charts (small multiples) when places' periods are disjoint or there are more than four;
 * they share the value axis so that they compare at a glance.
 */
export function buildChartSpecs(model: Model, figuresByPlace: readonly IndicatorFigures[], locale: Locale): ChartPanel[] {
  const drawable = figuresByPlace.flatMap((figures) => {
    const lines = placeLines(model, figures, placeName(figures.place, locale), locale);
    return lines ? [{ figures, lines }] : [];
  });
  const lines = drawable.map((d) => d.lines);
  if (lines.length === 0) return [];
  const ys = lines.flatMap((l) => [...(l.observed?.points ?? []), ...l.targets.flatMap((t) => t.points)].map((p) => p.y));
  const yMax = Math.max(0, ...ys);
  const unit = unitWord(figuresByPlace[0]!.indicator.unit, locale);
  const groups = groupIntoCharts(lines);
  return groups.map((members) => {
    const series: ChartSeries[] = members.flatMap((i, style) => {
      const { observed, targets } = lines[i]!;
      return [...(observed ? [{ ...observed, style }] : []), ...targets.map((target) => ({ ...target, style }))];
    });
    const firstYear = Math.floor(Math.min(...members.map((i) => lines[i]!.from)));
    const lastYear = Math.floor(Math.max(...members.map((i) => lines[i]!.to)));
    const spec: ChartSpec = { series, firstYear, lastYear, yMax, unit };
    if (groups.length > 1) spec.title = firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
    return { spec, places: members.map((i) => drawable[i]!.figures) };
  });
}

