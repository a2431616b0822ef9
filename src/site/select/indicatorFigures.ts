import type { Indicator, Model, Observation, Place, Target } from '../../core/model/types.ts';
import { headlineIndicators } from '../../core/model/siteSettings.ts';
import { figureIndex } from './figureIndex.ts';

/** One indicator's figures for one place: what a sentence, a table and a chart are made of. */
export interface IndicatorFigures {
  indicator: Indicator;
  place: Place;
  observations: Observation[];
  targets: Target[];
}

function indicatorOrder(model: Model): Map<string, number> {
  // Headline indicators first, in the site's order, then the order of the catalogue and of
  // content/indicators/ (grouped by category there).
  const headlines = headlineIndicators(model);
  const ordered = [...headlines, ...model.indicators.filter((indicator) => !headlines.includes(indicator))];
  return new Map(ordered.map((indicator, i) => [indicator.id, i]));
}

/** Every indicator with results or targets for the place, headline indicators first. */
export function indicatorFiguresFor(model: Model, place: Place): IndicatorFigures[] {
  const index = figureIndex(model);
  const byIndicator = new Map<string, IndicatorFigures>();
  const entry = (indicatorId: string): IndicatorFigures | undefined => {
    const indicator = model.index.indicator.get(indicatorId);
    if (!indicator) return undefined;
    let figures = byIndicator.get(indicatorId);
    if (!figures) {
      figures = { indicator, place, observations: [], targets: [] };
      byIndicator.set(indicatorId, figures);
    }
    return figures;
  };
  for (const observation of index.observationsByPlace.get(place.id) ?? []) entry(observation.indicator)?.observations.push(observation);
  for (const target of index.targetsByPlace.get(place.id) ?? []) entry(target.indicator)?.targets.push(target);
  const order = indicatorOrder(model);
  return [...byIndicator.values()].sort((a, b) => (order.get(a.indicator.id) ?? 0) - (order.get(b.indicator.id) ?? 0));
}

/** One indicator's figures split by place, places in the order their first figure appears. */
export function indicatorFiguresByPlace(model: Model, indicator: Indicator): IndicatorFigures[] {
  const index = figureIndex(model);
  const byPlace = new Map<string, IndicatorFigures>();
  const entry = (placeId: string): IndicatorFigures | undefined => {
    const place = model.index.place.get(placeId);
    if (!place) return undefined;
    let figures = byPlace.get(placeId);
    if (!figures) {
      figures = { indicator, place, observations: [], targets: [] };
      byPlace.set(placeId, figures);
    }
    return figures;
  };
  for (const observation of index.observationsByIndicator.get(indicator.id) ?? []) entry(observation.territory)?.observations.push(observation);
  for (const target of index.targetsByIndicator.get(indicator.id) ?? []) entry(target.territory)?.targets.push(target);
  return [...byPlace.values()];
}
