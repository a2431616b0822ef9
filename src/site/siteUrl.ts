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
  if (!site) return path;
  // A root-relative path of plain characters resolves to the site's origin followed by the path
  // itself; only other paths are parsed (a URL parse per permalink took a second of the page
  // build at 1.000 communes, where each row's citation names one).
  if (PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path)) {
    const origin = originOf(site);
    if (origin !== undefined) return `${origin}${path}`;
  }
  return new URL(path, site).href;
}

/** Characters a URL keeps as they are in a path and a fragment; `//` would name a host instead. */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@/]*(?:#[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)?$/;
/** A `.` or `..` segment, which a URL resolves away. */
const DOT_SEGMENT = /\/\.{1,2}(?:[/#]|$)/;

let lastSite: { site: string; origin: string | undefined } | undefined;

/** The origin of an http(s) site address ("https://example.org"); other schemes, and addresses with a user, are left to URL. */
function originOf(site: string): string | undefined {
  if (lastSite?.site !== site) {
    const url = new URL(site);
    const plain = (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
    lastSite = { site, origin: plain ? url.origin : undefined };
  }
  return lastSite.origin;
}
