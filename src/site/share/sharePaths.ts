import type { Locale } from '../../core/format/formatNumber.ts';
import { memoizeByModel } from '../../core/model/memoizeByModel.ts';
import type { Model, Place } from '../../core/model/types.ts';
import { withBase } from '../routes.ts';
import { ancestorsOf } from '../select/placeIndex.ts';

/** The pages that have a card image of their own. */
export type ShareImageKind = 'territories' | 'indicators';

/**
 * Folders of the card images, one per language since each card is worded in its page's language:
 * `/anh-chia-se/dia-ban/nam-chay.png`, `/en/share-images/territories/nam-chay.png`.
 */
export const SHARE_IMAGE_FOLDERS = {
  vi: { root: 'anh-chia-se', territories: 'dia-ban', indicators: 'chi-so' },
  en: { root: 'share-images', territories: 'territories', indicators: 'indicators' },
} as const satisfies Record<Locale, Record<ShareImageKind | 'root', string>>;

/** The file under the image route: `dia-ban/nam-chay.png`. */
export function shareImageFile(kind: ShareImageKind, id: string, locale: Locale): string {
  return `${SHARE_IMAGE_FOLDERS[locale][kind]}/${id}.png`;
}

export function shareImagePath(kind: ShareImageKind, id: string, locale: Locale): string {
  return withBase(`${locale === 'vi' ? '/' : '/en/'}${SHARE_IMAGE_FOLDERS[locale].root}/${shareImageFile(kind, id, locale)}`);
}

/**
 * Past this many communes, a commune's page shows its province's card in link previews instead
 * of one of its own (its title and description still name the commune and its figure). A card
 * takes about 114 ms to draw on a core and 39 KB: 3.321 communes in two languages would be
 * 6.642 cards, about six minutes of a first build and 260 MB of the site.
 */
export const COMMUNE_SHARE_CARDS_LIMIT = 500;

const placesWithCards = memoizeByModel((model: Model): Set<string> => {
  const communes = model.territories.filter((territory) => territory.level === 'commune').length;
  const places = [...model.territories, ...model.groups].filter((place) => !(place.kind === 'territory' && place.level === 'commune' && communes > COMMUNE_SHARE_CARDS_LIMIT));
  return new Set(places.map((place) => place.id));
});

/** The place whose card a place's page shows: its own, or its nearest ancestor's that has one. */
export function cardPlaceOf(model: Model, place: Place): Place | undefined {
  const withCards = placesWithCards(model);
  return [place, ...ancestorsOf(model, place)].find((candidate) => withCards.has(candidate.id));
}

/** Every place that has a card of its own, in the model's order. */
export function placesWithOwnCards(model: Model): Place[] {
  const withCards = placesWithCards(model);
  return [...model.territories, ...model.groups].filter((place) => withCards.has(place.id));
}
