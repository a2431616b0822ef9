import { LOCALES, otherLocale, pagePath, PROSE_PAGES, SECTIONS, SERVICE_PAGES, type PageKey, type Section } from '../routes.ts';
import { absoluteUrl } from '../siteUrl.ts';
import { documentPaths, indicatorPaths, planPaths, territoryPaths, yearPaths } from '../staticPaths.ts';

/**
 * Every page of the site in both languages, each linked to its other-language version, from the
 * same lists the pages are built from, so the sitemap cannot miss or invent a page. URLs are
 * absolute when MINHBACH_SITE_URL gives the site's address, as search engines require.
 */
export async function sitemapPages(): Promise<{ url: string; alternates: { lang: string; url: string }[] }[]> {
  const ids = async (paths: Promise<{ params: Record<string, string> }[]>) => (await paths).map((path) => Object.values(path.params)[0]!);
  const entities: Record<Section, string[]> = {
    territories: await ids(territoryPaths()),
    plans: await ids(planPaths()),
    indicators: await ids(indicatorPaths()),
    documents: await ids(documentPaths()),
    years: await ids(yearPaths()),
  };
  const keys: PageKey[] = [
    { kind: 'home' },
    ...(Object.keys(SECTIONS) as Section[]).flatMap((section): PageKey[] => [{ kind: 'index', section }, ...entities[section].map((id): PageKey => ({ kind: 'entity', section, id }))]),
    ...(Object.keys(PROSE_PAGES) as (keyof typeof PROSE_PAGES)[]).map((page): PageKey => ({ kind: 'prose', page })),
    ...(Object.keys(SERVICE_PAGES) as (keyof typeof SERVICE_PAGES)[]).map((page): PageKey => ({ kind: 'service', page })),
  ];
  return keys.flatMap((key) =>
    LOCALES.map((locale) => ({
      url: absoluteUrl(pagePath(key, locale)),
      alternates: [locale, otherLocale(locale)].map((lang) => ({ lang, url: absoluteUrl(pagePath(key, lang)) })),
    })),
  );
}
