import type { Indicator, Model, Observation, Place, Target, Territory } from '../../core/model/types.ts';
import { indicatorFiguresByPlace, type IndicatorFigures } from './indicatorFigures.ts';
import { memoizeByModel } from '../../core/model/memoizeByModel.ts';
import { ancestorsOf, compareTerritories } from './placeIndex.ts';
import { INDICATOR_PAGE_PLACES } from './scaleLimits.ts';

/** One province's share of a split indicator: its communes' and districts' figures. */
export interface IndicatorRegion {
  region: Territory;
  figuresByPlace: IndicatorFigures[];
}

/** Which of an indicator's places are listed on its own page, and which on its provinces' pages. */
export interface IndicatorLayout {
  /** Every place while the indicator is small; once split, the provinces, groups and places outside any province. */
  ownPage: IndicatorFigures[];
  /** Empty unless split: one entry per province, in Vietnamese alphabetical order. */
  regions: IndicatorRegion[];
}

/**
 * The province a place's figures are filed under on a split indicator: its topmost territory.
 * A province itself and a group have none; they stay on the indicator's own page, where readers
 * look first for the wide picture.
 */
export function regionOf(model: Model, place: Place): Territory | undefined {
  if (place.kind !== 'territory') return undefined;
  return ancestorsOf(model, place).at(-1);
}

const layouts = memoizeByModel((model: Model) => {
  const byIndicator = new Map<string, IndicatorLayout>();
  for (const indicator of model.indicators) byIndicator.set(indicator.id, layOut(model, indicator));
  return byIndicator;
});

function layOut(model: Model, indicator: Indicator): IndicatorLayout {
  const all = indicatorFiguresByPlace(model, indicator);
  if (all.length <= INDICATOR_PAGE_PLACES) return { ownPage: all, regions: [] };
  const ownPage: IndicatorFigures[] = [];
  const regions = new Map<string, IndicatorRegion>();
  for (const figures of all) {
    const region = regionOf(model, figures.place);
    if (!region) {
      ownPage.push(figures);
      continue;
    }
    let entry = regions.get(region.id);
    if (!entry) {
      entry = { region, figuresByPlace: [] };
      regions.set(region.id, entry);
    }
    entry.figuresByPlace.push(figures);
  }
  return { ownPage, regions: [...regions.values()].sort((a, b) => compareTerritories(a.region, b.region)) };
}

/** How an indicator's figures are spread over its page and its provinces' pages, computed once per build. */
export function indicatorLayout(model: Model, indicatorId: string): IndicatorLayout {
  return layouts(model).get(indicatorId) ?? { ownPage: [], regions: [] };
}

/**
 * The page that holds a figure's row, and so its permalink: the indicator's page, or the page of
 * the indicator for the figure's province when the indicator has too many places for one page.
 */
export function figureRegion(model: Model, figure: Pick<Observation | Target, 'indicator' | 'territory'>): string | undefined {
  if (indicatorLayout(model, figure.indicator).regions.length === 0) return undefined;
  const place = model.index.place.get(figure.territory);
  return place ? regionOf(model, place)?.id : undefined;
}
