import { formatNumber, type Locale } from '../format/formatNumber.ts';
import { UNITS, type Unit } from '../schema/units.ts';
import { decimalPlaces } from '../validate/checkValues.ts';

export interface FigureAmount {
  value?: number | undefined;
  range?: { min: number; max: number } | undefined;
  comparator?: string | undefined;
  /** The denominator stated with the value: 106 of 231 works. */
  outOf?: number | undefined;
  /** The source says "about", "nearly" or "more than". */
  approximate?: boolean | undefined;
}

const COMPARATOR_SYMBOLS: Record<string, string> = { '>=': '≥ ', '<=': '≤ ', '>': '> ', '<': '< ' };
const ABOUT: Record<Locale, string> = { vi: 'khoảng ', en: 'about ' };

/**
 * A figure as a Vietnamese reader writes it: "≤ 17,26%", "31 dự án", "106/231 công trình",
 * "khoảng 1.200 tỷ đồng", "300–350 người". Every decimal the value has is shown, never the
 * indicator's rounding: a correction in the third decimal must be visible in a diff.
 */
export function figureAmountText(figure: FigureAmount, unit: string | undefined, locale: Locale = 'vi'): string {
  const number = (value: number) => formatNumber(value, locale, decimalPlaces(value));
  let amount = figure.value !== undefined ? number(figure.value) : figure.range ? `${number(figure.range.min)}–${number(figure.range.max)}` : '';
  if (figure.outOf !== undefined) amount = `${amount}/${number(figure.outOf)}`;
  const unitText = unit && locale === 'en' && unit in UNITS ? UNITS[unit as Unit].en : unit;
  const withUnit = !unitText ? amount : unitText === '%' ? `${amount}%` : `${amount} ${unitText}`;
  return `${figure.approximate ? ABOUT[locale] : ''}${COMPARATOR_SYMBOLS[figure.comparator ?? ''] ?? ''}${withUnit}`;
}
