import { renderRss } from '../../core/export/feeds.ts';
import type { Locale } from '../../core/format/formatNumber.ts';
import { siteStrings } from '../siteStrings.ts';
import { feedPath, pagePath } from '../routes.ts';
import { absoluteUrl } from '../siteUrl.ts';
import { feedItems } from './feedItems.ts';

/** The RSS feed of one language side, as an endpoint's response. */
export async function feedResponse(locale: Locale): Promise<Response> {
  const t = await siteStrings(locale);
  const rss = renderRss(
    {
      title: `${t.siteName}: ${t.feedTitle}`,
      link: absoluteUrl(pagePath({ kind: 'home' }, locale)),
      description: t.siteTagline,
      language: locale,
      selfLink: absoluteUrl(feedPath(locale)),
    },
    await feedItems(locale),
  );
  return new Response(rss, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
