import { sourceQualityFlags, type SourceQualityFlag } from '../core/derive/sourceQuality.ts';
import { formatDate, type Locale } from '../core/format/formatNumber.ts';
import { dataVersionLabel, isRelease, type DataVersion } from '../core/model/dataVersion.ts';
import { siteName } from '../core/model/siteSettings.ts';
import type { DocumentRecord, Model, Observation, Target } from '../core/model/types.ts';
import { PROGRESS_LABELS } from '../core/format/progressLabels.ts';
import { amountOf, computedAmountText, figureAmountText } from './figureText.ts';
import { locatorText } from './locatorText.ts';
import { agencyName, documentTitle, indicatorName, placeNameById } from './names.ts';
import { citationFromParts, type CitationParts } from './citationWording.ts';
import { formatDue, formatPeriod } from './periodText.ts';
import { CITATION_VERSION_WORDS, DOCUMENT_TYPE_WORDS, SOURCE_QUALITY_WORDS } from './phrases.ts';


const WORDS = {
  vi: {
    number: (n: string) => ` số ${n}`,
    date: (d: string) => ` ngày ${d}`,
    by: (name: string) => ` của ${name}`,
    author: (name: string) => `, tác giả ${name}`,
    draft: ' (dự thảo)',
    status: (passed: boolean, label: string, projection: string | undefined) => `Tình trạng (${passed ? 'đã qua hạn' : 'chưa đến hạn'}): ${label}${projection ? `; theo tốc độ đã có, đến hạn khoảng ${projection}` : ''}.`,
  },
  en: {
    number: (n: string) => ` No. ${n}`,
    date: (d: string) => ` of ${d}`,
    by: (name: string) => `, ${name}`,
    author: (name: string) => `, by ${name}`,
    draft: ' (draft)',
    status: (passed: boolean, label: string, projection: string | undefined) => `Status (${passed ? 'deadline passed' : 'before the deadline'}): ${label}${projection ? `; at the pace so far, about ${projection} at the deadline` : ''}.`,
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
  return citationFromParts(citationParts(model, figure, locale, version, permalink, accessDate), locale);
}

/** The parts of a figure's citation, each in the words the page shows them (see citationWording.ts). */
export function citationParts(model: Model, figure: Observation | Target, locale: Locale, version: DataVersion, permalink: string, accessDate?: string): CitationParts {
  const indicator = model.index.indicator.get(figure.indicator);
  const document = model.index.document.get(figure.source.document);
  const isObservation = 'period' in figure;
  const status = citationStatus(model, figure, locale);
  return {
    subject: citationSubject(model, figure, locale),
    when: isObservation ? formatPeriod(figure.period, locale) : formatDue(figure.by, locale),
    target: !isObservation,
    amount: figureAmountText(amountOf(figure), indicator?.unit, locale),
    ...(status !== undefined ? { status } : {}),
    source: document ? documentReference(model, document, locale) : figure.source.document,
    // The source's own address lets a reader check the quote where it was published.
    ...(document && figure.source.locator ? { locator: locatorText(figure.source.locator, locale) } : {}),
    ...(document?.url ? { url: document.url } : {}),
    cautions: citationCautions(sourceQualityFlags(model, figure), locale),
    ...(figure.source.quote ? { quote: figure.source.quote } : {}),
    version: citationVersionText(model, version, locale),
    permalink,
    ...(accessDate ? { accessDate } : {}),
  };
}

/** What a citation is about: "Tỷ lệ hộ nghèo, xã Nậm Chày". */
export function citationSubject(model: Model, figure: Observation | Target, locale: Locale): string {
  const indicator = model.index.indicator.get(figure.indicator);
  return `${indicator ? indicatorName(indicator, locale) : figure.indicator}, ${placeNameById(model, figure.territory, locale)}`;
}

/**
 * A target is cited with its verdict, and whether its deadline had passed when it was made (the
 * verdict's date is the build's, not the version the citation names: src/site/pageKeys.ts); an
 * observation, or a target without a verdict, has none.
 */
export function citationStatus(model: Model, figure: Observation | Target, locale: Locale): string | undefined {
  const progress = 'period' in figure ? undefined : model.progress.get(figure.id);
  if (!progress) return undefined;
  const indicator = model.index.indicator.get(figure.indicator);
  const projection = progress.projection !== undefined && indicator ? computedAmountText(progress.projection, indicator, locale) : undefined;
  return WORDS[locale].status(progress.deadlinePassed, PROGRESS_LABELS[locale][progress.status], projection);
}

/**
 * A document as a citation names it: type, number, date, publisher, author, draft, then its title
 * ("Báo cáo số 200/BC-UBND ngày 15/1/2021 của UBND tỉnh …, “…”"). A commune page lists each of
 * its sources once in these words.
 */
export function documentReference(model: Pick<Model, 'index'>, document: DocumentRecord, locale: Locale): string {
  const words = WORDS[locale];
  const issuer = model.index.agency.get(document.issuer);
  const type = DOCUMENT_TYPE_WORDS[document.type][locale];
  const number = document.number ? words.number(document.number) : '';
  const date = document.issued ? words.date(formatDate(document.issued, locale)) : '';
  // An unidentified publisher is said in the caution, not named as if it were one.
  const by = issuer && issuer.kind !== 'unknown' ? words.by(agencyName(issuer, locale)) : '';
  const draft = document.status === 'du-thao' ? words.draft : '';
  const author = document.author ? words.author(document.author) : '';
  return `${type}${number}${date}${by}${author}${draft}, “${documentTitle(document, locale)}”`;
}

/** The cautions a citation carries, in the order of the flags (a draft is already said by the source). */
export function citationCautions(flags: readonly SourceQualityFlag[], locale: Locale): string[] {
  return flags.filter((flag) => !SAID_IN_SOURCE.has(flag)).map((flag) => SOURCE_QUALITY_WORDS[locale][flag]);
}

/** "Dữ liệu minhbach, phiên bản v2024.1 (…)", "minhbach, dữ liệu ngày 3/12/2026, bản 2d13730": the version as a citation names it, without its full stop. */
export function citationVersionText(model: Pick<Model, 'site'>, version: DataVersion, locale: Locale): string {
  const names = siteName(model);
  const site = locale === 'en' ? (names.en ?? names.vi) : names.vi;
  const words = CITATION_VERSION_WORDS[locale];
  const label = dataVersionLabel(version, locale);
  if (isRelease(version)) return words.release(site, label);
  // Between releases the label already says "dữ liệu ngày …"; with no git history at all, "không rõ phiên bản".
  return !version.commit && !version.dirty ? words.unknown(site, label) : words.snapshot(site, label);
}
