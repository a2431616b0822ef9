import type { Locale } from '../../core/format/formatNumber.ts';
import type { Model } from '../../core/model/types.ts';
import { renderMarkdown, splitTitle } from '../markdown/renderMarkdown.ts';
import { PROSE_PAGES, type ProsePage } from '../routes.ts';

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

/** A prose page in the reader's language, falling back to Vietnamese (marked). */
export function prosePage(model: Model, page: ProsePage, locale: Locale): RenderedProse {
  const find = (l: Locale) => model.pages.find((p) => p.path === prosePagePath(page, l));
  const own = find(locale);
  const file = own ?? find('vi');
  if (!file) throw new Error(`Missing prose page ${prosePagePath(page, 'vi')}: every page linked from the footer needs its Markdown file.`);
  const { title, body } = splitTitle(file.text);
  return { title: title ?? PROSE_PAGES[page][locale], html: renderMarkdown(body, { topHeadingLevel: 2 }), untranslated: !own };
}
