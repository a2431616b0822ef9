import { periodYear } from '../core/model/period.ts';
import { loadSiteModel } from './loadSiteModel.ts';
import { pageData } from './pageKeys.ts';
import { indicatorLayout } from './select/indicatorRegions.ts';
import { documentRegions, placeRegions } from './select/pageDataFiles.ts';
import { isPlan } from './select/plansCovering.ts';

/**
 * getStaticPaths for each entity route, all from the one model of the build. A page of one
 * place, document or province's share of an indicator carries its data stamp and cache key
 * (src/site/pageKeys.ts); pages that summarise the whole data do not.
 */
export async function territoryPaths() {
  const { model } = await loadSiteModel();
  return Promise.all([...model.territories, ...model.groups].map(async (place) => ({ params: { id: place.id }, ...(await pageData(placeRegions(model, place.id))) })));
}

export async function planPaths() {
  const { model } = await loadSiteModel();
  return Promise.all(model.documents.filter(isPlan).map(async (document) => ({ params: { id: document.id }, ...(await pageData(documentRegions(model, document.id))) })));
}

export async function indicatorPaths() {
  const { model } = await loadSiteModel();
  return model.indicators.map((indicator) => ({ params: { id: indicator.id } }));
}

export async function documentPaths() {
  const { model } = await loadSiteModel();
  return Promise.all(model.documents.map(async (document) => ({ params: { id: document.id }, ...(await pageData(documentRegions(model, document.id))) })));
}

export async function yearPaths() {
  const { model } = await loadSiteModel();
  const years = new Set(model.observations.map((observation) => periodYear(observation.period)));
  return [...years].sort().map((year) => ({ params: { year: String(year) } }));
}

/** One page per province of each indicator with too many places for one page. */
export async function indicatorRegionPaths() {
  const { model } = await loadSiteModel();
  const paths = model.indicators.flatMap((indicator) => indicatorLayout(model, indicator.id).regions.map(({ region }) => ({ indicator, region })));
  return Promise.all(paths.map(async ({ indicator, region }) => ({ params: { id: indicator.id, region: region.id }, ...(await pageData([region.id])) })));
}
