import { dayNumber, dueDate, parsePeriod, periodEndDate } from '../model/period.ts';
import type { DocumentRecord, Indicator, Model, Observation, Place, Progress, ProgressPoint, Target } from '../model/types.ts';
import { isPeriodTotal } from '../schema/indicator.ts';
import { UNITS } from '../schema/units.ts';
import { pushToList } from '../model/pushToList.ts';
import { breakBetween, segmentOf } from '../model/seriesBreaks.ts';

type LinkedModel = Omit<Model, 'findings' | 'progress' | 'progressAsOf'>;

/**
 * The observed pace covers the whole required change by the deadline: on track. Open SDG (after
 * Statistics Canada) calls 95% of the required rate "on track"; we do not round a projected miss up
 * to a hit, because a plan whose own pace ends short of its target is not on track.
 */
export const ON_TRACK_RATIO = 1;
/**
 * At this pace at least half of the required change is made by the deadline: progress that needs
 * to speed up. Below it, little progress. Open SDG draws this line at 60%; half is the line a
 * reader can check in their head ("less than half-way by the deadline").
 */
export const TOO_SLOW_RATIO = 0.5;

/** A pace is shown per year of 365 days, so a change between two year-end figures is its own pace. */
const DAYS_PER_YEAR = 365;

/**
 * When the data is dated, for deciding which deadlines have passed. It is the data version's date
 * (the commit's), never the clock, so two builds of one commit give the same verdicts. Without a
 * version (a folder outside git) the newest date the data itself holds stands in (a document's issue
 * date or the end of a figure's period): the data cannot be older than what it states.
 */
