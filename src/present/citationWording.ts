import { formatDate, type Locale } from '../core/format/formatNumber.ts';

/**
 * A citation's parts, each already in the reader's words, as a page shows them: the server builds
 * them from the model (citation.ts), and a commune page's Cite button reads them back from the
 * row, its table and the page's list of sources (citeOnPage.ts). Both then word the citation
 * with `citationFromParts`, so a citation composed in the browser is, character for character, the
 * one the server prints on the figure's own page. Nothing here may import the model or the phrase
 * catalogue: this module is bundled into the browser script.
 */
export interface CitationParts {
  /** The indicator and the place: "Tỷ lệ hộ nghèo, Nậm Chày". */
  subject: string;
  /** The period as the row's period cell shows it: "2023", "31/10/2023", "2021–2023"; a target's deadline: "2025". */
  when: string;
  /** The figure is a target (cited "mục tiêu đến năm 2025"). */
  target: boolean;
  /** The amount as the row shows it: "trên 686,5 tỷ đồng". */
  amount: string;
  /** A target's verdict, with the date it was made at (a sentence, already worded). */
  status?: string;
  /** The source document in full (type, number, date, issuer, author, draft, title), or its id when the data does not know it. */
  source: string;
  /** Where in the document: "phụ lục 1". */
  locator?: string;
  /** The document's own address. */
  url?: string;
  /** What weakens the evidence, each already worded ("không có câu trích nguyên văn"). */
  cautions: readonly string[];
  /** The source's sentence, verbatim. */
  quote?: string;
  /** The data version, a sentence without its full stop (`citationVersionText`). */
  version: string;
  /** The figure's permalink. */
  permalink: string;
  /** The reader's access date (YYYY-MM-DD); a placeholder when the page cannot know it. */
  accessDate?: string;
}

/** Shown where the reader's access date goes when the page cannot know it (no JavaScript). */
export const ACCESS_DATE_PLACEHOLDER: Record<Locale, string> = { vi: '[ngày truy cập]', en: '[date accessed]' };

const WORDS = {
  vi: {
    source: 'Nguồn',
    caution: 'Lưu ý về nguồn',
    quote: 'Trích',
    accessed: 'truy cập ngày',
    targetFor: (when: string) => `mục tiêu đến ${when}`,
    year: (year: string) => `năm ${year}`,
  },
  en: {
    source: 'Source',
    caution: 'Caution',
    quote: 'Quote',
    accessed: 'accessed',
    targetFor: (when: string) => `target for ${when}`,
    year: (year: string) => year,
  },
} as const;

/**
 * The period in a citation's words: a bare year is "năm 2023" (vi), a date or a span as the row
 * writes it. A row's period cell holds only these three shapes (formatPeriod, formatDue).
 */
function periodWords(when: string, locale: Locale): string {
  return /^\d{4}$/.test(when) ? WORDS[locale].year(when) : when;
}

export function citationFromParts(parts: CitationParts, locale: Locale): string {
  const words = WORDS[locale];
  const period = periodWords(parts.when, locale);
  const when = parts.target ? words.targetFor(period) : period;
  const sentences: string[] = [`${parts.subject}, ${when}: ${parts.amount}.`];
  if (parts.status) sentences.push(parts.status);
  const locator = parts.locator ? `, ${parts.locator}` : '';
  const url = parts.url ? `, ${parts.url}` : '';
  sentences.push(`${words.source}: ${parts.source}${locator}${url}.`);
  if (parts.cautions.length > 0) sentences.push(`${words.caution}: ${parts.cautions.join('; ')}.`);
  if (parts.quote) sentences.push(`${words.quote}: “${parts.quote}”.`);
  sentences.push(`${parts.version}.`);
  sentences.push(`${parts.permalink} (${words.accessed} ${parts.accessDate ? formatDate(parts.accessDate, locale) : ACCESS_DATE_PLACEHOLDER[locale]}).`);
  return sentences.join(' ');
}
