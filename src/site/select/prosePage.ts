import type { Locale } from '../../core/format/formatNumber.ts';
import type { Model } from '../../core/model/types.ts';
import { renderMarkdown, splitTitle } from '../markdown/renderMarkdown.ts';
import { PROSE_PAGES, type ProsePage } from '../routes.ts';
import { fillPageTemplate } from './pageTemplate.ts';

export interface RenderedProse {
  title: string;
  html: string;
  /** The English page is missing, so the Vietnamese one is shown. */
  untranslated: boolean;
}

/** The Markdown file of a prose page: content/pages/<Vietnamese slug>.<locale>.md. */
export function prosePagePath(page: ProsePage, locale: Locale): string {
  return `content/pages/${PROSE_PAGES[page].vi}.${locale}.md`;
}

/** The engine's template of a prose page, filled from the site's settings when the folder has none. */
export function pageTemplatePath(page: ProsePage, locale: Locale): string {
  return `src/catalogue/pages/${PROSE_PAGES[page].vi}.${locale}.md`;
}

/**
 * A prose page in the reader's language: the data folder's own; else its Vietnamese page (marked
 * untranslated, since a template would say something else); else the engine's template, filled
 * from the site's settings. A folder may provide any of the six pages, or none.
 */
export function prosePage(model: Model, page: ProsePage, locale: Locale): RenderedProse {
  const find = (path: string) => model.pages.find((p) => p.path === path);
  const own = find(prosePagePath(page, locale)) ?? find(prosePagePath(page, 'vi'));
  const template = find(pageTemplatePath(page, locale));
  const text = own ? own.text : template ? fillPageTemplate(template.text, model, locale) : undefined;
  if (text === undefined) throw new Error(`Missing prose page ${prosePagePath(page, 'vi')} and its template ${pageTemplatePath(page, locale)}.`);
  const { title, body } = splitTitle(text);
  const untranslated = own !== undefined && own.path !== prosePagePath(page, locale);
  return { title: title ?? PROSE_PAGES[page][locale], html: renderMarkdown(body, { topHeadingLevel: 2 }), untranslated };
}
