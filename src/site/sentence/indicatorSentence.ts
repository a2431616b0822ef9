import { amountOf, figureAmountText } from '../../present/figureText.ts';
import type { Locale } from '../../core/format/formatNumber.ts';
import type { Observation } from '../../core/model/types.ts';
import { formatPeriod, formatDeadline } from '../../present/periodText.ts';
import { textIn } from '../../present/localizedText.ts';
import type { IndicatorFigures } from '../select/indicatorFigures.ts';
import { formatDate } from '../../core/format/formatNumber.ts';
import { periodEndDate } from '../../core/model/period.ts';
import { breakBefore, segmentOf, type BreakAt } from '../../core/model/seriesBreaks.ts';

interface PeriodValues {
  period: Observation['period'];
  /** Distinct values as printed; more than one means the sources disagree. */
  values: string[];
  numbers: number[];
}

function byPeriod(observations: readonly Observation[], figures: IndicatorFigures, locale: Locale): PeriodValues[] {
  const groups = new Map<string, PeriodValues>();
  for (const observation of observations) {
    const text = figureAmountText(amountOf(observation), figures.indicator.unit, locale);
    const group = groups.get(observation.period.key) ?? { period: observation.period, values: [], numbers: [] };
    if (!group.values.includes(text)) {
      group.values.push(text);
      group.numbers.push(observation.value);
    }
    groups.set(observation.period.key, group);
  }
  return [...groups.values()];
}

const WORDS = {
  vi: { or: ' hoặc ', disputed: 'các nguồn khác nhau', noData: 'chưa có số liệu', target: 'mục tiêu', fell: ['giảm từ', 'xuống'], rose: ['tăng từ', 'lên'], same: ['giữ ở', 'từ', 'đến'] },
  en: { or: ' or ', disputed: 'sources differ', noData: 'no figures yet', target: 'target', fell: ['fell from', 'to'], rose: ['rose from', 'to'], same: ['stayed at', 'from', 'to'] },
} as const;

function valuesAt(group: PeriodValues, locale: Locale): string {
  const words = WORDS[locale];
  const period = formatPeriod(group.period, locale);
  if (group.values.length === 1) return `${group.values[0]} (${period})`;
  return `${group.values.join(words.or)} (${period}, ${words.disputed})`;
}

export interface SentenceParts {
  /** The indicator's name, which starts the sentence (pages may make it a link). */
  subject: string;
  /** The rest, from the verb or colon to the final full stop. */
  predicate: string;
}

/**
 * The one-sentence summary that carries an indicator's figures without a chart, and labels the
 * chart for screen readers: "Tỷ lệ hộ nghèo giảm từ 48,46% (2022) xuống 40,8% (31/10/2023);
 * mục tiêu năm 2025: dưới 15%." Where sources disagree, every value is named.
 */
export function indicatorSentence(figures: IndicatorFigures, locale: Locale): string {
  const { subject, predicate } = indicatorSentenceParts(figures, locale);
  return subject + predicate;
}

export function indicatorSentenceParts(figures: IndicatorFigures, locale: Locale): SentenceParts {
  const words = WORDS[locale];
  const subject = textIn(figures.indicator.name, locale);
  const points = figures.observations.filter((o) => o.period.kind !== 'span');
  const shown = points.length > 0 ? points : figures.observations;
  // Across a change of method the figures measure different things: describe only the figures
  // of the latest method, and say the method changed instead of calling it a rise or a fall.
  const latestSegment = Math.max(-1, ...shown.map((o) => segmentOf(figures.indicator, periodEndDate(o.period))));
  const sameMethod = shown.filter((o) => segmentOf(figures.indicator, periodEndDate(o.period)) === latestSegment);
  const crossed = sameMethod.length < shown.length ? breakBefore(figures.indicator, periodEndDate(sameMethod[0]!.period)) : undefined;
  const groups = byPeriod(sameMethod, figures, locale);
  const first = groups[0];
  const last = groups.at(-1);

  let result: string;
  if (!first || !last) result = `: ${words.noData}`;
  else if (first === last) result = `: ${valuesAt(last, locale)}`;
  else if (first.values.length > 1 || last.values.length > 1) result = `: ${valuesAt(first, locale)}; ${valuesAt(last, locale)}`;
  else {
    const [from, to] = [first.numbers[0]!, last.numbers[0]!];
    const [p1, p2] = [formatPeriod(first.period, locale), formatPeriod(last.period, locale)];
    if (from === to) result = ` ${words.same[0]} ${first.values[0]} ${words.same[1]} ${p1} ${words.same[2]} ${p2}`;
    else {
      const [verb, joiner] = to < from ? words.fell : words.rose;
      result = ` ${verb} ${first.values[0]} (${p1}) ${joiner} ${last.values[0]} (${p2})`;
    }
  }
  if (crossed) result += `; ${methodChanged(crossed, locale)}`;
  const targets = figures.targets.map((target) => `${words.target} ${formatDeadline(target.by, locale)}: ${figureAmountText(amountOf(target), figures.indicator.unit, locale)}`);
  return { subject, predicate: `${[result, ...targets].join('; ')}.` };
}

/** "đổi chuẩn nghèo từ năm 2022, không so sánh với số liệu trước đó" */
function methodChanged(at: BreakAt, locale: Locale): string {
  const label = (locale === 'vi' ? at.break.label?.vi : at.break.label?.en) ?? (locale === 'vi' ? 'Đổi phương pháp' : 'Method changed');
  const lowered = label.charAt(0).toLocaleLowerCase(locale === 'vi' ? 'vi-VN' : 'en') + label.slice(1);
  const when = typeof at.break.from === 'number' ? (locale === 'vi' ? `từ năm ${at.break.from}` : `from ${at.break.from}`) : (locale === 'vi' ? `từ ${formatDate(at.date, locale)}` : `from ${formatDate(at.date, locale)}`);
  return locale === 'vi' ? `${lowered} ${when}, không so sánh với số liệu trước đó` : `${lowered} ${when}; earlier figures are not compared`;
}
