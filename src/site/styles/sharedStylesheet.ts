import { createHash } from 'node:crypto';
import stylesheet from '../../styles/site.css?inline';
import { withBase } from '../routes.ts';

/**
 * The whole stylesheet as one file that a territory's page links at the end of its body
 * (BaseLayout.astro's sharedStylesheet) and a reader downloads once: inlined, its 15,8 KB were in
 * each territory page of a national site (6.642 commune pages alone at L), while their first
 * screen needs about half of it (territoryFirstScreen.css, which stays inside the page). Embed
 * pages link it in their head (2.040 at L, and a news page often frames several); other pages
 * carry all of it, since a linked stylesheet delays their first paint by a round trip
 * (BaseLayout.astro). Its name carries a hash of its content, so a host may let browsers
 * keep it for good and a changed stylesheet is a new file.
 */
export const SHARED_STYLESHEET_TEXT: string = stylesheet;

/** The file's name under /css/: site.<first 10 hex digits of its SHA-256>.css. */
export const SHARED_STYLESHEET_FILE = `site.${createHash('sha256').update(stylesheet).digest('hex').slice(0, 10)}.css`;

export const sharedStylesheetPath = (): string => withBase(`/css/${SHARED_STYLESHEET_FILE}`);
