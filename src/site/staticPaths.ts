import { periodYear } from '../core/model/period.ts';
import { loadSiteModel } from './loadSiteModel.ts';
import { indicatorLayout } from './select/indicatorRegions.ts';
import { isPlan } from './select/plansCovering.ts';

/** getStaticPaths for each entity route, all from the one model of the build. */
export async function territoryPaths() {
  const { model } = await loadSiteModel();
  return [...model.territories, ...model.groups].map((place) => ({ params: { id: place.id } }));
}

export async function planPaths() {
  const { model } = await loadSiteModel();
  return model.documents.filter(isPlan).map((document) => ({ params: { id: document.id } }));
}

export async function indicatorPaths() {
  const { model } = await loadSiteModel();
  return model.indicators.map((indicator) => ({ params: { id: indicator.id } }));
}

export async function documentPaths() {
  const { model } = await loadSiteModel();
  return model.documents.map((document) => ({ params: { id: document.id } }));
}

export async function yearPaths() {
  const { model } = await loadSiteModel();
  const years = new Set(model.observations.map((observation) => periodYear(observation.period)));
  return [...years].sort().map((year) => ({ params: { year: String(year) } }));
}

/** One page per province of each indicator with too many places for one page. */
export async function indicatorRegionPaths() {
  const { model } = await loadSiteModel();
  return model.indicators.flatMap((indicator) => indicatorLayout(model, indicator.id).regions.map(({ region }) => ({ params: { id: indicator.id, region: region.id } })));
}
