import { formatDate, type Locale } from '../core/format/formatNumber.ts';
import type { Finding, FindingFigure, ImpliedTarget, Model } from '../core/model/types.ts';
import { amountOf, computedNumber, figureAmountText, statedNumber } from './figureText.ts';
import { documentTitle, indicatorName, placeNameById } from './names.ts';

type Names = Pick<Model, 'index'>;

const WORDS = {
  vi: {
    conflict: (name: string, place: string, period: string, list: string) => `Các nguồn nêu số khác nhau cho "${name}", ${place}, ${period}: ${list}.`,
    statedChange: (stated: string, year: number, formula: string) => `Số nêu là ${stated}, nhưng tính từ số liệu năm ${year - 1} và ${year}: ${formula}.`,
    impliedTarget: (year: number, target: string, arithmetic: string) => `Chỉ tiêu năm ${year} là ${target}, nhưng số nêu ngụ ý chỉ tiêu ${arithmetic}.`,
    impliedTargetsDisagree: (name: string, a: string, b: string) => `Hai số liệu ngụ ý hai chỉ tiêu năm khác nhau cho "${name}": ${a} nhưng ${b}.`,
    and: 'và',
  },
  en: {
    conflict: (name: string, place: string, period: string, list: string) => `Sources give different numbers for "${name}", ${place}, ${period}: ${list}.`,
    statedChange: (stated: string, year: number, formula: string) => `The stated figure is ${stated}, but from the ${year - 1} and ${year} figures: ${formula}.`,
    impliedTarget: (year: number, target: string, arithmetic: string) => `The ${year} target is ${target}, but the stated figure implies a target of ${arithmetic}.`,
    impliedTargetsDisagree: (name: string, a: string, b: string) => `Two figures imply different annual targets for "${name}": ${a} but ${b}.`,
    and: 'and',
  },
} as const;

/** Implied targets are computed by a division: two decimals, as the reports state ratios. */
const IMPLIED_DECIMALS = 2;

/**
 * A finding in one sentence with its arithmetic, for the page and the validator alike: the stated
 * figures as stated (the one figure formatter, never rounded or padded), the computed ones at the
 * indicator's published precision, and names from the one set of name helpers, so an English
 * sentence names "Poverty rate", not "Tỷ lệ hộ nghèo".
 */
export function findingText(finding: Finding, model: Names, locale: Locale): string {
  const words = WORDS[locale];
  if (finding.kind === 'conflict') {
    const list = finding.figures.map((figure) => `${figureAmount(figure, finding.indicator, model, locale)} (${sourceLabel(model, figure.document, locale)})`);
    return words.conflict(indicatorLabel(model, finding.indicator, locale), placeNameById(model, finding.territory, locale), periodText(finding.periodKey, locale), listText(list, words.and));
  }
  switch (finding.check) {
    case 'stated-change': {
      const n = (value: number) => statedNumber(value, locale);
      const decimals = finding.relation === 'growth-percent-of' ? 2 : Math.max(decimalsOf(model, finding.indicator), decimalsOf(model, finding.of));
      const derived = computedNumber(finding.derived, decimals, locale);
      const { before, after } = finding;
      const formula =
        finding.relation === 'decrease-of' ? `${n(before.value)} − ${n(after.value)} = ${derived}`
        : finding.relation === 'increase-of' ? `${n(after.value)} − ${n(before.value)} = ${derived}`
        : `(${n(after.value)} ÷ ${n(before.value)} − 1) × 100 = ${derived}`;
      return words.statedChange(n(finding.stated.value), finding.year, formula);
    }
    case 'implied-target':
      return words.impliedTarget(finding.year, statedNumber(finding.target.value, locale), impliedArithmetic(finding.implied, locale));
    case 'implied-targets-disagree': {
      const [a, b] = finding.implied;
      return words.impliedTargetsDisagree(indicatorLabel(model, finding.of, locale), impliedArithmetic(a, locale), impliedArithmetic(b, locale));
    }
  }
}

/** "10,41 ÷ 130,1% = 8" or "10,41 − 0,8 = 9,61": how the stated figure gives the target. */
function impliedArithmetic(implied: ImpliedTarget, locale: Locale): string {
  const base = statedNumber(implied.base.value, locale);
  const stated = statedNumber(implied.stated.value, locale);
  const value = computedNumber(implied.value, IMPLIED_DECIMALS, locale);
  return implied.relation === 'percent-of-target' ? `${base} ÷ ${stated}% = ${value}` : `${base} − ${stated} = ${value}`;
}

/** A source's figure in the words its row shows ("31 dự án", "khoảng 1.200 tỷ đồng"). */
function figureAmount(figure: FindingFigure, indicatorId: string, model: Names, locale: Locale): string {
  const observation = model.index.observation.get(figure.observation);
  const unit = model.index.indicator.get(indicatorId)?.unit;
  return figureAmountText(observation ? amountOf(observation) : { value: figure.value }, unit, locale);
}

/** Readers see names, not ids; an id the data does not know is shown as it is. */
function indicatorLabel(model: Names, id: string, locale: Locale): string {
  const indicator = model.index.indicator.get(id);
  return indicator ? indicatorName(indicator, locale) : id;
}

function decimalsOf(model: Names, id: string): number {
  return model.index.indicator.get(id)?.decimals ?? 2;
}

/** A source as a reader would name it in a sentence: its printed number, else its title. */
function sourceLabel(model: Names, documentId: string, locale: Locale): string {
  const document = model.index.document.get(documentId);
  if (!document) return documentId;
  return document.number ?? `“${documentTitle(document, locale)}”`;
}

/** "2023", "31/10/2023" / "31 October 2023", "2021–2023". */
function periodText(key: string, locale: Locale): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return formatDate(key, locale);
  return key.replace(/^(\d{4})-(\d{4})$/, '$1–$2');
}

/** "a và b", "a, b và c" / "a and b", "a, b and c". */
function listText(items: readonly string[], and: string): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
