import type { Locale } from '../../core/format/formatNumber.ts';

/**
 * A date as a sentence says it, "ngày 3 tháng 12 năm 2026" / "3 December 2026": for prose a
 * citizen reads (the footer's data date), where 3/12/2026 reads as a code. Tables keep 3/12/2026.
 */
export function dateInWords(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  if (locale === 'vi') return `ngày ${day} tháng ${month} năm ${year}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
