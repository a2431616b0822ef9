/**
 * The public address of the site, from MINHBACH_SITE_URL (e.g. https://example.org/minhbach/).
 * With it, permalinks in citations, feeds and the sitemap are absolute, as a citation pasted into
 * an article must be; without it they stay relative to the site root, which is still correct on
 * the site itself and in a local preview.
 */
export function siteUrl(): string | undefined {
  const value = process.env['MINHBACH_SITE_URL']?.trim();
  return value ? value : undefined;
}

/** A site path as a link that works outside the site when the site's address is known. */
export function absoluteUrl(path: string): string {
  const site = siteUrl();
  return site ? new URL(path, site).href : path;
}
