import type { Locale } from '../../core/format/formatNumber.ts';
import type { DocumentRecord } from '../../core/model/types.ts';
import { DOCUMENT_TYPE_WORDS } from '../../present/phrases.ts';
import { textIn } from '../../present/localizedText.ts';

/**
 * How a document is named in lists and source cells: by type and number as printed
 * ("Kế hoạch 239/KH-UBND"), or by type and title when it has no number (articles, drafts).
 */
export function documentLabel(document: DocumentRecord, locale: Locale): string {
  const type = DOCUMENT_TYPE_WORDS[document.type][locale];
  if (document.number) return `${type} ${document.number}`;
  return `${type}: ${textIn(document.title, locale)}`;
}

/**
 * A shorter name for references inside sentences: the number when there is one, else the type
 * and the period it plans for ("Kế hoạch 2024" for the undated draft), else the full label.
 */
export function documentShortLabel(document: DocumentRecord, locale: Locale): string {
  if (document.number || document.period === undefined) return documentLabel(document, locale);
  return `${DOCUMENT_TYPE_WORDS[document.type][locale]} ${String(document.period).replace('-', '–')}`;
}
