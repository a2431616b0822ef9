import { sourceQualityFlags, type SourceQualityFlag } from '../core/derive/sourceQuality.ts';
import { formatDate, type Locale } from '../core/format/formatNumber.ts';
import { dataVersionLabel, isRelease, type DataVersion } from '../core/model/dataVersion.ts';
import { siteName } from '../core/model/siteSettings.ts';
import type { Model, Observation, Target } from '../core/model/types.ts';
import { PROGRESS_LABELS } from '../core/format/progressLabels.ts';
import { amountOf, computedAmountText, figureAmountText } from './figureText.ts';
import { locatorText } from './locatorText.ts';
import { agencyName, documentTitle, indicatorName, placeNameById } from './names.ts';
import { DOCUMENT_TYPE_WORDS, SOURCE_QUALITY_WORDS } from './phrases.ts';

/** Shown where the reader's access date goes when the page cannot know it (no JavaScript). */
export const ACCESS_DATE_PLACEHOLDER: Record<Locale, string> = { vi: '[ngày truy cập]', en: '[date accessed]' };

const WORDS = {
  vi: {
    source: 'Nguồn',
    number: (n: string) => ` số ${n}`,
    date: (d: string) => ` ngày ${d}`,
    by: (name: string) => ` của ${name}`,
    author: (name: string) => `, tác giả ${name}`,
    draft: ' (dự thảo)',
    caution: 'Lưu ý về nguồn',
    quote: 'Trích',
    version: (site: string) => `Dữ liệu ${site}, phiên bản`,
    accessed: 'truy cập ngày',
    targetFor: (when: string) => `mục tiêu đến ${when}`,
    status: (asOf: string, label: string, projection: string | undefined) => `Tình trạng theo dữ liệu ngày ${asOf}: ${label}${projection ? `; theo tốc độ đã có, đến hạn khoảng ${projection}` : ''}.`,
    year: (year: string) => `năm ${year}`,
  },
  en: {
    source: 'Source',
    number: (n: string) => ` No. ${n}`,
    date: (d: string) => ` of ${d}`,
    by: (name: string) => `, ${name}`,
    author: (name: string) => `, by ${name}`,
    draft: ' (draft)',
    caution: 'Caution',
    quote: 'Quote',
    version: (site: string) => `${site} data, version`,
    accessed: 'accessed',
    targetFor: (when: string) => `target for ${when}`,
    status: (asOf: string, label: string, projection: string | undefined) => `Status on the data of ${asOf}: ${label}${projection ? `; at the pace so far, about ${projection} at the deadline` : ''}.`,
    year: (year: string) => year,
  },
} as const;

/** Flags the "Source:" sentence already says (a draft) are not repeated in the caution. */
const SAID_IN_SOURCE: ReadonlySet<SourceQualityFlag> = new Set(['draft']);

/**
 * A citation a journalist can paste: the figure in the words its row shows ("trên 686,5 tỷ
 * đồng", "267/551 hộ"), its source document (type, number, publisher, date, where in it), what
 * weakens the evidence (no verbatim quote, an unidentified publisher, an aggregator, no date),
 * the quoted sentence, the data version, the permalink and the access date. The access date is
 * the reader's, so a static page leaves a placeholder that the copy button fills in.
 */
export function citationText(model: Model, figure: Observation | Target, locale: Locale, version: DataVersion, permalink: string, accessDate?: string): string {
  const words = WORDS[locale];
  const indicator = model.index.indicator.get(figure.indicator);
  const document = model.index.document.get(figure.source.document);
  const issuer = document ? model.index.agency.get(document.issuer) : undefined;
  const flags = sourceQualityFlags(model, figure);
  const name = indicator ? indicatorName(indicator, locale) : figure.indicator;
  const place = placeNameById(model, figure.territory, locale);
  const when = 'period' in figure ? periodText(figure.period.key, locale) : words.targetFor(periodText(String(figure.by), locale));
  const amount = figureAmountText(amountOf(figure), indicator?.unit, locale);

  const parts: string[] = [`${name}, ${place}, ${when}: ${amount}.`];
  // A target is cited with its verdict, so a quoted status carries the date it was made at.
  const progress = 'period' in figure ? undefined : model.progress.get(figure.id);
  if (progress) {
    const projection = progress.projection !== undefined && indicator ? computedAmountText(progress.projection, indicator, locale) : undefined;
    parts.push(words.status(formatDate(progress.asOf, locale), PROGRESS_LABELS[locale][progress.status], projection));
  }
  if (document) {
    const type = DOCUMENT_TYPE_WORDS[document.type][locale];
    const number = document.number ? words.number(document.number) : '';
    const date = document.issued ? words.date(formatDate(document.issued, locale)) : '';
    // An unidentified publisher is said in the caution, not named as if it were one.
    const by = issuer && issuer.kind !== 'unknown' ? words.by(agencyName(issuer, locale)) : '';
    const draft = document.status === 'du-thao' ? words.draft : '';
    const author = document.author ? words.author(document.author) : '';
    const locator = figure.source.locator ? `, ${locatorText(figure.source.locator, locale)}` : '';
    // The source's own address lets a reader check the quote where it was published.
    const url = document.url ? `, ${document.url}` : '';
    parts.push(`${words.source}: ${type}${number}${date}${by}${author}${draft}, “${documentTitle(document, locale)}”${locator}${url}.`);
  } else {
    parts.push(`${words.source}: ${figure.source.document}.`);
  }
  const cautions = flags.filter((flag) => !SAID_IN_SOURCE.has(flag)).map((flag) => SOURCE_QUALITY_WORDS[locale][flag]);
  if (cautions.length > 0) parts.push(`${words.caution}: ${cautions.join('; ')}.`);
  if (figure.source.quote) parts.push(`${words.quote}: “${figure.source.quote}”.`);
  // A release is cited by its tag; between releases the label already says "dữ liệu ngày …".
  const names = siteName(model);
  const site = locale === 'en' ? (names.en ?? names.vi) : names.vi;
  if (isRelease(version) || (!version.commit && !version.dirty)) parts.push(`${words.version(site)} ${dataVersionLabel(version, locale)}.`);
  else parts.push(`${site}, ${dataVersionLabel(version, locale)}.`);
  parts.push(`${permalink} (${words.accessed} ${accessDate ? formatDate(accessDate, locale) : ACCESS_DATE_PLACEHOLDER[locale]}).`);
  return parts.join(' ');
}

function periodText(key: string, locale: Locale): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return formatDate(key, locale);
  if (/^\d{4}-\d{4}$/.test(key)) return key.replace('-', '–');
  return WORDS[locale].year(key);
}
