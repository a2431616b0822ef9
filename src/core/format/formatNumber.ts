export type Locale = 'vi' | 'en';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Numbers in the reader's convention: vi-VN writes 1.306 and 10,41; English writes 1,306 and
 * 10.41. `maxDecimals` is the indicator's declared precision: a value is never shown with more
 * decimals than published, and never padded with zeros the source did not write.
 */
export function formatNumber(value: number, locale: Locale, maxDecimals = 4): string {
  const key = `${locale}:${maxDecimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: maxDecimals, useGrouping: true });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** 19/5/2021 in Vietnamese, 19 May 2021 in English, from YYYY-MM-DD. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  if (locale === 'vi') return `${day}/${month}/${year}`;
  return `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}

/**
 * Month names made once: building an Intl.DateTimeFormat per date was the costliest single call
 * of a national-scale build (every English figure row shows a date).
 */
const ENGLISH_MONTHS = Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month, 1))));
