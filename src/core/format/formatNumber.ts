export type Locale = 'vi' | 'en';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Numbers in the reader's convention: vi-VN writes 1.306 and 10,41; English writes 1,306 and
 * 10.41. `maxDecimals` is the indicator's declared precision: a value is never shown with more
 * decimals than published, and never padded with zeros the source did not write.
 *
 * The result is exactly what Intl.NumberFormat gives (a test compares them on random values),
 * written out here because Intl's format call was the costliest function of a national-scale
 * build after Astro's own rendering (about 4 s of a 1.000-commune build, which formats each of
 * its 185.000 figures on several pages in two languages); this takes three quarters of the time. Numbers that JavaScript writes in
 * exponent form (below 1e-6, from 1e21) still go through Intl.
 */
export function formatNumber(value: number, locale: Locale, maxDecimals = 4): string {
  const text = String(value);
  if (!Number.isFinite(value) || text.includes('e') || !Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > 20) return intlFormat(value, locale, maxDecimals);
  const negative = value < 0 || Object.is(value, -0);
  const digits = text.startsWith('-') ? text.slice(1) : text;
  const point = digits.indexOf('.');
  let whole = point === -1 ? digits : digits.slice(0, point);
  let fraction = point === -1 ? '' : digits.slice(point + 1);
  if (fraction.length > maxDecimals) {
    // Half away from zero on the shortest decimal that reads back as the value, as ICU does:
    // 1.005 to two places is 1.01, though the double nearest 1.005 lies just below it.
    const roundUp = fraction.charCodeAt(maxDecimals) >= 53; // '5'
    fraction = fraction.slice(0, maxDecimals);
    if (roundUp) ({ whole, fraction } = incremented(whole, fraction));
  }
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--; // trailing '0'
  if (end < fraction.length) fraction = fraction.slice(0, end);
  const { group, decimal } = SEPARATORS[locale];
  let grouped = whole;
  if (whole.length > 3) {
    grouped = whole.slice(0, whole.length % 3 || 3);
    for (let at = grouped.length; at < whole.length; at += 3) grouped += group + whole.slice(at, at + 3);
  }
  return `${negative ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/** whole.fraction plus one unit in the fraction's last place, both as digit strings. */
function incremented(whole: string, fraction: string): { whole: string; fraction: string } {
  const joined = (whole + fraction).split('');
  let at = joined.length - 1;
  while (at >= 0 && joined[at] === '9') joined[at--] = '0';
  if (at < 0) joined.unshift('1');
  else joined[at] = String(Number(joined[at]) + 1);
  const cut = joined.length - fraction.length;
  return { whole: joined.slice(0, cut).join(''), fraction: joined.slice(cut).join('') };
}

function intlFormat(value: number, locale: Locale, maxDecimals: number): string {
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
