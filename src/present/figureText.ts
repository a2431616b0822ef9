import { formatNumber, type Locale } from '../core/format/formatNumber.ts';
import type { Observation, Target } from '../core/model/types.ts';
import type { Comparator, Qualifier } from '../core/schema/figures.ts';
import { UNITS, type Unit } from '../core/schema/units.ts';
import { decimalPlaces } from '../core/validate/checkValues.ts';
import { COMPARATOR_QUALIFIER, QUALIFIER_WORDS, RANK_WORDS, unitWord } from './phrases.ts';

/** What it takes to say a figure: an observation, a target, a snapshot of either, a CSV row. */
export interface FigureAmount {
  value?: number | undefined;
  range?: { min: number; max: number } | undefined;
  /** A target's comparator; said in words, as the qualifier it amounts to. */
  comparator?: Comparator | string | undefined;
  /** The denominator stated with the value: 106 of 231 works. */
  outOf?: number | undefined;
  /** How the source words a figure that is not exact ("trên", "khoảng"…). */
  qualifier?: Qualifier | undefined;
}

/** The amount of an observation or a target, in the shape the formatter reads. */
export function amountOf(figure: Observation | Target): FigureAmount {
  if ('period' in figure) return { value: figure.value, outOf: figure.out_of, qualifier: figure.qualifier };
  return { value: figure.value, range: figure.range, comparator: figure.comparator, qualifier: figure.qualifier };
}

/**
 * The one way a figure is put into words, used by every output: table rows, sentences, chart
 * labels, citations, correction notes, the versions page, the diff of a pull request, scaffolds
 * and downloads. "trên 686,5 tỷ đồng", "267/551 hộ", "dưới 15%", "300–350 người", "thứ 17/63";
 * "more than 686.5 billion VND", "267/551 households", "less than 15%", "rank 17 of 63".
 *
 * A stated figure keeps every decimal it was written with and gains none: the site never rounds
 * what a source says (a correction in the third decimal must show), and never pads "10,4" to
 * "10,40". A unit that is not in the list (an older release's data) is printed as written.
 */
export function figureAmountText(figure: FigureAmount, unit: Unit | string | undefined, locale: Locale): string {
  const qualifier = figure.qualifier ?? comparatorQualifier(figure.comparator);
  const words = qualifier ? `${QUALIFIER_WORDS[qualifier][locale]} ` : '';
  return `${words}${bareAmount(figure, unit, locale)}`;
}

/** The amount without its qualifier: for a table column that names the qualifier beside it. */
export function bareAmount(figure: FigureAmount, unit: Unit | string | undefined, locale: Locale): string {
  const number = (value: number) => statedNumber(value, locale);
  const amount = figure.value !== undefined ? number(figure.value) : figure.range ? `${number(figure.range.min)}–${number(figure.range.max)}` : '';
  if (unit === 'thứ hạng') {
    const words = RANK_WORDS[locale];
    return `${words.rank} ${amount}${figure.outOf === undefined ? '' : words.of(number(figure.outOf))}`;
  }
  const withOutOf = figure.outOf === undefined ? amount : `${amount}/${number(figure.outOf)}`;
  if (!unit) return withOutOf;
  if (unit === '%') return `${withOutOf}%`;
  return `${withOutOf} ${unit in UNITS ? unitWord(unit as Unit, locale) : unit}`;
}

/**
 * A number exactly as stated, in the reader's convention: 1.306 and 10,41 / 1,306 and 10.41.
 * Past 20 decimals (5e-324, which the validator already reports as too precise) the number
 * formatter refuses, and no source writes one: the report must still print it.
 */
export function statedNumber(value: number, locale: Locale): string {
  return formatNumber(value, locale, Math.min(decimalPlaces(value), MAX_STATED_DECIMALS));
}

const MAX_STATED_DECIMALS = 20;

/**
 * A number the site computed (a projection, an axis tick, a share), rounded to the indicator's
 * published decimals: it was never stated, so it claims no more precision than the data has.
 */
export function computedNumber(value: number, decimals: number, locale: Locale): string {
  return formatNumber(value, locale, decimals);
}

/** A computed value with its unit, in the same words as a stated one ("khoảng" and all). */
export function computedAmountText(value: number, indicator: { unit: Unit; decimals: number }, locale: Locale): string {
  const rounded = Number(value.toFixed(indicator.decimals));
  return figureAmountText({ value: rounded }, indicator.unit, locale);
}

function comparatorQualifier(comparator: string | undefined): Qualifier | undefined {
  return comparator && comparator in COMPARATOR_QUALIFIER ? COMPARATOR_QUALIFIER[comparator as keyof typeof COMPARATOR_QUALIFIER] : undefined;
}
