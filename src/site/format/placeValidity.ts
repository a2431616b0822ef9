import { formatDate, type Locale } from '../../core/format/formatNumber.ts';
import type { Place } from '../../core/model/types.ts';
import { ui } from '../../present/phrases.ts';

/**
 * The dates a unit existed with its extent, "đến 30/6/2025" or "từ 1/7/2025": what tells the old
 * Nậm Chày from the new one wherever both names appear (headings, search results, links).
 * Empty for groups and for units with no recorded change.
 */
export function placeValidity(place: Place, locale: Locale): string {
  if (place.kind !== 'territory') return '';
  const t = ui(locale);
  return [place.valid_from && t.validFrom(formatDate(place.valid_from, locale)), place.valid_to && t.validTo(formatDate(place.valid_to, locale))].filter(Boolean).join(', ');
}
