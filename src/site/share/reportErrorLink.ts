import type { Locale } from '../../core/format/formatNumber.ts';
import type { ReportErrorsTo } from './siteSettings.ts';

/** What a reader's report names, so staff can find the figure without asking back. */
export interface ReportedFigure {
  id: string;
  /** The figure as the row shows it: "40,8%", "khoảng 686,5 tỷ đồng", "dưới 15% (2025)". */
  value: string;
  /** "Tỷ lệ hộ nghèo, Nậm Chày, 31/10/2023" */
  what: string;
  /** The figure's permalink, absolute when the site's address is known. */
  page: string;
  /** The data version in words, as citations give it. */
  version: string;
}

const WORDS = {
  vi: {
    title: (id: string) => `Báo sai số liệu: ${id}`,
    page: 'Trang',
    version: 'Phiên bản dữ liệu',
    ask: 'Sai ở đâu, con số đúng là bao nhiêu, theo nguồn nào?',
  },
  en: {
    title: (id: string) => `Report an error: ${id}`,
    page: 'Page',
    version: 'Data version',
    ask: 'What is wrong, what is the right figure, and what is its source?',
  },
} as const;

/**
 * A link that opens a report already naming the figure: GitHub's new-issue form with its title
 * and body filled in (https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/creating-an-issue#creating-an-issue-from-a-url-query),
 * or an e-mail with subject and body (RFC 6068). Plain links, so they work without JavaScript.
 */
export function reportErrorHref(to: ReportErrorsTo, figure: ReportedFigure, locale: Locale): string {
  const w = WORDS[locale];
  const title = w.title(figure.id);
  const body = [`${figure.what}: ${figure.value}`, `${w.page}: ${figure.page}`, `${w.version}: ${figure.version}`, '', w.ask, ''].join('\n');
  if ('github' in to) return `https://github.com/${to.github}/issues/new?title=${queryValue(title)}&body=${queryValue(body)}`;
  // RFC 6068: line breaks in a mailto body are CRLF.
  return `mailto:${to.email}?subject=${queryValue(title)}&body=${queryValue(body.replaceAll('\n', '\r\n'))}`;
}

/**
 * A query value with its delimiters escaped and letters such as "ố" left as they are: the
 * browser encodes them when it follows the link (URLs in HTML may hold any Unicode letter), and
 * a row's link stays a third of the size, which counts on pages of hundreds of rows.
 */
function queryValue(text: string): string {
  return encodeURIComponent(text)
    .replace(/(?:%[C-F][0-9A-F](?:%[89AB][0-9A-F])+)+/g, (bytes) => decodeURIComponent(bytes))
    // RFC 3986 allows these in a query as they are; only & # + = % and spaces must stay escaped.
    .replace(/%(2C|2F|3A|3F|40)/g, (escaped) => decodeURIComponent(escaped));
}
