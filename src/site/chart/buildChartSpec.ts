import { amountOf, figureAmountText, statedNumber } from '../../present/figureText.ts';
import { unitWord } from '../../present/phrases.ts';
import { placeName } from '../../present/names.ts';
import type { Locale } from '../../core/format/formatNumber.ts';
import { dueDate, periodEndDate } from '../../core/model/period.ts';
import type { Model } from '../../core/model/types.ts';
import { formatDue } from '../../present/periodText.ts';
import type { IndicatorFigures } from '../select/indicatorFigures.ts';
import { breaksOf, segmentOf } from '../../core/model/seriesBreaks.ts';
import { fractionalYear, PLACES_PER_CHART, type ChartBreak, type ChartPoint, type ChartSeries, type ChartSpec } from './chartSpec.ts';

export { fractionalYear };

/** One chart and the places it draws (whose sentences are its accessible description). */
export interface ChartPanel {
  spec: ChartSpec;
  places: IndicatorFigures[];
}

/** One place's lines before they are placed in a chart: its results and its targets' paths. */
interface PlaceLines {
  /** One line per method: results either side of a break in the indicator's method are not joined. */
  observed: Omit<ChartSeries, 'style'>[];
  targets: Omit<ChartSeries, 'style'>[];
  from: number;
  to: number;
}

function placeLines(model: Model, figures: IndicatorFigures, placeName: string, locale: Locale): PlaceLines | null {
  const { indicator } = figures;
  // Figures for spans of years are not points in time and stay in the table only.
  const segments = new Map<number, ChartPoint[]>();
  for (const observation of figures.observations) {
    if (observation.period.kind === 'span') continue;
    const end = periodEndDate(observation.period);
    const point = { x: fractionalYear(end), y: observation.value, label: statedNumber(observation.value, locale) };
    const segment = segmentOf(indicator, end);
    segments.set(segment, [...(segments.get(segment) ?? []), point]);
  }
  const observed = [...segments.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, points]) => ({ label: placeName, kind: 'observed' as const, points }));
  const points = observed.flatMap((line) => line.points);
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
  return { observed, targets, from: Math.min(...xs), to: Math.max(...xs) };
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
  const ys = lines.flatMap((l) => [...l.observed.flatMap((o) => o.points), ...l.targets.flatMap((t) => t.points)].map((p) => p.y));
  const yMax = Math.max(0, ...ys);
  const unit = unitWord(figuresByPlace[0]!.indicator.unit, locale);
  const groups = groupIntoCharts(lines);
  return groups.map((members) => {
    const series: ChartSeries[] = members.flatMap((i, style) => {
      const { observed, targets } = lines[i]!;
      return [...observed.map((line) => ({ ...line, style })), ...targets.map((target) => ({ ...target, style }))];
    });
    const firstYear = Math.floor(Math.min(...members.map((i) => lines[i]!.from)));
    const lastYear = Math.floor(Math.max(...members.map((i) => lines[i]!.to)));
    const spec: ChartSpec = { series, firstYear, lastYear, yMax, unit };
    const breaks = chartBreaks(figuresByPlace[0]!.indicator, firstYear, lastYear, locale);
    if (breaks.length > 0) spec.breaks = breaks;
    if (groups.length > 1) spec.title = firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
    return { spec, places: members.map((i) => drawable[i]!.figures) };
  });
}


/**
 * The indicator's changes of method that fall on this chart's time axis (its edges included: a
 * chart of 2022–2025 figures starts at the change of poverty standard and says so).
 */
function chartBreaks(indicator: IndicatorFigures['indicator'], firstYear: number, lastYear: number, locale: Locale): ChartBreak[] {
  return breaksOf(indicator)
    .map((b) => ({ x: fractionalYear(b.date), label: (locale === 'vi' ? b.break.label?.vi : b.break.label?.en) ?? (locale === 'vi' ? 'Đổi phương pháp' : 'Method changed') }))
    .filter((b) => b.x >= firstYear && b.x <= lastYear + 1);
}
