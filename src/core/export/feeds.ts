/** XML text escaping for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!);
}

/**
 * RSS 2.0 readers render <description> as HTML ("entity-encoded HTML is allowed", RSS 2.0
 * specification), so a summary typed as `<script>…` would be markup in the reader once the XML
 * is decoded. Descriptions are plain text: escaped for HTML first, then for XML.
 */
function htmlText(text: string): string {
  return text.replace(/[<>&]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[char]!);
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** YYYY-MM-DD; from the data or from git, never from the clock. */
  date: string;
  guid: string;
}

export interface FeedChannel {
  title: string;
  link: string;
  description: string;
  language: 'vi' | 'en';
  selfLink: string;
}

/** RFC 822 date at midnight UTC, as RSS 2.0 requires. */
function rfc822(date: string): string {
  return new Date(`${date}T00:00:00Z`).toUTCString().replace('GMT', '+0000');
}

/** RSS 2.0, newest first. Deterministic: the same items give the same bytes. */
export function renderRss(channel: FeedChannel, items: readonly FeedItem[]): string {
  const sorted = [...items].sort((a, b) => b.date.localeCompare(a.date) || a.guid.localeCompare(b.guid));
  const lastBuild = sorted[0]?.date;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(channel.title)}</title>
<link>${escapeXml(channel.link)}</link>
<description>${escapeXml(channel.description)}</description>
<language>${channel.language}</language>
<atom:link href="${escapeXml(channel.selfLink)}" rel="self" type="application/rss+xml"/>
${lastBuild ? `<lastBuildDate>${rfc822(lastBuild)}</lastBuildDate>\n` : ''}${sorted
    .map(
      (item) => `<item>
<title>${escapeXml(item.title)}</title>
<link>${escapeXml(item.link)}</link>
<guid isPermaLink="false">${escapeXml(item.guid)}</guid>
<pubDate>${rfc822(item.date)}</pubDate>
<description>${escapeXml(htmlText(item.description))}</description>
</item>
`,
    )
    .join('')}</channel>
</rss>
`;
}

/** sitemaps.org XML; `alternates` link each page to its other-language version (hreflang). */
export function renderSitemap(pages: readonly { url: string; alternates?: { lang: string; url: string }[] }[]): string {
  const sorted = [...pages].sort((a, b) => a.url.localeCompare(b.url));
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${sorted
    .map(
      (page) =>
        `<url><loc>${escapeXml(page.url)}</loc>${(page.alternates ?? []).map((alt) => `<xhtml:link rel="alternate" hreflang="${alt.lang}" href="${escapeXml(alt.url)}"/>`).join('')}</url>`,
    )
    .join('\n')}
</urlset>
`;
}
