import { createHash } from 'node:crypto';
import stylesheet from '../../styles/site.css?inline';
import { withBase } from '../routes.ts';

/**
 * The whole stylesheet as one file that every page links at the end of its body (BaseLayout.astro)
 * and a reader downloads once: inlined, its 15,8 KB were in every one of a national site's 11.000
 * pages (180 MB of dist/), while each page's first screen needs about half of it (firstScreen.css,
 * which stays inside the page). Its name carries a hash of its content, so a host may let
 * browsers keep it for good and a changed stylesheet is a new file.
 */
export const SHARED_STYLESHEET_TEXT: string = stylesheet;

/** The file's name under /css/: site.<first 10 hex digits of its SHA-256>.css. */
export const SHARED_STYLESHEET_FILE = `site.${createHash('sha256').update(stylesheet).digest('hex').slice(0, 10)}.css`;

export const sharedStylesheetPath = (): string => withBase(`/css/${SHARED_STYLESHEET_FILE}`);
