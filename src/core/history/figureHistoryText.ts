import { formatDate, type Locale } from '../format/formatNumber.ts';
import { figureAmountText } from './figureAmountText.ts';
import type { FigureSnapshot } from './figureSnapshot.ts';

/** One correction of a figure between two versions of the data. */
export interface FigureCorrection {
  /** The release that carried the correction; null while it is not yet released. */
  tag: string | null;
  /** Commit date of that release (or of the unreleased data), YYYY-MM-DD. */
  date: string;
  before: FigureSnapshot;
  after: FigureSnapshot;
}

/**
 * "Đã điều chỉnh ngày 3/4/2024 từ 30 dự án thành 31 dự án (phiên bản v2)." A correction that
 * left the amount alone (a better quote, a page number) says what was corrected instead, so a
 * reader never sees "from 31 to 31".
 */
export function figureHistoryText(correction: FigureCorrection, unit: string | undefined, locale: Locale): string {
  const date = formatDate(correction.date, locale);
  const version = correction.tag ?? (locale === 'vi' ? 'chưa phát hành' : 'unreleased');
  const before = figureAmountText(correction.before, unit, locale);
  const after = figureAmountText(correction.after, unit, locale);
  if (locale === 'vi') {
    const what = before !== after ? `từ ${before} thành ${after}` : 'nguồn trích dẫn';
    return `Đã điều chỉnh ngày ${date} ${what} (phiên bản ${version}).`;
  }
  const what = before !== after ? `from ${before} to ${after}` : 'the source citation';
  return `Corrected on ${date}: ${what} (version ${version}).`;
}
