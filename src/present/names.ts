import type { Locale } from '../core/format/formatNumber.ts';
import type { Agency, DocumentRecord, Indicator, Model, Place } from '../core/model/types.ts';

/**
 * The one way every output names a place, an agency, an indicator or a document, so a page never
 * labels a place "Lào Cai" while the finding beside it says "Lao Cai". Groups, agencies,
 * indicators and documents have English names (name.en, title.en), used on the English side.
 * A territory's name is a proper name: both sides write it as officially spelt, with its
 * diacritics, as every English text of the data does ("Nậm Chày", "Lào Cai province");
 * `name_en` is the bare ASCII spelling, which the search also matches.
 */
export function placeName(place: Place, locale: Locale): string {
  if (place.kind === 'territory') return place.name;
  return locale === 'en' ? place.name.en ?? place.name.vi : place.name.vi;
}

/** A place by id; an id the data does not know is shown as it is, never dropped. */
export function placeNameById(model: Pick<Model, 'index'>, id: string, locale: Locale): string {
  const place = model.index.place.get(id);
  return place ? placeName(place, locale) : id;
}

export function agencyName(agency: Agency, locale: Locale): string {
  return locale === 'en' ? agency.name.en ?? agency.name.vi : agency.name.vi;
}

export function indicatorName(indicator: Indicator, locale: Locale): string {
  return locale === 'en' ? indicator.name.en ?? indicator.name.vi : indicator.name.vi;
}

export function documentTitle(document: DocumentRecord, locale: Locale): string {
  return locale === 'en' ? document.title.en ?? document.title.vi : document.title.vi;
}
