import type { Locale } from '../../core/format/formatNumber.ts';
import type { Indicator, Target } from '../../core/model/types.ts';
import type { Comparator } from '../../core/schema/figures.ts';
import { formatQuantity, formatValue } from './formatQuantity.ts';

const COMPARATOR_WORDS: Record<Exclude<Comparator, 'between' | '='>, Record<Locale, string>> = {
  '<': { vi: 'dưới', en: 'below' },
  '<=': { vi: 'không quá', en: 'at most' },
  '>': { vi: 'trên', en: 'above' },
  '>=': { vi: 'ít nhất', en: 'at least' },
};

/** The goal a target sets, in words: "dưới 15%", "ít nhất 10 phiên", "300–350 người". */
export function formatTargetGoal(target: Pick<Target, 'comparator' | 'value' | 'range'>, indicator: Pick<Indicator, 'unit' | 'decimals'>, locale: Locale): string {
  if (target.comparator === 'between' && target.range) {
    const max = formatQuantity(target.range.max, indicator, locale);
    const min = formatValue(target.range.min, indicator, locale);
    return locale === 'vi' ? `từ ${min} đến ${max}` : `between ${min} and ${max}`;
  }
  const value = formatQuantity(target.value ?? Number.NaN, indicator, locale);
  if (target.comparator === '=' || target.comparator === 'between') return value;
  return `${COMPARATOR_WORDS[target.comparator][locale]} ${value}`;
}
