import { formatDate, type Locale } from '../../core/format/formatNumber.ts';
import type { DocumentRecord, Model, Place, Territory } from '../../core/model/types.ts';
import type { UiStrings } from '../../present/phrases.ts';
import { nextDay } from '../format/nextDay.ts';
import { ancestorsOf } from '../select/placeIndex.ts';

/** The facts under a place's heading: its GSO code, where it lies, when it existed, what defines it. */
export interface PlaceFactsView {
  code?: string | undefined;
  /** Its parent, then the parent's ancestors up to the province. */
  partOf: Place[];
  /** "Từ 1/7/2025, đến 30/6/2025", when the unit has dates. */
  existed?: string | undefined;
  /** The document that defines a group. */
  definedBy?: DocumentRecord | undefined;
}

export function placeFactsView(model: Model, place: Place, locale: Locale, t: UiStrings): PlaceFactsView {
  const parent = place.parent ? model.index.place.get(place.parent) : undefined;
  const dates = place.kind === 'territory' ? [place.valid_from && t.validFrom(formatDate(place.valid_from, locale)), place.valid_to && t.validTo(formatDate(place.valid_to, locale))].filter(Boolean) : [];
  return {
    code: place.kind === 'territory' ? place.code : undefined,
    partOf: parent ? [parent, ...ancestorsOf(model, place).slice(1)] : [],
    existed: dates.length > 0 ? dates.join(', ') : undefined,
    definedBy: place.kind === 'group' && place.defined_by ? model.index.document.get(place.defined_by) : undefined,
  };
}

/**
 * What a unit became and what it came from (DESIGN.md §2, journey 5): an old commune's page,
 * kept at its URL forever, leads to the new one and back.
 */
export interface AdminHistoryView {
  successor?: {
    place: Territory;
    /** "Từ 1/7/2025, đơn vị này thuộc về", or "Thuộc" when the date is not known. */
    intro: string;
    /** The other units merged into the same successor. */
    mergedWith: Territory[];
    /** The decision that made the change. */
    document?: DocumentRecord | undefined;
  } | undefined;
  predecessors?: {
    /** "Thành lập từ 1/7/2025, gồm", or without the date. */
    intro: string;
    places: Territory[];
    document?: DocumentRecord | undefined;
  } | undefined;
  /** Ended with no successor recorded. */
  ended: boolean;
}

export function adminHistoryView(model: Model, territory: Territory, locale: Locale, t: UiStrings): AdminHistoryView {
  const territoryById = (id: string) => {
    const place = model.index.place.get(id);
    return place?.kind === 'territory' ? place : undefined;
  };
  const documentById = (id: string | undefined) => (id ? model.index.document.get(id) : undefined);
  const successor = territory.successor ? territoryById(territory.successor) : undefined;
  const successorFrom = successor?.valid_from ?? (territory.valid_to ? nextDay(territory.valid_to) : undefined);
  const predecessors = (territory.predecessors ?? []).flatMap((id) => territoryById(id) ?? []);
  return {
    successor: successor && {
      place: successor,
      intro: successorFrom ? t.becameOn(formatDate(successorFrom, locale)) : t.partOf,
      mergedWith: (successor.predecessors ?? []).filter((id) => id !== territory.id).flatMap((id) => territoryById(id) ?? []),
      document: documentById(successor.changed_by),
    },
    predecessors:
      predecessors.length > 0
        ? { intro: territory.valid_from ? t.formedOn(formatDate(territory.valid_from, locale)) : t.formedFrom, places: predecessors, document: documentById(territory.changed_by) }
        : undefined,
    ended: Boolean(territory.valid_to) && !successor,
  };
}
