import type { Indicator, Model, Observation, Target, Territory } from '../../core/model/types.ts';
import { figureIndex } from './figureIndex.ts';
import { figureRegion, regionOf } from './indicatorRegions.ts';
import { DOCUMENT_PAGE_ROWS } from './scaleLimits.ts';

/** Figures a document states, counted by indicator and province. */
export interface CountedFigures {
  indicator: Indicator;
  /** The province the figures are in, if any; `listedOn` is set when the indicator's page for it holds their rows. */
  region?: Territory;
  listedOn?: string;
  count: number;
}

export interface DocumentFigureListing {
  all: (Observation | Target)[];
  /** Every figure while they fit on one page; none beyond, when `counted` stands in for them. */
  listed: (Observation | Target)[];
  counted: CountedFigures[];
}

/**
 * A national report states tens of thousands of figures; its page lists them one by one only up
 * to DOCUMENT_PAGE_ROWS, then counts them per indicator and province with a link to the page that
 * lists them (each figure's row, quote and locator are there and on its commune's page).
 */
export function documentFigureListing(model: Model, documentId: string, limit = DOCUMENT_PAGE_ROWS): DocumentFigureListing {
  const index = figureIndex(model);
  const all = [...(index.observationsByDocument.get(documentId) ?? []), ...(index.targetsByDocument.get(documentId) ?? [])];
  if (all.length <= limit) return { all, listed: all, counted: [] };
  const counts = new Map<string, CountedFigures>();
  for (const figure of all) {
    const indicator = model.index.indicator.get(figure.indicator);
    if (!indicator) continue;
    const place = model.index.place.get(figure.territory);
    const region = place ? (regionOf(model, place) ?? (place.kind === 'territory' ? place : undefined)) : undefined;
    const listedOn = figureRegion(model, figure);
    const key = `${indicator.id}\u0000${region?.id ?? ''}\u0000${listedOn ?? ''}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { indicator, ...(region ? { region } : {}), ...(listedOn ? { listedOn } : {}), count: 1 });
  }
  const indicatorOrder = new Map(model.indicators.map((indicator, i) => [indicator.id, i]));
  const counted = [...counts.values()].sort(
    (a, b) => indicatorOrder.get(a.indicator.id)! - indicatorOrder.get(b.indicator.id)! || (a.region?.name ?? '').localeCompare(b.region?.name ?? '', 'vi'),
  );
  return { all, listed: [], counted };
}
