import type { Locale } from '../../core/format/formatNumber.ts';
import { dueDate, periodEndDate } from '../../core/model/period.ts';
import type { Model, Observation, Target } from '../../core/model/types.ts';
import { amountOf, figureAmountText } from '../../present/figureText.ts';
import { formatDue } from '../../present/periodText.ts';
import { chartSpecFromRows, type ChartRow } from './chartFromTable.ts';
import { chartSpecText, type ChartSpec } from './chartSpec.ts';

/**
 * What a target's row carries for its chart beyond what it prints: the baseline its dashed path
 * starts from, "YYYY-MM-DD value" (FigureTable's data-baseline).
 */
export function baselineAttribute(model: Model, target: Target): string | undefined {
  const baseline = model.progress.get(target.id)?.baseline;
  return baseline ? `${baseline.date} ${baseline.value}` : undefined;
}

/**
 * The rows a chart reads from its table (chartFromTable.ts), as the server writes them: the same
 * period, value, words and baseline that FigureTable prints, built from the figures.
 */
export function chartRowsOf(model: Model, figures: readonly (Observation | Target)[], unit: string, targetWord: string, locale: Locale): ChartRow[] {
  return figures.flatMap((figure): ChartRow[] => {
    if (figure.value === undefined) return [];
    if ('period' in figure) return figure.period.kind === 'span' ? [] : [{ kind: 'observed', date: periodEndDate(figure.period), value: figure.value }];
    const baseline = model.progress.get(figure.id)?.baseline;
    return [
      {
        kind: 'target',
        date: dueDate(figure.by),
        value: figure.value,
        due: `${targetWord} ${formatDue(figure.by, locale)}`,
        amount: figureAmountText(amountOf(figure), unit, locale),
        ...(baseline ? { baseline: { date: baseline.date, value: baseline.value } } : {}),
      },
    ];
  });
}

/**
 * Whether the chart drawn from these rows is the chart the server would draw (buildChartSpec.ts),
 * its results' unread line name aside: only then does the page leave out the chart's JSON copy.
 */
export function tableDrawsSameChart(rows: readonly ChartRow[], spec: ChartSpec, locale: Locale): boolean {
  const unnamed = (s: ChartSpec) => chartSpecText({ ...s, series: s.series.map((series) => (series.kind === 'observed' ? { ...series, label: '' } : series)) });
  return unnamed(chartSpecFromRows(rows, { unit: spec.unit, ...(spec.breaks ? { breaks: spec.breaks } : {}) }, locale)) === unnamed(spec);
}
