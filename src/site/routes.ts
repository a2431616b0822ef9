import type { Locale } from '../core/format/formatNumber.ts';
import type { Model, Observation, Target } from '../core/model/types.ts';
import { figureRegion } from './select/indicatorRegions.ts';

/**
 * Every URL of the site, built in one place. URLs are public and cited, so they must never
 * change: ASCII slugs from the data's ids, never numbers or positions.
 */
export const SECTIONS = {
  territories: { vi: 'dia-ban', en: 'territories' },
  plans: { vi: 'ke-hoach', en: 'plans' },
  indicators: { vi: 'chi-so', en: 'indicators' },
  documents: { vi: 'van-ban', en: 'documents' },
  years: { vi: 'nam', en: 'years' },
} as const satisfies Record<string, Record<Locale, string>>;
export type Section = keyof typeof SECTIONS;

export const PROSE_PAGES = {
  methodology: { vi: 'phuong-phap', en: 'methodology' },
  about: { vi: 'gioi-thieu', en: 'about' },
  howToCite: { vi: 'trich-dan', en: 'how-to-cite' },
} as const satisfies Record<string, Record<Locale, string>>;
export type ProsePage = keyof typeof PROSE_PAGES;

/** Pages that are tools rather than records: the downloads, the changelog and search. */
export const SERVICE_PAGES = {
  data: { vi: 'du-lieu', en: 'data' },
  versions: { vi: 'phien-ban', en: 'versions' },
  search: { vi: 'tim-kiem', en: 'search' },
} as const satisfies Record<string, Record<Locale, string>>;
export type ServicePage = keyof typeof SERVICE_PAGES;

/** What a page shows, independent of language: the key from which both language URLs follow. */
export type PageKey =
  | { kind: 'home' }
  | { kind: 'index'; section: Section }
  | { kind: 'entity'; section: Section; id: string }
  /** One province's share of an indicator with too many places for one page. */
  | { kind: 'indicatorRegion'; id: string; region: string }
  | { kind: 'prose'; page: ProsePage }
  | { kind: 'service'; page: ServicePage }
  /** The page a host serves for an address it has no file for (404.html, in each language's root). */
  | { kind: 'notFound' };

export const LOCALES: readonly Locale[] = ['vi', 'en'];

/**
 * The path the whole site is served under: `/` on a domain of its own, `/<repository>/` on a
 * GitHub Pages project site. Astro's `base` (astro.config.mjs, from MINHBACH_BASE_PATH) sets it;
 * outside an Astro build (unit tests, the CLI) there is no base.
 */
const BASE_PATH = (import.meta.env?.BASE_URL ?? '/').replace(/\/*$/, '/');

/** A root-relative path of this site ("/phuong-phap/") as served under the base path. */
export function withBase(path: string): string {
  if (BASE_PATH === '/' || !path.startsWith('/') || path.startsWith('//') || path.startsWith(BASE_PATH)) return path;
  return BASE_PATH + path.slice(1);
}

function localeRoot(locale: Locale): string {
  return withBase(locale === 'vi' ? '/' : '/en/');
}

export function pagePath(page: PageKey, locale: Locale): string {
  const root = localeRoot(locale);
  switch (page.kind) {
    case 'home':
      return root;
    case 'index':
      return `${root}${SECTIONS[page.section][locale]}/`;
    case 'entity':
      return `${root}${SECTIONS[page.section][locale]}/${page.id}/`;
    case 'indicatorRegion':
      return `${root}${SECTIONS.indicators[locale]}/${page.id}/${page.region}/`;
    case 'prose':
      return `${root}${PROSE_PAGES[page.page][locale]}/`;
    case 'service':
      return `${root}${SERVICE_PAGES[page.page][locale]}/`;
    case 'notFound':
      return `${root}404.html`;
  }
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'vi' ? 'en' : 'vi';
}

export const territoryPath = (id: string, locale: Locale) => pagePath({ kind: 'entity', section: 'territories', id }, locale);
export const planPath = (id: string, locale: Locale) => pagePath({ kind: 'entity', section: 'plans', id }, locale);
export const indicatorPath = (id: string, locale: Locale) => pagePath({ kind: 'entity', section: 'indicators', id }, locale);
export const documentPath = (id: string, locale: Locale) => pagePath({ kind: 'entity', section: 'documents', id }, locale);
export const yearPath = (year: number, locale: Locale) => pagePath({ kind: 'entity', section: 'years', id: String(year) }, locale);

export const indicatorRegionPath = (id: string, region: string, locale: Locale) => pagePath({ kind: 'indicatorRegion', id, region }, locale);

/**
 * The permalink of one figure: its row on the indicator's page, or on the page of the indicator
 * for its province when the indicator has too many places for one page. Every link to a figure
 * and every citation goes through here, so none can point at a page that does not hold the row.
 */
export function figurePath(model: Model, figure: Pick<Observation | Target, 'id' | 'indicator' | 'territory'>, locale: Locale): string {
  const region = figureRegion(model, figure);
  const page = region === undefined ? indicatorPath(figure.indicator, locale) : indicatorRegionPath(figure.indicator, region, locale);
  return `${page}#${figure.id}`;
}

/**
 * Downloads have one URL whatever the reader's language (a file is not translated), under the
 * Vietnamese root: `/tai-ve/so-lieu.csv`, `/tai-ve/chi-so/<id>.json`, `/tai-ve/phien-ban/<tag>/…`.
 */
export const DOWNLOADS_FOLDER = 'tai-ve';

export function downloadPath(file: string): string {
  return `${localeRoot('vi')}${DOWNLOADS_FOLDER}/${file}`;
}

/** Where the search index is served: Pagefind writes it next to the pages, under the base path. */
export function searchBundlePath(): string {
  return withBase('/pagefind/pagefind.js');
}

/** The site's root under the base path, which search results' URLs are relative to. */
export function siteRootPath(): string {
  return withBase('/');
}

/** The RSS feed of one language side: /rss.xml and /en/rss.xml. */
export function feedPath(locale: Locale): string {
  return `${localeRoot(locale)}rss.xml`;
}

export function sitemapPath(): string {
  return withBase('/sitemap.xml');
}

/**
 * The language of a page, read from its path: everything under `/en/` is English, the rest
 * Vietnamese (the site's first language, at the root). The middleware gives every component the
 * locale this way, so no component takes it as a prop.
 */
export function localeOfPath(pathname: string): Locale {
  const path = pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : pathname.replace(/^\/+/, '');
  return path === 'en' || path.startsWith('en/') ? 'en' : 'vi';
}
