import type { Model, Observation } from '../../core/model/types.ts';
import { compareObservations } from './figureIndex.ts';

/** Grouped as a reader scans a year's results: by indicator (in content order), then place, then time. */
export function observationsInReadingOrder(model: Model, observations: readonly Observation[]): Observation[] {
  const indicatorOrder = new Map(model.indicators.map((indicator, i) => [indicator.id, i]));
  return [...observations].sort(
    (a, b) => (indicatorOrder.get(a.indicator) ?? 0) - (indicatorOrder.get(b.indicator) ?? 0) || a.territory.localeCompare(b.territory) || compareObservations(a, b),
  );
}
