import type { Locale } from '../../core/format/formatNumber.ts';
import { parsePeriod, periodEndDate } from '../../core/model/period.ts';
import { dueDate } from '../../core/model/period.ts';
import type { Model } from '../../core/model/types.ts';
import { formatDue, formatPeriod } from '../format/formatPeriod.ts';
import { formatValue, unitLabel } from '../format/formatQuantity.ts';
import { formatTargetGoal } from '../format/formatTarget.ts';
import type { IndicatorFigures } from '../select/indicatorFigures.ts';
import { placeLabel } from '../select/placeIndex.ts';
import { SERIES_STYLES, type ChartSeries, type ChartSpec } from './chartSpec.ts';

/** 2023-10-31 → 2023.83: a time axis on which a year's figure (placed at 31 December) and an as-of date can share. */
export function fractionalYear(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return Math.round((year + (Date.UTC(year, month - 1, day) - start) / length) * 1000) / 1000;
}

/**
 * One chart for one indicator across one or more places: a solid series of results per place
 * and, per target, a dashed line along the progress method's path from baseline to target.
 * Figures for spans of years are not points in time and stay in the table only.
 */
export function buildChartSpec(model: Model, figuresByPlace: readonly IndicatorFigures[], locale: Locale): ChartSpec {
  const series: ChartSeries[] = [];
  const ticks = new Map<number, string>();
  const several = figuresByPlace.length > 1;
  let observedStyle = 0;
  for (const figures of figuresByPlace) {
    const { indicator } = figures;
    const where = placeLabel(figures.place, locale);
    const points = figures.observations
      .filter((observation) => observation.period.kind !== 'span')
      .map((observation) => {
        const x = fractionalYear(periodEndDate(observation.period));
        ticks.set(x, formatPeriod(observation.period, locale));
        return { x, y: observation.value, label: formatValue(observation.value, indicator, locale) };
      });
    if (points.length > 0) series.push({ label: where, kind: 'observed', style: observedStyle++ % SERIES_STYLES.length, points });

    for (const target of figures.targets) {
      if (target.value === undefined) continue;
      const x = fractionalYear(dueDate(target.by));
      ticks.set(x, formatDue(target.by, locale));
      const path = [{ x, y: target.value, label: formatValue(target.value, indicator, locale) }];
      const baseline = model.progress.get(target.id)?.baseline;
      if (baseline) {
        const bx = fractionalYear(baseline.date);
        if (!ticks.has(bx)) ticks.set(bx, target.baseline ? formatPeriod(parsePeriod(target.baseline.period), locale) : formatDue(baseline.date, locale));
        path.unshift({ x: bx, y: baseline.value, label: formatValue(baseline.value, indicator, locale) });
      }
      const goal = formatTargetGoal(target, indicator, locale);
      series.push({ label: `${locale === 'vi' ? 'Mục tiêu' : 'Target'} ${formatDue(target.by, locale)}: ${goal}${several ? ` (${where})` : ''}`, kind: 'target', style: 0, points: path });
    }
  }
  const unit = figuresByPlace[0] ? unitLabel(figuresByPlace[0].indicator.unit, locale) : '';
  return { series, ticks: [...ticks].sort(([a], [b]) => a - b).map(([value, label]) => ({ value, label })), unit };
}
