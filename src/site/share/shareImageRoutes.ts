import type { Locale } from '../../core/format/formatNumber.ts';
import { drawShareCard } from '../../node/shareImage.ts';
import { getDataVersion } from '../dataVersion.ts';
import { loadSiteModel } from '../loadSiteModel.ts';
import { shareImageFile } from './sharePaths.ts';
import { indicatorSharePreview, placeSharePreview, type ShareCard } from './sharePreview.ts';

/** One card image per territory, group and indicator, in one language (getStaticPaths of the image routes). */
export async function shareImagePaths(locale: Locale) {
  const { model } = await loadSiteModel();
  const version = getDataVersion();
  return [
    ...[...model.territories, ...model.groups].map((place) => ({
      params: { file: shareImageFile('territories', place.id, locale) },
      props: { card: placeSharePreview(model, place, locale, version).card },
    })),
    ...model.indicators.map((indicator) => ({
      params: { file: shareImageFile('indicators', indicator.id, locale) },
      props: { card: indicatorSharePreview(model, indicator, locale, version).card },
    })),
  ];
}

export async function shareImageResponse(card: ShareCard): Promise<Response> {
  return new Response(await drawShareCard(card), { headers: { 'Content-Type': 'image/png' } });
}
