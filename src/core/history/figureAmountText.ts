import { formatNumber } from '../format/formatNumber.ts';
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

/**
 * A figure as a Vietnamese reader writes it: "≤ 17,26%", "31 dự án", "106/231 công trình",
 * "khoảng 1.200 tỷ đồng", "300–350 người". Every decimal the value has is shown, never the
 * indicator's rounding: a correction in the third decimal must be visible in a diff.
 */
export function figureAmountText(figure: FigureAmount, unit: string | undefined): string {
  const number = (value: number) => formatNumber(value, 'vi', decimalPlaces(value));
  let amount = figure.value !== undefined ? number(figure.value) : figure.range ? `${number(figure.range.min)}–${number(figure.range.max)}` : '';
  if (figure.outOf !== undefined) amount = `${amount}/${number(figure.outOf)}`;
  const withUnit = !unit ? amount : unit === '%' ? `${amount}%` : `${amount} ${unit}`;
  return `${figure.approximate ? 'khoảng ' : ''}${COMPARATOR_SYMBOLS[figure.comparator ?? ''] ?? ''}${withUnit}`;
}
