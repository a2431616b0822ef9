import { formatDate, type Locale } from '../../core/format/formatNumber.ts';
import type { Model, Place } from '../../core/model/types.ts';
import { ui } from '../../present/phrases.ts';
import { placeName } from '../../present/names.ts';

/**
 * A territory's page title must tell it apart from every other: the 2025 reform left pairs
 * with one name (Nậm Chày before and after its merger, Lào Cai before and after Yên Bái joined
 * it), and a browser tab, a bookmark or a search result shows only the title. So it names the
 * unit, the unit it belonged to, and the dates it existed with that extent.
 */
export function territoryPageTitle(model: Model, place: Place, locale: Locale): string {
  const t = ui(locale);
  const name = placeName(place, locale);
  if (place.kind === 'group') return `${t.group} ${name}`;
  const parent = place.parent ? model.index.place.get(place.parent) : undefined;
  const within = parent?.kind === 'territory' ? `, ${inSentence(t.levels[parent.level], locale)} ${placeName(parent, locale)}` : '';
  const dates = [place.valid_from && t.validFrom(formatDate(place.valid_from, locale)), place.valid_to && t.validTo(formatDate(place.valid_to, locale))].filter(Boolean);
  return `${t.levels[place.level]} ${name}${within}${dates.length > 0 ? ` (${dates.join(', ')})` : ''}`;
}

/** "Huyện" starts a title, "huyện" follows a comma; English keeps its capital. */
function inSentence(word: string, locale: Locale): string {
  return locale === 'vi' ? word.charAt(0).toLocaleLowerCase('vi') + word.slice(1) : word;
}
