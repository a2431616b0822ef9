import { formatNumber, type Locale } from '../../core/format/formatNumber.ts';
import type { Indicator } from '../../core/model/types.ts';
import { UNITS, type Unit } from '../../core/schema/units.ts';

export interface QuantityOptions {
  /** The source says "about", "nearly" or "more than". */
  approximate?: boolean | undefined;
  /** Denominator stated with the value: 106/231 works. */
  outOf?: number | undefined;
}

/** The unit as readers of each language write it: "hộ" / "households". */
export function unitLabel(unit: Unit, locale: Locale): string {
  return locale === 'vi' ? unit : UNITS[unit].en;
}

/**
 * A value with its unit, in the reader's conventions and with at most the indicator's published
 * decimals: "1.306 hộ", "10,41%", "khoảng 686,5 tỷ đồng", "106/231 công trình".
 */
export function formatQuantity(value: number, indicator: Pick<Indicator, 'unit' | 'decimals'>, locale: Locale, options: QuantityOptions = {}): string {
  const number = (n: number) => formatNumber(n, locale, indicator.decimals);
  const about = options.approximate ? (locale === 'vi' ? 'khoảng ' : 'about ') : '';
  if (indicator.unit === 'thứ hạng') {
    const of = options.outOf === undefined ? '' : locale === 'vi' ? `/${number(options.outOf)}` : ` of ${number(options.outOf)}`;
    return `${about}${locale === 'vi' ? 'thứ ' : 'rank '}${number(value)}${of}`;
  }
  const amount = options.outOf === undefined ? number(value) : `${number(value)}/${number(options.outOf)}`;
  if (indicator.unit === '%') return `${about}${amount}%`;
  return `${about}${amount} ${unitLabel(indicator.unit, locale)}`;
}

/** A bare number, for table cells whose header already names the unit and for chart labels. */
export function formatValue(value: number, indicator: Pick<Indicator, 'decimals'>, locale: Locale): string {
  return formatNumber(value, locale, indicator.decimals);
}
