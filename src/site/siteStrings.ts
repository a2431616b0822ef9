import type { Locale } from '../core/format/formatNumber.ts';
import { siteName } from '../core/model/siteSettings.ts';
import { loadSiteModel } from './loadSiteModel.ts';
import { ui, type UiStrings } from '../present/phrases.ts';

const cached = new Map<Locale, Promise<UiStrings>>();

/**
 * The interface strings of this site: the engine's, with the site's own name from its settings
 * (content/site.yaml) wherever the engine would name itself, so a province's site is called what
 * its publisher called it in the header, the page titles, link previews and feeds.
 */
export function siteStrings(locale: Locale): Promise<UiStrings> {
  let strings = cached.get(locale);
  if (!strings) {
    strings = loadSiteModel().then(({ model }) => {
      const engine = ui(locale);
      const name = siteName(model);
      const own = locale === 'en' ? (name.en ?? name.vi) : name.vi;
      if (own === engine.siteName) return engine;
      return { ...engine, siteName: own, homeIntro: engine.homeIntro.replace(engine.siteName, own) };
    });
    cached.set(locale, strings);
  }
  return strings;
}
