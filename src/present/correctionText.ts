import { formatDate, type Locale } from '../core/format/formatNumber.ts';
import { figureAmountText } from './figureText.ts';
import type { FigureSnapshot } from '../core/history/figureSnapshot.ts';

/** One correction of a figure between two versions of the data. */
export interface FigureCorrection {
  /** The release that carried the correction; null while it is not yet released. */
  tag: string | null;
  /** Commit date of that release (or of the unreleased data), YYYY-MM-DD. */
  date: string;
  /** Between releases: the short commit the correction was built from. */
  build?: string;
  /** Between releases: the data folder held uncommitted changes when the site was built. */
  unsaved?: boolean;
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
  const before = figureAmountText(correction.before, unit, locale);
  const after = figureAmountText(correction.after, unit, locale);
  if (locale === 'vi') {
    const what = before !== after ? `từ ${before} thành ${after}` : 'nguồn trích dẫn';
    if (correction.tag === null && correction.unsaved && correction.build) return `Đã điều chỉnh ${what} (thay đổi chưa lưu, sau bản ${correction.build} ngày ${date}).`;
    const version = correction.tag ? `phiên bản ${correction.tag}` : correction.build ? `bản ${correction.build}, chưa phát hành` : 'phiên bản chưa phát hành';
    return `Đã điều chỉnh ngày ${date} ${what} (${version}).`;
  }
  const what = before !== after ? `from ${before} to ${after}` : 'the source citation';
  if (correction.tag === null && correction.unsaved && correction.build) return `Corrected: ${what} (unsaved changes, after build ${correction.build} of ${date}).`;
  const version = correction.tag ? `version ${correction.tag}` : correction.build ? `build ${correction.build}, not yet released` : 'version unreleased';
  return `Corrected on ${date}: ${what} (${version}).`;
}
