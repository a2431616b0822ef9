import type { Locale } from '../../core/format/formatNumber.ts';
import { drawInWorkers } from '../../node/drawInWorkers.ts';
import { drawShareCard } from '../../node/shareImage.ts';
import { getDataVersion } from '../dataVersion.ts';
import { loadSiteModel } from '../loadSiteModel.ts';
import { pageData } from '../pageKeys.ts';
import { placeRegions } from '../select/pageDataFiles.ts';
import { placesWithOwnCards, shareImageFile } from './sharePaths.ts';
import { indicatorSharePreview, placeSharePreview, type ShareCard } from './sharePreview.ts';

/** One card image per indicator and per territory and group that has one (sharePaths.ts), in one language (getStaticPaths of the image routes). */
export async function shareImagePaths(locale: Locale) {
  const { model } = await loadSiteModel();
  const version = getDataVersion();
  // A place's card carries the data stamp and cache key of the place's page; an indicator's summarises every province.
  const paths = [
    ...(await Promise.all(
      placesWithOwnCards(model).map(async (place) => {
        const { props, cacheKey } = await pageData(placeRegions(model, place.id));
        return {
          params: { file: shareImageFile('territories', place.id, locale) },
          props: { card: placeSharePreview(model, place, locale, props.dataVersion).card },
          ...(cacheKey ? { cacheKey } : {}),
        };
      }),
    )),
    ...model.indicators.map((indicator) => ({
      params: { file: shareImageFile('indicators', indicator.id, locale) },
      props: { card: indicatorSharePreview(model, indicator, locale, version).card },
    })),
  ];
  // A build draws every card on all cores while Astro renders pages; the dev server draws a card when it is asked for.
  if (!import.meta.env?.DEV) {
    const drawn = drawInWorkers(paths.map(({ props }) => ({ kind: 'card', card: props.card })));
    paths.forEach(({ props }, i) => pending.set(props.card, drawn[i]!));
  }
  return paths;
}

const pending = new WeakMap<ShareCard, Promise<Uint8Array<ArrayBuffer>>>();

export async function shareImageResponse(card: ShareCard): Promise<Response> {
  // Each card is written once: let its PNG go then (the card itself stays in its route's props).
  const drawn = pending.get(card);
  pending.delete(card);
  return new Response(await (drawn ?? drawShareCard(card)), { headers: { 'Content-Type': 'image/png' } });
}
