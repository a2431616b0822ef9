import type { LocalizedText } from '../core/schema/common.ts';
import type { Locale } from '../core/format/formatNumber.ts';

export interface PickedText {
  text: string;
  /** The language the text is actually in, for the element's `lang`. */
  lang: Locale;
  /** True when an English page shows Vietnamese text because the data has no translation. */
  untranslated: boolean;
}

/** Content in the reader's language where the data has it; Vietnamese (marked) otherwise. */
export function pickText(text: LocalizedText, locale: Locale): PickedText {
  if (locale === 'en' && text.en) return { text: text.en, lang: 'en', untranslated: false };
  return { text: text.vi, lang: 'vi', untranslated: locale === 'en' };
}

/** The same, as a plain string, where a note cannot be shown (titles, chart labels). */
export function textIn(text: LocalizedText, locale: Locale): string {
  return pickText(text, locale).text;
}
