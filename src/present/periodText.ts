import { formatDate, type Locale } from '../core/format/formatNumber.ts';
import type { Period } from '../core/model/period.ts';

/** "2022", "31/10/2023" (vi) or "31 October 2023" (en), "2021–2023". */
export function formatPeriod(period: Period, locale: Locale): string {
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'span':
      return `${period.from}–${period.to}`;
    case 'date':
      return formatDate(period.date, locale);
  }
}

/** A target's deadline, as a phrase that follows "mục tiêu" / "target": "năm 2025", "đến 31/1/2024". */
export function formatDeadline(by: number | string, locale: Locale): string {
  if (typeof by === 'number') return locale === 'vi' ? `năm ${by}` : `for ${by}`;
  return locale === 'vi' ? `đến ${formatDate(by, locale)}` : `by ${formatDate(by, locale)}`;
}

/** A target's deadline in a table cell: "2025", "31/1/2024". */
export function formatDue(by: number | string, locale: Locale): string {
  return typeof by === 'number' ? String(by) : formatDate(by, locale);
}
