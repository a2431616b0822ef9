import type { Indicator, Model, Observation } from '../../core/model/types.ts';
import { YEAR_PAGE_ROWS } from './scaleLimits.ts';

export interface YearListing {
  /** Figures listed one by one, each with its permalink anchor. */
  listed: Observation[];
  /** Commune-level figures counted per indicator, when there are too many to list. */
  summarised: { indicator: Indicator; count: number }[];
}

/**
 * A year's results as one page can hold them: every figure while they fit; beyond YEAR_PAGE_ROWS,
 * the figures of groups, provinces and districts one by one and the communes' counted per
 * indicator (each commune's figures are on its own page and on the indicator's page).
 */
export function splitYearForListing(model: Model, observations: readonly Observation[]): YearListing {
  if (observations.length <= YEAR_PAGE_ROWS) return { listed: [...observations], summarised: [] };
  const isCommune = (o: Observation) => {
    const place = model.index.place.get(o.territory);
    return place?.kind === 'territory' && place.level === 'commune';
  };
  const counts = new Map<string, number>();
  for (const observation of observations) if (isCommune(observation)) counts.set(observation.indicator, (counts.get(observation.indicator) ?? 0) + 1);
  return {
    listed: observations.filter((o) => !isCommune(o)),
    summarised: model.indicators.flatMap((indicator) => (counts.has(indicator.id) ? [{ indicator, count: counts.get(indicator.id)! }] : [])),
  };
}
