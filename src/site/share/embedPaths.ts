import type { Locale } from '../../core/format/formatNumber.ts';
import { loadSiteModel } from '../loadSiteModel.ts';
import { chartKey, sharedCharts } from './sharedCharts.ts';

/** getStaticPaths of the embed pages: one per shared chart. */
export async function embedPaths(locale: Locale) {
  const { model } = await loadSiteModel();
  return sharedCharts(model).map((chart) => ({ params: { chart: chartKey(chart.scope, locale) }, props: { chart } }));
}
