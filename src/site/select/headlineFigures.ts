import { headlineIndicators } from '../../core/model/siteSettings.ts';
import type { Model } from '../../core/model/types.ts';
import { featuredPlaces } from './featuredPlaces.ts';
import { indicatorFiguresByPlace, type IndicatorFigures } from './indicatorFigures.ts';

/**
 * The home page's headline indicators, each with its featured places (targets first, widest
 * places first) and the number of places its own page lists.
 */
export function headlineFigures(model: Model): { figures: IndicatorFigures[]; total: number }[] {
  return headlineIndicators(model)
    .map((indicator) => {
      const all = indicatorFiguresByPlace(model, indicator);
      return { figures: featuredPlaces(all), total: all.length };
    })
    .filter((entry) => entry.figures.length > 0);
}
