import type { LocalizedText } from '../schema/common.ts';
import type { ReportErrorsTarget, SiteSettingsInput } from '../schema/site.ts';
import type { Indicator, Model } from './types.ts';

/**
 * The one way every view reads the site's settings (content/site.yaml), with what a data folder
 * that has none gets: the engine's name and nothing invented about who publishes it.
 */
/** The settings alone, as a check's report keeps them (src/node/reportCache.ts): what sharing needs. */
export interface SiteSettingsHolder {
  site: SiteSettingsInput | null;
}

export function siteName(model: Pick<Model, 'site'>): LocalizedText {
  return model.site?.name ?? { vi: 'minhbach', en: 'minhbach' };
}

export function sitePublisher(model: SiteSettingsHolder): LocalizedText | undefined {
  return model.site?.publisher;
}

export function siteContact(model: SiteSettingsHolder): SiteSettingsInput['contact'] {
  return model.site?.contact;
}

export function reportErrorsTarget(model: SiteSettingsHolder): ReportErrorsTarget | undefined {
  return model.site?.report_errors;
}

export function siteBaseUrl(model: Pick<Model, 'site'>): string | undefined {
  return model.site?.base_url;
}

/**
 * The home page's headline indicators in the site's order: `headline_indicators` in the settings,
 * or else (a folder without settings) those marked `headline: true`, in file order.
 */
export function headlineIndicators(model: Pick<Model, 'site' | 'indicators' | 'index'>): Indicator[] {
  const chosen = model.site?.headline_indicators;
  if (chosen) return chosen.flatMap((id) => model.index.indicator.get(id) ?? []);
  return model.indicators.filter((indicator) => indicator.headline);
}
