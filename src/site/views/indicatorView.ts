import { formatDate, formatNumber, type Locale } from '../../core/format/formatNumber.ts';
import type { Indicator, Model } from '../../core/model/types.ts';
import type { LocalizedText } from '../../core/schema/common.ts';
import { pickText, textIn, type PickedText } from '../../present/localizedText.ts';
import { unitWord, type UiStrings } from '../../present/phrases.ts';
import { indicatorPath } from '../routes.ts';
import type { IndicatorFigures } from '../select/indicatorFigures.ts';
import { indicatorLayout, type IndicatorRegion } from '../select/indicatorRegions.ts';
import { pageSources, type PageSources } from '../select/pageSources.ts';
import { COMPACT_TABLE_ROWS } from '../select/scaleLimits.ts';

/** A change of method as the indicator page lists it: "Đổi chuẩn nghèo (2022)", the note, the legal text. */
export interface MethodChangeView {
  title: string;
  note: LocalizedText;
  source: { document: string; url?: string | undefined };
}

export interface IndicatorView {
  indicator: Indicator;
  name: PickedText;
  category: string;
  unit: string;
  direction: string;
  /** The indicator a derived one is computed from, linked. */
  computedFrom?: { name: string; href: string } | undefined;
  methodChanges: MethodChangeView[];
  /** The places whose figures this page shows (every place, until the indicator is split by province). */
  byPlace: IndicatorFigures[];
  /** Once split: each province's communes and districts, on a page of their own. */
  regions: IndicatorRegion[];
  /** Says how many places have figures, when some are on the provinces' pages. */
  regionsNote?: string | undefined;
  /**
   * The page's list of sources, when its table is too long to print each row's citation
   * (COMPACT_TABLE_ROWS): each row then names its document by a short reference to the list at the
   * end, and Cite composes the citation from the page. A shorter table prints every citation.
   */
  sources?: PageSources | undefined;
}

/** What the indicator page shows, computed from the model; IndicatorPage.astro only renders it. */
export function indicatorView(model: Model, id: string, locale: Locale, t: UiStrings): IndicatorView {
  const indicator = model.index.indicator.get(id);
  if (!indicator) throw new Error(`indicatorView: no indicator "${id}"`);
  // At national scale the communes' rows move to one page per province (see indicatorRegions.ts).
  const layout = indicatorLayout(model, id);
  const regionPlaces = layout.regions.reduce((sum, region) => sum + region.figuresByPlace.length, 0);
  const computedFrom = indicator.relation ? model.index.indicator.get(indicator.relation.of) : undefined;
  const figures = layout.ownPage.flatMap((f) => [...f.observations, ...f.targets]);
  return {
    indicator,
    name: pickText(indicator.name, locale),
    category: t.categories[indicator.category],
    unit: unitWord(indicator.unit, locale),
    direction: t.directions[indicator.direction],
    computedFrom: computedFrom && { name: textIn(computedFrom.name, locale), href: indicatorPath(computedFrom.id, locale) },
    methodChanges: (indicator.breaks ?? []).map((change) => ({
      title: `${(locale === 'vi' ? change.label?.vi : change.label?.en) ?? t.methodChanges} (${typeof change.from === 'number' ? change.from : formatDate(change.from, locale)})`,
      note: change.note,
      source: { document: change.source.document, url: change.source.url },
    })),
    byPlace: layout.ownPage,
    regions: layout.regions,
    regionsNote: layout.regions.length > 0 ? t.regionsNote(formatNumber(layout.ownPage.length + regionPlaces, locale)) : undefined,
    sources: figures.length > COMPACT_TABLE_ROWS ? pageSources(model, figures) : undefined,
  };
}
