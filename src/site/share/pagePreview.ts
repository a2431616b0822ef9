import type { Locale } from '../../core/format/formatNumber.ts';
import type { DataVersion } from '../../core/model/dataVersion.ts';
import type { Model } from '../../core/model/types.ts';
import { documentLabel } from '../format/documentLabel.ts';
import { formatDate } from '../../core/format/formatNumber.ts';
import { textIn } from '../../present/localizedText.ts';
import type { PageKey } from '../routes.ts';
import { cardPlaceOf, shareImagePath } from './sharePaths.ts';
import { indicatorSharePreview, placeSharePreview, type ShareCard } from './sharePreview.ts';

export interface PagePreview {
  description?: string | undefined;
  image?: { path: string; alt: string } | undefined;
}

/**
 * The link preview of a page: territory and indicator pages carry their headline figure in the
 * description and a card image; a document's page its name, date and summary. Other pages keep
 * the description they pass, or the site's tagline.
 */
export function pagePreview(model: Model, page: PageKey, locale: Locale, version: DataVersion): PagePreview {
  if (page.kind === 'entity' && page.section === 'territories') {
    const place = model.index.place.get(page.id);
    if (!place) return {};
    const { description, card } = placeSharePreview(model, place, locale, version);
    const cardPlace = cardPlaceOf(model, place);
    if (!cardPlace) return { description };
    // At national scale a commune shows its province's card: the alt text is that card's.
    const shown = cardPlace === place ? card : placeSharePreview(model, cardPlace, locale, version).card;
    return { description, image: image('territories', cardPlace.id, shown, locale) };
  }
  if ((page.kind === 'entity' && page.section === 'indicators') || page.kind === 'indicatorRegion') {
    const indicator = model.index.indicator.get(page.id);
    if (!indicator) return {};
    const { description, card } = indicatorSharePreview(model, indicator, locale, version);
    return { description, image: image('indicators', page.id, card, locale) };
  }
  if (page.kind === 'entity' && (page.section === 'documents' || page.section === 'plans')) {
    const document = model.documents.find((candidate) => candidate.id === page.id);
    if (!document) return {};
    const summary = document.summary ? ` ${textIn(document.summary, locale)}` : '';
    const date = document.issued ? ` (${formatDate(document.issued, locale)})` : '';
    return { description: `${documentLabel(document, locale)}${date}.${summary}` };
  }
  return {};
}

function image(kind: 'territories' | 'indicators', id: string, card: ShareCard, locale: Locale) {
  return { path: shareImagePath(kind, id, locale), alt: card.alt };
}
