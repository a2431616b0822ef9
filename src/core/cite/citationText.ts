import { DOCUMENT_TYPES } from '../schema/document.ts';
import { formatDate, formatNumber, type Locale } from '../format/formatNumber.ts';
import { dataVersionLabel, isRelease, type DataVersion } from '../model/dataVersion.ts';
import { siteName } from '../model/siteSettings.ts';
import type { Model, Observation, Target } from '../model/types.ts';
import { placeName } from '../export/figureRows.ts';
import { UNITS } from '../schema/units.ts';
import { PROGRESS_LABELS } from '../format/progressLabels.ts';

/** Shown where the reader's access date goes when the page cannot know it (no JavaScript). */
export const ACCESS_DATE_PLACEHOLDER: Record<Locale, string> = { vi: '[ngày truy cập]', en: '[date accessed]' };

/**
 * A citation a journalist can paste: the figure, its source document (type, number, issuer,
 * date), the quoted sentence, the data version, the permalink and the access date. The access
 * date is the reader's, so a static page leaves a placeholder that the copy button fills in.
 */
export function citationText(model: Model, figure: Observation | Target, locale: Locale, version: DataVersion, permalink: string, accessDate?: string): string {
  const indicator = model.index.indicator.get(figure.indicator);
  const document = model.index.document.get(figure.source.document);
  const issuer = document ? model.index.agency.get(document.issuer) : undefined;
  const place = placeName(model.index.place.get(figure.territory)) ?? figure.territory;
  const decimals = indicator?.decimals ?? 2;
  const unit = indicator ? (locale === 'vi' ? indicator.unit : UNITS[indicator.unit].en) : '';
  const name = indicator ? (locale === 'en' && indicator.name.en ? indicator.name.en : indicator.name.vi) : figure.indicator;
  const isObservation = 'period' in figure;
  const valueText = figure.value !== undefined ? formatNumber(figure.value, locale, decimals) : !isObservation && figure.range ? `${formatNumber(figure.range.min, locale, decimals)}–${formatNumber(figure.range.max, locale, decimals)}` : '';
  const comparator = !isObservation && figure.comparator !== 'between' && figure.comparator !== '=' ? `${COMPARATOR_SYMBOLS[figure.comparator]} ` : '';
  const amount = `${comparator}${unit === '%' ? `${valueText}%` : `${valueText} ${unit}`}`;
  const when = isObservation ? periodText(figure.period.key, locale) : locale === 'vi' ? `mục tiêu đến ${periodText(String(figure.by), locale)}` : `target for ${periodText(String(figure.by), locale)}`;

  const parts: string[] = [];
  parts.push(`${name}, ${place}, ${when}: ${amount}.`);
  // A target is cited with its verdict, so a quoted status carries the date it was made at.
  const progress = isObservation ? undefined : model.progress.get(figure.id);
  if (progress) {
    const projection = progress.projection !== undefined ? `${formatNumber(progress.projection, locale, decimals)}${unit === '%' ? '%' : ` ${unit}`}` : undefined;
    const label = PROGRESS_LABELS[locale][progress.status];
    const asOf = formatDate(progress.asOf, locale);
    parts.push(
      locale === 'vi'
        ? `Tình trạng theo dữ liệu ngày ${asOf}: ${label}${projection ? `; theo tốc độ đã có, đến hạn khoảng ${projection}` : ''}.`
        : `Status on the data of ${asOf}: ${label}${projection ? `; at the pace so far, about ${projection} at the deadline` : ''}.`,
    );
  }
  if (document) {
    const type = DOCUMENT_TYPES[document.type][locale];
    const number = document.number ? (locale === 'vi' ? ` số ${document.number}` : ` No. ${document.number}`) : '';
    const date = document.issued ? (locale === 'vi' ? ` ngày ${formatDate(document.issued, locale)}` : ` of ${formatDate(document.issued, locale)}`) : '';
    const by = issuer ? (locale === 'vi' ? ` của ${issuer.name.vi}` : `, ${issuer.name.en ?? issuer.name.vi}`) : '';
    const draft = document.status === 'du-thao' ? (locale === 'vi' ? ' (dự thảo)' : ' (draft)') : '';
    const title = locale === 'en' && document.title.en ? document.title.en : document.title.vi;
    const author = document.author ? (locale === 'vi' ? `, tác giả ${document.author}` : `, by ${document.author}`) : '';
    const locator = figure.source.locator ? `, ${figure.source.locator}` : '';
    // The source's own address lets a reader check the quote where it was published.
    const url = document.url ? `, ${document.url}` : '';
    parts.push(`${locale === 'vi' ? 'Nguồn' : 'Source'}: ${type}${number}${date}${by}${author}${draft}, “${title}”${locator}${url}.`);
  }
  if (figure.source.quote) parts.push(`${locale === 'vi' ? 'Trích' : 'Quote'}: “${figure.source.quote}”.`);
  // A release is cited by its tag; between releases the label already says "dữ liệu ngày …".
  const names = siteName(model);
  const site = locale === 'en' ? (names.en ?? names.vi) : names.vi;
  if (isRelease(version) || (!version.commit && !version.dirty)) parts.push(`${locale === 'vi' ? `Dữ liệu ${site}, phiên bản` : `${site} data, version`} ${dataVersionLabel(version, locale)}.`);
  else parts.push(`${site}, ${dataVersionLabel(version, locale)}.`);
  parts.push(`${permalink} (${locale === 'vi' ? 'truy cập ngày' : 'accessed'} ${accessDate ? formatDate(accessDate, locale) : ACCESS_DATE_PLACEHOLDER[locale]}).`);
  return parts.join(' ');
}

const COMPARATOR_SYMBOLS = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' } as const;

function periodText(key: string, locale: Locale): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return formatDate(key, locale);
  if (/^\d{4}-\d{4}$/.test(key)) return key.replace('-', '–');
  return locale === 'vi' ? `năm ${key}` : key;
}