export function progressAsOf(model: Pick<LinkedModel, 'documents' | 'observations'>, versionDate?: string | null): { date: string; from: 'data-version' | 'newest-in-data' } {
  if (versionDate) return { date: versionDate, from: 'data-version' };
  let newest = '1970-01-01';
  for (const document of model.documents) if (document.issued) newest = maxDate(newest, document.issued);
  for (const observation of model.observations) newest = maxDate(newest, periodEndDate(observation.period));
  return { date: newest, from: 'newest-in-data' };
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/**
 * The progress method (content/pages/phuong-phap). For each target:
 *
 * 1. Once the deadline is before the data's date (or the place ceased to exist before it), the
 *    target is judged on the result for the deadline: met, missed, or, when no result for the
 *    deadline was published, "deadline passed, no result published".
 * 2. Before the deadline, a figure that already meets the target is "achieved". Otherwise the pace
 *    is the slope of the least-squares line through every figure of the same indicator and place
 *    from the baseline to the latest figure (with two figures, the line through them); the
 *    projection carries the latest figure to the deadline at that pace. The ratio is the change the
 *    projection makes from the baseline over the change the target requires:
 *      ratio ≥ 1           on track
 *      0,5 ≤ ratio < 1     too slow (needs to speed up)
 *      0 ≤ ratio < 0,5     little progress
 *      ratio < 0           moving away from the target
 *    With fewer than two figures there is no pace: "not enough data".
 *
 * Period totals (a change, a ratio, a count of things done in a year) describe their own period,
 * not a level moving along a line: only the figure for the target's own year can meet or miss it.
 *
 * A target that contradicts itself (a baseline after its deadline, a comparator against the
 * indicator's better direction) is "cannot be judged", with the reason: the validator reports
 * where, and no verdict is guessed.
 */
export function deriveProgress(model: LinkedModel, asOf: string): Map<string, Progress> {
  // By indicator, then place: one map keyed by the two joined would build and hash a new text
  // for each of a national dataset's 600.000 figures.
  const series = new Map<string, Map<string, Observation[]>>();
  for (const observation of model.observations) {
    if (observation.period.kind === 'span') continue;
    let byPlace = series.get(observation.indicator);
    if (!byPlace) series.set(observation.indicator, (byPlace = new Map()));
    pushToList(byPlace, observation.territory, observation);
  }
  const progress = new Map<string, Progress>();
  for (const target of model.targets) {
    const points = (series.get(target.indicator)?.get(target.territory) ?? [])
      .slice()
      .sort((a, b) => periodEndDate(a.period).localeCompare(periodEndDate(b.period)));
    const indicator = model.index.indicator.get(target.indicator);
    const place = model.index.place.get(target.territory);
    progress.set(target.id, judgeTarget({ target, indicator, place, points, documents: model.index.document, asOf }));
  }
  return progress;
}

export interface TargetEvidence {
  target: Target;
  indicator: Indicator | undefined;
  place: Place | undefined;
  /** Figures of the same indicator and place, sorted by date; spans of years left out. */
  points: readonly Observation[];
  documents: ReadonlyMap<string, DocumentRecord>;
  asOf: string;
}

/** The verdict on one target: exported so that tests can feed it a table of hand-made cases. */
export function judgeTarget({ target, indicator, place, points, documents, asOf }: TargetEvidence): Progress {
  const due = dueDate(target.by);
  const placeEnded = place?.kind === 'territory' && place.valid_to !== undefined && place.valid_to < due ? place.valid_to : undefined;
  // A place that ceased to exist publishes no more results: its deadline has in effect come.
  const deadlinePassed = due < asOf || (placeEnded !== undefined && placeEnded < asOf);
  const result: Progress = { targetId: target.id, status: 'no-data', targetValue: targetValueOf(target), dueDate: due, asOf, deadlinePassed };
  if (placeEnded) result.placeEnded = placeEnded;

  const cannotJudge = reasonItCannotBeJudged(target, indicator, due);
  if (cannotJudge) {
    result.status = 'cannot-judge';
    result.reason = cannotJudge;
    return result;
  }
  const decimals = indicator?.decimals ?? 4;
  const perPeriod = indicator !== undefined && isPeriodTotal(indicator);
  return perPeriod ? judgePeriodTotal(result, target, points, documents, decimals) : judgeLevel(result, target, indicator, points, documents, decimals);
}

function reasonItCannotBeJudged(target: Target, indicator: Indicator | undefined, due: string): Progress['reason'] | undefined {
  if (target.comparator === 'between' ? !target.range : !Number.isFinite(target.value)) return 'no-target-value';
  if (target.baseline && periodEndDate(parsePeriod(target.baseline.period)) > due) return 'baseline-after-deadline';
  // A baseline under a method the indicator has since replaced is not the start of the same line.
  if (target.baseline && breakBetween(indicator, periodEndDate(parsePeriod(target.baseline.period)), due)) return 'baseline-before-break';
  const upward = target.comparator === '>=' || target.comparator === '>';
  const downward = target.comparator === '<=' || target.comparator === '<';
  if ((indicator?.direction === 'decrease' && upward) || (indicator?.direction === 'increase' && downward)) return 'comparator-against-direction';
  return undefined;
}

/**
 * The value a path leads to. For a range it is the end nearer the baseline, the least change that
 * meets the target: from 400 people towards 300–350 the path ends at 350, from 200 at 300.
 */
function targetValueOf(target: Target, baseline?: number): number {
  if (target.range) return baseline !== undefined && baseline > target.range.max ? target.range.max : target.range.min;
  return target.value ?? Number.NaN;
}

/**
 * Whether a value meets the target. Values are compared as published, at the indicator's decimals,
 * so "= 100" is met by 100,00 and not undone by floating-point dust.
 */
export function meets(value: number, target: Target, decimals: number): boolean {
  const round = (x: number) => Number(x.toFixed(decimals));
  const v = round(value);
  if (target.comparator === 'between') return target.range !== undefined && v >= round(target.range.min) && v <= round(target.range.max);
  const goal = targetValueOf(target);
  if (!Number.isFinite(goal)) return false;
  const g = round(goal);
  switch (target.comparator) {
    case '>=':
      return v >= g;
    case '>':
      return v > g;
    case '<=':
      return v <= g;
    case '<':
      return v < g;
    case '=':
      return v === g;
  }
}

function pointOf(observation: Observation): ProgressPoint {
  return { value: observation.value, date: periodEndDate(observation.period), observationId: observation.id };
}

/** Several sources may give a figure for one date; the most recently issued source speaks last. */
function oneFigurePerDate(points: readonly Observation[], documents: ReadonlyMap<string, DocumentRecord>): Observation[] {
  const byDate = new Map<string, Observation>();
  for (const point of points) {
    const date = periodEndDate(point.period);
    const held = byDate.get(date);
    const issued = (o: Observation) => documents.get(o.source.document)?.issued ?? '';
    if (!held || issued(point) >= issued(held)) byDate.set(date, point);
  }
  return [...byDate.values()].sort((a, b) => periodEndDate(a.period).localeCompare(periodEndDate(b.period)));
}

function judgePeriodTotal(result: Progress, target: Target, points: readonly Observation[], documents: ReadonlyMap<string, DocumentRecord>, decimals: number): Progress {
  const dueYear = Number(result.dueDate.slice(0, 4));
  const sameYear = oneFigurePerDate(
    points.filter((point) => point.period.kind !== 'span' && Number(periodEndDate(point.period).slice(0, 4)) === dueYear && periodEndDate(point.period) <= result.dueDate),
    documents,
  );
  const latest = sameYear.at(-1);
  if (latest) result.latest = pointOf(latest);
  // Only the whole period's figure is its result: ten classes by October say nothing of the year.
  const whole = sameYear.find((point) => periodEndDate(point.period) === result.dueDate);
  if (whole) {
    result.result = pointOf(whole);
    const met = meets(whole.value, target, decimals);
    result.status = result.deadlinePassed ? (met ? 'met' : 'missed') : met ? 'achieved' : 'missed';
    return result;
  }
  result.status = result.deadlinePassed ? 'due-no-result' : 'no-data';
  return result;
}

function judgeLevel(
  result: Progress,
  target: Target,
  indicator: Indicator | undefined,
  points: readonly Observation[],
  documents: ReadonlyMap<string, DocumentRecord>,
  decimals: number,
): Progress {
  const due = result.dueDate;
  // Figures after the deadline say nothing about whether it was met by then.
  // Nor do figures of a method the indicator replaced before the deadline: the pace is drawn
  // only through figures measured the way the deadline's figure will be.
  const segment = segmentOf(indicator, due);
  const usable = oneFigurePerDate(
    points.filter((point) => periodEndDate(point.period) <= due && segmentOf(indicator, periodEndDate(point.period)) === segment),
    documents,
  );
  const latest = usable.at(-1);
  if (latest) result.latest = pointOf(latest);

  const baseline = baselineOf(target, usable);
  if (baseline) result.baseline = baseline;
  const goal = targetValueOf(target, baseline?.value ?? latest?.value);
  result.targetValue = goal;

  // The pace: a least-squares line through the baseline and every later figure up to the latest.
  if (baseline && latest && baseline.date < pointOf(latest).date) {
    const fitted = [
      { t: dayNumber(baseline.date), v: baseline.value },
      ...usable.filter((point) => periodEndDate(point.period) > baseline.date).map((point) => ({ t: dayNumber(periodEndDate(point.period)), v: point.value })),
    ];
    const slopePerDay = leastSquaresSlope(fitted);
    const latestPoint = pointOf(latest);
    const years = (dayNumber(due) - dayNumber(baseline.date)) / DAYS_PER_YEAR;
    result.pace = { perYear: slopePerDay * DAYS_PER_YEAR, points: fitted.length, method: fitted.length === 2 ? 'two-points' : 'least-squares' };
    if (years > 0) result.requiredPerYear = (goal - baseline.value) / years;
    const projection = withinBounds(latestPoint.value + slopePerDay * (dayNumber(due) - dayNumber(latestPoint.date)), indicator);
    result.projection = projection;
    const requiredChange = goal - baseline.value;
    if (requiredChange !== 0 && !meets(baseline.value, target, decimals)) result.ratio = (projection - baseline.value) / requiredChange;
  }

  if (result.deadlinePassed) {
    // The result for the deadline: the figure at the deadline, else the latest within its final
    // year (a commune meeting its 2025 target in October 2025 met it "by 2025").
    const cutoff = result.placeEnded ?? due;
    const finalYear = cutoff.slice(0, 4);
    const inFinalYear = usable.filter((point) => periodEndDate(point.period).startsWith(finalYear) && periodEndDate(point.period) <= cutoff);
    const atDeadline = inFinalYear.find((point) => periodEndDate(point.period) === cutoff);
    if (atDeadline) {
      result.result = pointOf(atDeadline);
      result.status = meets(atDeadline.value, target, decimals) ? 'met' : 'missed';
      return result;
    }
    const lastInYear = inFinalYear.at(-1);
    if (lastInYear && meets(lastInYear.value, target, decimals)) {
      result.result = pointOf(lastInYear);
      result.status = 'met';
      return result;
    }
    // A reading part-way through the final year that falls short is not the result: the year's
    // end may still have met it.
    result.status = 'due-no-result';
    return result;
  }

  if (latest && meets(latest.value, target, decimals)) {
    result.status = 'achieved';
    return result;
  }
  if (!baseline || result.projection === undefined) return result; // not enough data
  if (meets(baseline.value, target, decimals)) {
    // The target was met at the start and no longer is.
    result.status = 'moving-away';
    return result;
  }
  const ratio = result.ratio ?? 0;
  const projectedMeets = target.comparator === '=' || target.comparator === 'between' ? ratio >= ON_TRACK_RATIO : meets(result.projection, target, decimals);
  result.status = projectedMeets && ratio >= ON_TRACK_RATIO ? 'on-track' : ratio >= TOO_SLOW_RATIO ? 'too-slow' : ratio >= 0 ? 'little-progress' : 'moving-away';
  return result;
}

/** The plan's stated baseline, else the earliest figure before the latest one. */
function baselineOf(target: Target, usable: readonly Observation[]): Progress['baseline'] {
  if (target.baseline) return { value: target.baseline.value, date: periodEndDate(parsePeriod(target.baseline.period)), from: 'target' };
  const first = usable[0];
  if (!first || usable.length < 2) return undefined;
  return { ...pointOf(first), from: 'observation' };
}

function leastSquaresSlope(points: readonly { t: number; v: number }[]): number {
  const n = points.length;
  const meanT = points.reduce((sum, p) => sum + p.t, 0) / n;
  const meanV = points.reduce((sum, p) => sum + p.v, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.t - meanT) * (p.v - meanV);
    variance += (p.t - meanT) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}

/**
 * A projection cannot leave the values the unit allows: a share stays within 0–100%, a count or an
 * amount does not go below zero. Changes in points can be negative and are left as they are.
 */
function withinBounds(value: number, indicator: Indicator | undefined): number {
  if (!indicator) return value;
  const measure = UNITS[indicator.unit].measure;
  if (measure === 'points') return value;
  const floor = Math.max(0, value);
  return measure === 'share' && indicator.kind === 'level' ? Math.min(100, floor) : floor;
}
