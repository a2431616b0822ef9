import type { Place } from '../../core/model/types.ts';
import type { IndicatorFigures } from './indicatorFigures.ts';
import { FEATURED_PLACES } from './scaleLimits.ts';

/** Groups and provinces speak for more people than one commune. */
export function placeBreadth(place: Place): number {
  if (place.kind === 'group') return 0;
  return { province: 1, district: 2, commune: 3 }[place.level];
}

/**
 * The places an indicator's chart and sentences feature when there are too many to show: those
 * with targets (they have a status), then the widest, then those with the most figures, in that
 * order. The table below still lists every place.
 */
export function featuredPlaces(figuresByPlace: readonly IndicatorFigures[], limit = FEATURED_PLACES): IndicatorFigures[] {
  return [...figuresByPlace]
    .sort(
      (a, b) =>
        Number(b.targets.length > 0) - Number(a.targets.length > 0) ||
        placeBreadth(a.place) - placeBreadth(b.place) ||
        b.observations.length - a.observations.length,
    )
    .slice(0, limit);
}
