import { amountOf, computedAmountText, figureAmountText } from '../../present/figureText.ts';
import { placeName } from '../../present/names.ts';
import { formatDate, formatNumber, type Locale } from '../../core/format/formatNumber.ts';
import { CANNOT_JUDGE_REASONS, PROGRESS_LABELS, PROGRESS_SYMBOLS } from '../../core/format/progressLabels.ts';
import { parsePeriod } from '../../core/model/period.ts';
import type { Indicator, Model, Progress, ProgressStatus, Target } from '../../core/model/types.ts';
import { formatDeadline, formatPeriod } from '../../present/periodText.ts';

/** Where the figures stand on the way from the baseline (0) to the target (1). */
export interface ProgressBar {
  /** Share of the way the latest figure (or the result) has gone, 0–1. */
  done: number;
  /** Share of the way the projection reaches by the deadline, 0–1; absent without a pace. */
  projected?: number;
  /** The bar in words, for screen readers and for anyone who cannot tell its marks apart. */
  text: string;
}

/** A verdict worded for a page, a table cell, a citation or a download: data already in words. */
export interface ProgressView {
  status: ProgressStatus;
  label: string;
  symbol: string;
  place: string;
  /** "dưới 15% năm 2025" */
  goal: string;
  /** What the verdict rests on, in one or two plain sentences. */
  summary: string;
  inputs: { term: string; value: string }[];
  bar?: ProgressBar;
  /** The projection at the deadline, worded ("20,84%"), when there is a pace. */
  projection?: string;
  /**
   * "đã qua hạn" / "chưa đến hạn": what the date the verdict is made at decides. The date itself
   * is the build's, said once on the versions page; a page of one place or document prints only
   * what it decides, so that the page stays as it is until a deadline passes.
   */
  judged: string;
}

const WORDS = {
  vi: {
    place: 'Địa bàn',
    target: 'Mục tiêu',
    baseline: 'Mốc ban đầu',
    latest: 'Số mới nhất',
    result: 'Kết quả tại hạn',
    projection: 'Dự báo đến hạn (theo tốc độ đã có)',
    pace: 'Tốc độ đã có',
    required: 'Tốc độ cần để đạt đúng hạn',
    judged: 'Đánh giá',
    judgedWhen: (passed: boolean) => (passed ? 'đã qua hạn' : 'chưa đến hạn'),
    deadline: (date: string) => `hạn ${date}`,
    perYear: (change: string, up: boolean) => `${up ? 'tăng' : 'giảm'} ${change} mỗi năm`,
    noChange: 'không đổi',
    pointsUnit: 'điểm %',
    statedBy: 'theo kế hoạch',
    standing: { estimated: 'ước tính', provisional: 'sơ bộ' },
  },
  en: {
    place: 'Place',
    target: 'Target',
    baseline: 'Baseline',
    latest: 'Latest figure',
    result: 'Result at the deadline',
    projection: 'Projected at the deadline (at the pace so far)',
    pace: 'Pace so far',
    required: 'Pace needed to meet it on time',
    judged: 'Judged',
    judgedWhen: (passed: boolean) => (passed ? 'after the deadline' : 'before the deadline'),
    deadline: (date: string) => `deadline ${date}`,
    perYear: (change: string, up: boolean) => `${up ? 'up' : 'down'} ${change} a year`,
    noChange: 'no change',
    pointsUnit: 'percentage points',
    statedBy: 'stated by the plan',
    standing: { estimated: 'estimated', provisional: 'provisional' },
  },
} as const;

const percent = (share: number, locale: Locale) => `${formatNumber(Math.round(share * 100), locale, 0)}%`;

/** A change per year in the indicator's unit; a share moves in percentage points. */
function paceWords(perYear: number, indicator: Indicator, locale: Locale): string {
  const w = WORDS[locale];
  const size = Math.abs(perYear);
  if (Number(size.toFixed(indicator.decimals)) === 0) return w.noChange;
  const amount = indicator.unit === '%' ? `${formatNumber(size, locale, indicator.decimals)} ${w.pointsUnit}` : computedAmountText(size, indicator, locale);
  return w.perYear(amount, perYear > 0);
}

