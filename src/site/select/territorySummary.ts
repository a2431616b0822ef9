import { comparePeriods } from '../../core/model/period.ts';
import type { Model, Observation, Place, Progress, Target } from '../../core/model/types.ts';
import { indicatorFiguresFor, type IndicatorFigures } from './indicatorFigures.ts';

/** The figure a territory page opens with: what a citizen came to read, before any history. */
export interface TerritoryHeadline {
  /** The indicator's figures for the place that states them: the page's own, or a predecessor's. */
  figures: IndicatorFigures;
  latest: Observation;
  /** The target the latest figure is judged against, with the progress method's verdict. */
  target: Target | undefined;
  progress: Progress | undefined;
  /** The figures are a predecessor's (a commune merged into this one), labelled as such, never summed. */
  fromPredecessor: boolean;
}

/** The newest figure of a series: the latest period, a single moment before a span ending with it. */
export function latestObservation(observations: readonly Observation[]): Observation | undefined {
  return observations.reduce<Observation | undefined>((latest, o) => (!latest || comparePeriods(o.period, latest.period) >= 0 ? o : latest), undefined);
}

/**
 * The target a reader cares about now: the earliest deadline not yet judged met or missed, else
 * the latest deadline. Targets without a value (a task stated in words) are left out.
 */
function targetInFocus(model: Model, targets: readonly Target[]): Target | undefined {
  const judged = targets.filter((target) => model.progress.has(target.id));
  const byDue = [...judged].sort((a, b) => model.progress.get(a.id)!.dueDate.localeCompare(model.progress.get(b.id)!.dueDate));
  return byDue.find((target) => !model.progress.get(target.id)!.deadlinePassed) ?? byDue.at(-1);
}

/**
 * The headline of a territory page: the first indicator (headline indicators first, in the site's
 * order) with a published result for the place; for a place formed by a merger that has none of
 * its own yet, the same from its predecessors, in their order.
 */
export function territoryHeadline(model: Model, place: Place): TerritoryHeadline | undefined {
  const fromFigures = (figures: IndicatorFigures, fromPredecessor: boolean): TerritoryHeadline | undefined => {
    const latest = latestObservation(figures.observations);
    if (!latest) return undefined;
    const target = targetInFocus(model, figures.targets);
    return { figures, latest, target, progress: target && model.progress.get(target.id), fromPredecessor };
  };
  for (const figures of indicatorFiguresFor(model, place)) {
    const headline = fromFigures(figures, false);
    if (headline) return headline;
  }
  for (const predecessor of predecessorsOf(model, place)) {
    for (const figures of indicatorFiguresFor(model, predecessor)) {
      const headline = fromFigures(figures, true);
      if (headline) return headline;
    }
  }
  return undefined;
}

/** The territories a place was formed from (a 2025 merger), in the order the data lists them. */
export function predecessorsOf(model: Model, place: Place): Place[] {
  if (place.kind !== 'territory') return [];
  return (place.predecessors ?? []).flatMap((id) => model.index.place.get(id) ?? []);
}
