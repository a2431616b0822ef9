import { dayNumber, dueDate, parsePeriod, periodEndDate } from '../model/period.ts';
import type { DocumentRecord, Model, Observation, Progress, Target } from '../model/types.ts';
import { isPeriodTotal } from '../schema/indicator.ts';
import { pushToList } from '../model/pushToList.ts';

type LinkedModel = Omit<Model, 'findings' | 'progress'>;

/**
 * Share of the expected change below which a target counts as behind. Published on the
 * methodology page; chosen so that a plan two-fifths short of its path is flagged.
 */
export const BEHIND_THRESHOLD = 0.6;

/**
 * The progress method (content/pages/phuong-phap): a straight line from the baseline to the
 * target gives the value expected at the date of the latest figure. The status compares the
 * change actually made with the change expected:
 *   achieved     the latest figure already meets the target;
 *   moving-away  the figure moved the wrong way since the baseline;
 *   behind       less than 60% of the expected change was made;
 *   on-track     otherwise;
 *   no-data      no figure after the baseline, so progress cannot be measured.
 * The baseline is the plan's stated one, else the earliest figure for the same indicator and
 * place. Figures for spans of years are not points in time and are left out.
 *
 * Changes, ratios and period totals ("down 10,77 points in 2024", "130% of the annual plan",
 * "14 job fairs held in 2023") describe one period, not a level that moves along a path: they are
 * compared only with the figure for the target's own year, and are achieved or behind.
 */
export function deriveProgress(model: LinkedModel): Map<string, Progress> {
  const series = new Map<string, Observation[]>();
  for (const observation of model.observations) {
    if (observation.period.kind === 'span') continue;
    const key = `${observation.indicator}|${observation.territory}`;
    pushToList(series, key, observation);
  }
  const progress = new Map<string, Progress>();
  for (const target of model.targets) {
    const points = (series.get(`${target.indicator}|${target.territory}`) ?? []).slice().sort((a, b) => periodEndDate(a.period).localeCompare(periodEndDate(b.period)));
    const indicator = model.index.indicator.get(target.indicator);
    const perPeriod = indicator !== undefined && isPeriodTotal(indicator);
    progress.set(target.id, perPeriod ? periodProgressOf(target, points, model.index.document) : progressOf(target, points, model.index.document));
  }
  return progress;
}

/**
 * The value a path leads to. For a range it is the end nearer the baseline, the least change that
 * meets the target: from 400 people towards 300–350 the path ends at 350, from 200 at 300.
 */
function targetValueOf(target: Target, baseline?: number): number {
  if (target.range) return baseline !== undefined && baseline > target.range.max ? target.range.max : target.range.min;
  return target.value ?? Number.NaN;
}

/** A target whose value is missing or not a number (only in data that failed validation) is never met. */
function meets(value: number, target: Target): boolean {
  if (target.comparator === 'between') return target.range !== undefined && value >= target.range.min && value <= target.range.max;
  const goal = targetValueOf(target);
  if (!Number.isFinite(goal)) return false;
  switch (target.comparator) {
    case '>=':
      return value >= goal;
    case '>':
      return value > goal;
    case '<=':
      return value <= goal;
    case '<':
      return value < goal;
    case '=':
      return value === goal;
  }
}

function periodProgressOf(target: Target, points: Observation[], documents: Map<string, DocumentRecord>): Progress {
  const due = dueDate(target.by);
  const result: Progress = { targetId: target.id, status: 'no-data', targetValue: targetValueOf(target), dueDate: due };
  const sameYear = points.filter((point) => point.period.kind === 'year' && String(point.period.year) === due.slice(0, 4));
  const latest = latestOf(sameYear, documents);
  if (!latest) return result;
  result.latest = { value: latest.value, date: periodEndDate(latest.period), observationId: latest.id };
  result.status = meets(latest.value, target) ? 'achieved' : 'behind';
  return result;
}

/** Several sources may give the latest figure; the most recently issued source speaks last. */
function latestOf(points: Observation[], documents: Map<string, DocumentRecord>): Observation | undefined {
  if (points.length === 0) return undefined;
  const latestDate = periodEndDate(points.at(-1)!.period);
  return points
    .filter((point) => periodEndDate(point.period) === latestDate)
    .sort((a, b) => (documents.get(a.source.document)?.issued ?? '').localeCompare(documents.get(b.source.document)?.issued ?? ''))
    .at(-1);
}

function progressOf(target: Target, points: Observation[], documents: Map<string, DocumentRecord>): Progress {
  const due = dueDate(target.by);
  const targetValue = targetValueOf(target);
  const result: Progress = { targetId: target.id, status: 'no-data', targetValue, dueDate: due };
  const candidates = points.filter((point) => periodEndDate(point.period) <= due);
  if (candidates.length === 0) return result;

  const latest = latestOf(candidates, documents)!;
  const latestDate = periodEndDate(latest.period);
  result.latest = { value: latest.value, date: latestDate, observationId: latest.id };

  if (meets(latest.value, target)) {
    result.status = 'achieved';
    return result;
  }

  const baseline = target.baseline
    ? { value: target.baseline.value, date: periodEndDate(parsePeriod(target.baseline.period)) }
    : candidates[0] && periodEndDate(candidates[0].period) < latestDate
      ? { value: candidates[0].value, date: periodEndDate(candidates[0].period), observationId: candidates[0].id }
      : undefined;
  if (!baseline || baseline.date >= latestDate) return result;
  result.baseline = baseline;
  const goal = targetValueOf(target, baseline.value);
  if (!Number.isFinite(goal)) return result;
  result.targetValue = goal;

  const span = dayNumber(due) - dayNumber(baseline.date);
  const elapsed = dayNumber(latestDate) - dayNumber(baseline.date);
  const expected = baseline.value + (goal - baseline.value) * (span > 0 ? Math.min(1, elapsed / span) : 1);
  result.expected = expected;
  const expectedChange = expected - baseline.value;
  const actualChange = latest.value - baseline.value;
  const share = expectedChange === 0 ? 1 : actualChange / expectedChange;
  result.shareOfExpectedChange = share;
  result.status = share < 0 ? 'moving-away' : share < BEHIND_THRESHOLD ? 'behind' : 'on-track';
  return result;
}