export function progressView(model: Pick<Model, 'index'>, target: Target, progress: Progress, locale: Locale): ProgressView {
  const indicator = model.index.indicator.get(target.indicator)!;
  const place = model.index.place.get(target.territory);
  const w = WORDS[locale];
  const quantity = (value: number) => computedAmountText(value, indicator, locale);
  const observation = (id: string | undefined) => (id ? model.index.observation.get(id) : undefined);
  /** A figure's own period ("2022", "31/10/2023") reads better than the date the method uses. */
  const when = (date: string, observationId?: string) => {
    const found = observation(observationId);
    return found ? formatPeriod(found.period, locale) : formatDate(date, locale);
  };
  /** "95,8% (31/1/2024, ước tính)": a verdict resting on an estimate says so. */
  const figure = (point: { value: number; date: string; observationId?: string }) => {
    const found = observation(point.observationId);
    const standing = found && found.status !== 'reported' ? `, ${w.standing[found.status]}` : '';
    // The figure as stated, in its own words ("trên 686,5"); a computed point has no such words.
    const amount = found ? figureAmountText(amountOf(found), indicator.unit, locale) : computedAmountText(point.value, indicator, locale);
    return `${amount} (${when(point.date, point.observationId)}${standing})`;
  };
  const goal = `${figureAmountText(amountOf(target), indicator.unit, locale)} ${formatDeadline(target.by, locale)}`;
  const deadline = formatDate(progress.dueDate, locale);
  const whereName = place ? placeName(place, locale) : target.territory;

  const inputs: ProgressView['inputs'] = [
    { term: w.place, value: whereName },
    { term: w.target, value: `${goal} (${w.deadline(deadline)})` },
  ];
  const baselineWhen = (baseline: NonNullable<Progress['baseline']>) =>
    baseline.from === 'target' && target.baseline ? formatPeriod(parsePeriod(target.baseline.period), locale) : when(baseline.date, baseline.observationId);
  if (progress.baseline) {
    inputs.push({ term: w.baseline, value: `${quantity(progress.baseline.value)} (${baselineWhen(progress.baseline)})${progress.baseline.from === 'target' ? `, ${w.statedBy}` : ''}` });
  }
  if (progress.latest) inputs.push({ term: w.latest, value: figure(progress.latest) });
  if (progress.result && progress.result.observationId !== progress.latest?.observationId) inputs.push({ term: w.result, value: figure(progress.result) });
  const projection = progress.projection !== undefined ? quantity(progress.projection) : undefined;
  if (projection) inputs.push({ term: w.projection, value: projection });
  if (progress.pace) inputs.push({ term: w.pace, value: paceWords(progress.pace.perYear, indicator, locale) });
  if (progress.requiredPerYear !== undefined && progress.pace) inputs.push({ term: w.required, value: paceWords(progress.requiredPerYear, indicator, locale) });
  const judged = w.judgedWhen(progress.deadlinePassed);
  inputs.push({ term: w.judged, value: judged });

  const view: ProgressView = {
    status: progress.status,
    label: PROGRESS_LABELS[locale][progress.status],
    symbol: PROGRESS_SYMBOLS[progress.status],
    place: whereName,
    goal,
    summary: summaryOf(progress, {
      locale,
      quantity,
      figure,
      goal,
      deadline,
      placeEndedOn: progress.placeEnded && formatDate(progress.placeEnded, locale),
      baselineFigure: progress.baseline && `${quantity(progress.baseline.value)} (${baselineWhen(progress.baseline)})`,
    }),
    inputs,
    judged,
  };
  if (projection) view.projection = projection;
  const bar = barOf(progress, target, locale);
  if (bar) view.bar = bar;
  return view;
}

interface SummaryParts {
  locale: Locale;
  quantity: (value: number) => string;
  figure: (point: { value: number; date: string; observationId?: string }) => string;
  goal: string;
  deadline: string;
  placeEndedOn: string | undefined;
  /** "48,46% (2022)" */
  baselineFigure: string | undefined;
}

