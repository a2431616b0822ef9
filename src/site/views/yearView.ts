import type { Locale } from '../../core/format/formatNumber.ts';
import type { Finding, Model, Observation } from '../../core/model/types.ts';
import { textIn } from '../../present/localizedText.ts';
import type { UiStrings } from '../../present/phrases.ts';
import { indicatorPath } from '../routes.ts';
import { figureIndex, findingsAbout } from '../select/figureIndex.ts';
import { observationsInReadingOrder } from '../select/observationsInReadingOrder.ts';
import { splitYearForListing } from '../select/splitYearForListing.ts';

export interface YearView {
  title: string;
  /** The year's results, row by row, in reading order. */
  listed: Observation[];
  /** Past what a page holds: the communes' results counted per indicator, linked to its page. */
  summarised: { name: string; href: string; count: string }[];
  findings: Finding[];
}

/** What a year's page shows, computed from the model; YearPage.astro only renders it. */
export function yearView(model: Model, year: number, locale: Locale, t: UiStrings): YearView {
  const all = observationsInReadingOrder(model, figureIndex(model).observationsByYear.get(year) ?? []);
  const { listed, summarised } = splitYearForListing(model, all);
  return {
    title: t.yearTitle(year),
    listed,
    summarised: summarised.map(({ indicator, count }) => ({ name: textIn(indicator.name, locale), href: indicatorPath(indicator.id, locale), count: t.yearCommunesSummary(count) })),
    findings: findingsAbout(model, listed.map((observation) => observation.id)),
  };
}
