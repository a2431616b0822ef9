import type { Locale } from '../../core/format/formatNumber.ts';

const NUMBER = /-?\d[\d.,]*/g;

/**
 * The one number an amount's text prints ("4.928 hộ", "khoảng 400 người", "81,01%"), read in the
 * page's language (vi-VN writes 1.306 and 10,41; English 1,306 and 10.41); undefined when the text
 * holds no number or more than one ("300–350 người", a unit with a digit).
 *
 * A territory page's result prints its amount in a plain <b> when this reads back its exact value
 * (Amount.astro checks it with this very function), and keeps a <data value> otherwise: 20 bytes
 * a row, 4 KB of a commune page. Its chart (chartFromTable.ts) and Cite
 * (citeOnPage.ts) read the number the same way.
 */
export function numberInText(text: string, locale: Locale): number | undefined {
  const found = text.match(NUMBER);
  if (!found || found.length !== 1) return undefined;
  const [group, decimal] = locale === 'vi' ? ['.', ','] : [',', '.'];
  const digits = found[0].split(group).join('').replace(decimal, '.');
  if (!/^-?\d+(\.\d+)?$/.test(digits)) return undefined;
  return Number(digits);
}