function summaryOf(progress: Progress, parts: SummaryParts): string {
  const { locale, quantity, figure, goal, deadline } = parts;
  const vi = locale === 'vi';
  const projected =
    progress.projection !== undefined && parts.baselineFigure && progress.latest
      ? vi
        ? `Theo tốc độ từ ${parts.baselineFigure} đến ${figure(progress.latest)}, đến hạn sẽ là khoảng ${quantity(progress.projection)}`
        : `At the pace from ${parts.baselineFigure} to ${figure(progress.latest)}, it would be about ${quantity(progress.projection)} at the deadline`
      : undefined;
  const share = progress.ratio !== undefined ? percent(Math.max(0, progress.ratio), locale) : undefined;
  const ended = parts.placeEndedOn
    ? vi
      ? ` Đơn vị này chỉ tồn tại đến ${parts.placeEndedOn}, trước hạn, nên sẽ không có kết quả riêng của nó.`
      : ` This unit existed only until ${parts.placeEndedOn}, before the deadline, so no result of its own will come.`
    : '';
  switch (progress.status) {
    case 'met':
      return vi ? `Kết quả ${figure(progress.result!)} đạt mục tiêu ${goal}.` : `The result, ${figure(progress.result!)}, meets the target (${goal}).`;
    case 'missed':
      return vi ? `Kết quả ${figure(progress.result!)} không đạt mục tiêu ${goal}.` : `The result, ${figure(progress.result!)}, falls short of the target (${goal}).`;
    case 'due-no-result': {
      const head = vi ? `Hạn ${deadline} đã qua nhưng chưa có kết quả tại hạn được công bố.` : `The deadline (${deadline}) has passed and no result for it has been published.`;
      const pace = projected
        ? ` ${projected}${vi ? `, so với mục tiêu ${goal}.` : `, against a target of ${goal}.`}`
        : progress.latest
          ? vi
            ? ` Số mới nhất là ${figure(progress.latest)}.`
            : ` The latest figure is ${figure(progress.latest)}.`
          : '';
      return `${head}${pace}${ended}`;
    }
    case 'achieved':
      return vi ? `Số mới nhất ${figure(progress.latest!)} đã đạt mục tiêu ${goal}, trước hạn.` : `The latest figure, ${figure(progress.latest!)}, already meets the target (${goal}) before the deadline.`;
    case 'on-track':
    case 'too-slow':
    case 'little-progress': {
      const tail =
        progress.status === 'on-track'
          ? vi
            ? `: đạt mục tiêu ${goal}.`
            : `: the target (${goal}) is met.`
          : vi
            ? `: chưa đạt mục tiêu ${goal}. Với tốc độ này, đến hạn chỉ đi được ${share} quãng đường từ mốc ban đầu tới mục tiêu.`
            : `: short of the target (${goal}). At this pace, only ${share} of the way from the baseline to the target is covered by the deadline.`;
      return `${projected}${tail}`;
    }
    case 'moving-away':
      return vi
        ? `Từ mốc ban đầu, số liệu đi theo chiều ngược với mục tiêu ${goal}.${projected ? ` ${projected}.` : ''}`
        : `Since the baseline, the figures have moved away from the target (${goal}).${projected ? ` ${projected}.` : ''}`;
    case 'no-data':
      return vi
        ? `Chưa đủ số liệu để tính tốc độ: cần một mốc ban đầu và ít nhất một số liệu sau đó, trước hạn ${deadline}.`
        : `Not enough figures to measure a pace yet: it takes a baseline and at least one later figure before the deadline (${deadline}).`;
    case 'cannot-judge':
      return vi
        ? `Không đánh giá được: ${CANNOT_JUDGE_REASONS.vi[progress.reason ?? 'no-target-value']}.`
        : `Cannot be judged: ${CANNOT_JUDGE_REASONS.en[progress.reason ?? 'no-target-value']}.`;
  }
}

/**
 * The bar runs from the baseline to the target. Without a baseline, a target of "at least" a
 * positive amount runs from zero (classes held against classes planned).
 */
function barOf(progress: Progress, target: Target, locale: Locale): ProgressBar | undefined {
  const value = progress.result ?? progress.latest;
  const goal = progress.targetValue;
  let from: number | undefined = progress.baseline?.value;
  if (from === undefined && (target.comparator === '>=' || target.comparator === '>') && goal > 0) from = 0;
  if (from === undefined || !value || !Number.isFinite(goal) || goal === from) return undefined;
  // A latest figure that is the baseline itself has covered nothing yet that a bar could show.
  if (progress.baseline && value.date <= progress.baseline.date) return undefined;
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  const metNow = progress.status === 'met' || progress.status === 'achieved';
  const done = metNow ? 1 : clamp((value.value - from) / (goal - from));
  const projected = progress.ratio !== undefined && !metNow ? clamp(progress.ratio) : undefined;
  const vi = locale === 'vi';
  const doneText = vi ? `Số ${progress.result ? 'kết quả' : 'mới nhất'} đã đi được ${percent(done, locale)} quãng đường từ ${progress.baseline ? 'mốc ban đầu' : '0'} tới mục tiêu` : `The ${progress.result ? 'result' : 'latest figure'} has covered ${percent(done, locale)} of the way from ${progress.baseline ? 'the baseline' : 'zero'} to the target`;
  const projectedText = projected !== undefined ? (vi ? `; theo tốc độ đã có, đến hạn đi được ${percent(projected, locale)}` : `; at the pace so far, ${percent(projected, locale)} by the deadline`) : '';
  const bar: ProgressBar = { done, text: `${doneText}${projectedText}.` };
  if (projected !== undefined) bar.projected = projected;
  return bar;
}
