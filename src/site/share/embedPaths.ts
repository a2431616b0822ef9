import type { Locale } from '../../core/format/formatNumber.ts';
import { pageData } from '../pageKeys.ts';
import { chartRegions } from '../select/pageDataFiles.ts';
import { loadSiteModel } from '../loadSiteModel.ts';
import { chartKey, sharedCharts } from './sharedCharts.ts';

/** getStaticPaths of the embed pages: one per shared chart. */
export async function embedPaths(locale: Locale) {
  const { model } = await loadSiteModel();
  return Promise.all(
    sharedCharts(model).map(async (chart) => {
      const { props, cacheKey } = await pageData(chartRegions(model, chart.scope));
      return { params: { chart: chartKey(chart.scope, locale) }, props: { chart, ...props }, ...(cacheKey ? { cacheKey } : {}) };
    }),
  );
}
