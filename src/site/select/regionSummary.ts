import { periodYear } from '../../core/model/period.ts';
import type { IndicatorFigures } from './indicatorFigures.ts';

/** What a province's row on a split indicator page says: how many places and figures, over which years. */
export interface RegionSummary {
  places: number;
  figures: number;
  /** First and last year of the results; null when the province has only targets. */
  years: { from: number; to: number } | null;
}

export function summarizeRegion(figuresByPlace: readonly IndicatorFigures[]): RegionSummary {
  let figures = 0;
  let from = Infinity;
  let to = -Infinity;
  for (const place of figuresByPlace) {
    figures += place.observations.length + place.targets.length;
    for (const observation of place.observations) {
      const year = periodYear(observation.period);
      if (year < from) from = year;
      if (year > to) to = year;
    }
  }
  return { places: figuresByPlace.length, figures, years: from <= to ? { from, to } : null };
}
