import type { Diagnostic } from '../diagnostics.ts';
import { formatNumber, type Locale } from '../format/formatNumber.ts';
import { decimalPlaces } from '../validate/checkValues.ts';
import { dueDate } from '../model/period.ts';
import type { Finding, Model, Observation } from '../model/types.ts';
import { pushToList } from '../model/pushToList.ts';

type LinkedModel = Omit<Model, 'findings' | 'progress' | 'progressAsOf'>;

/** Half a unit in the last written decimal: "10,41" stands for anything in [10,405; 10,415). */
function roundingSlack(value: number): number {
  return 0.5 * 10 ** -decimalPlaces(value);
}

function figureKey(indicator: string, territory: string, periodKey: string): string {
  return `${indicator}|${territory}|${periodKey}`;
}

/**
 * Finds every disagreement between figures and keeps all of them: two sources with different
 * values for the same figure (conflict), and stated figures that the arithmetic on other figures
 * contradicts (inconsistency). Nothing is resolved or dropped; the page shows both sides.
 */
export function deriveFindings(model: LinkedModel): { findings: Finding[]; diagnostics: Diagnostic[] } {
  const byFigure = new Map<string, Observation[]>();
  for (const observation of model.observations) {
    const key = figureKey(observation.indicator, observation.territory, observation.period.key);
    pushToList(byFigure, key, observation);
  }
  const findings: Finding[] = [...findConflicts(byFigure, model), ...findInconsistencies(byFigure, model)];
  const diagnostics = findings.map((finding) => findingDiagnostic(finding, model));
  return { findings, diagnostics };
}

/** Readers see names, not ids: the indicator's name in their language (Vietnamese when there is no English). */
function indicatorName(model: LinkedModel, indicatorId: string, locale: Locale): string {
  const name = model.index.indicator.get(indicatorId)?.name;
  return name ? (locale === 'en' ? name.en ?? name.vi : name.vi) : indicatorId;
}

function placeName(model: LinkedModel, placeId: string, locale: Locale): string {
  const place = model.index.place.get(placeId);
  if (!place) return placeId;
  if (place.kind === 'group') return locale === 'en' ? place.name.en ?? place.name.vi : place.name.vi;
  return place.name;
}

/** A source as a reader would name it: its printed number, else its title. */
function sourceLabel(model: LinkedModel, documentId: string, locale: Locale): string {
  const document = model.index.document.get(documentId);
  if (!document) return documentId;
  if (document.number) return document.number;
  return `“${locale === 'en' ? document.title.en ?? document.title.vi : document.title.vi}”`;
}

function decimalsOf(model: LinkedModel, indicatorId: string): number {
  return model.index.indicator.get(indicatorId)?.decimals ?? 2;
}

function valuesAgree(a: Observation, b: Observation): boolean {
  if (a.value === b.value) return true;
  // "Gần 1.200 tỷ" and "1.198 tỷ" describe the same figure; exact figures must match exactly.
  if (a.qualifier || b.qualifier) return Math.abs(a.value - b.value) <= 0.05 * Math.max(Math.abs(a.value), Math.abs(b.value));
  return false;
}

function findConflicts(byFigure: Map<string, Observation[]>, model: LinkedModel): Finding[] {
  const findings: Finding[] = [];
  for (const observations of byFigure.values()) {
    if (observations.length < 2) continue;
    const disagreeing = observations.some((a, i) => observations.slice(i + 1).some((b) => !valuesAgree(a, b)));
    if (!disagreeing) continue;
    const first = observations[0]!;
    const decimals = decimalsOf(model, first.indicator);
    const list = (locale: Locale) =>
      observations.map((o) => `${formatNumber(o.value, locale, decimals)} (${sourceLabel(model, o.source.document, locale)})`).join(locale === 'vi' ? ' và ' : ' and ');
    findings.push({
      id: `xung-dot--${first.indicator}--${first.territory}--${first.period.key}`,
      kind: 'conflict',
      indicator: first.indicator,
      territory: first.territory,
      periodKey: first.period.key,
      observationIds: observations.map((o) => o.id),
      explanation: {
        vi: `Các nguồn nêu số khác nhau cho "${indicatorName(model, first.indicator, 'vi')}", ${placeName(model, first.territory, 'vi')}, ${first.period.key}: ${list('vi')}.`,
        en: `Sources give different numbers for "${indicatorName(model, first.indicator, 'en')}", ${placeName(model, first.territory, 'en')}, ${first.period.key}: ${list('en')}.`,
      },
    });
  }
  return findings;
}

interface ImpliedTarget {
  value: number;
  slack: number;
  observation: Observation;
  arithmetic: (locale: Locale) => string;
}

function findInconsistencies(byFigure: Map<string, Observation[]>, model: LinkedModel): Finding[] {
  const findings: Finding[] = [];
  const impliedTargets = new Map<string, ImpliedTarget[]>();
  const lookup = (indicator: string, territory: string, periodKey: string) => byFigure.get(figureKey(indicator, territory, periodKey)) ?? [];

  for (const stated of model.observations) {
    const indicator = model.index.indicator.get(stated.indicator);
    const relation = indicator?.relation;
    if (!indicator || !relation || stated.period.kind !== 'year') continue;
    const of = relation.of;
    const ofDecimals = decimalsOf(model, of);
    const decimals = indicator.decimals;
    const year = stated.period.year;
    const current = lookup(of, stated.territory, String(year));
    const previous = lookup(of, stated.territory, String(year - 1));
    const n = (value: number, locale: Locale, places = Math.max(decimals, ofDecimals)) => formatNumber(value, locale, places);

    if (relation.type === 'decrease-of' || relation.type === 'increase-of' || relation.type === 'growth-percent-of') {
      for (const after of current) {
        for (const before of previous) {
          const derived =
            relation.type === 'decrease-of' ? before.value - after.value
            : relation.type === 'increase-of' ? after.value - before.value
            : (after.value / before.value - 1) * 100;
          const slack =
            relation.type === 'growth-percent-of'
              ? roundingSlack(stated.value) + 100 * (roundingSlack(after.value) / after.value + roundingSlack(before.value) / before.value) * (after.value / before.value)
              : roundingSlack(stated.value) + roundingSlack(after.value) + roundingSlack(before.value);
          if (Math.abs(derived - stated.value) <= slack + 1e-9) continue;
          const formula = (locale: Locale) =>
            relation.type === 'decrease-of' ? `${n(before.value, locale)} − ${n(after.value, locale)} = ${n(derived, locale)}`
            : relation.type === 'increase-of' ? `${n(after.value, locale)} − ${n(before.value, locale)} = ${n(derived, locale)}`
            : `(${n(after.value, locale)} ÷ ${n(before.value, locale)} − 1) × 100 = ${n(derived, locale, 2)}`;
          findings.push({
            id: `khong-khop--${stated.id}--${before.source.document}--${after.source.document}`,
            kind: 'inconsistency',
            indicator: stated.indicator,
            territory: stated.territory,
            periodKey: stated.period.key,
            observationIds: [stated.id, before.id, after.id],
            explanation: {
              vi: `Số nêu là ${n(stated.value, 'vi')}, nhưng tính từ số liệu năm ${year - 1} và ${year}: ${formula('vi')}.`,
              en: `The stated figure is ${n(stated.value, 'en')}, but from the ${year - 1} and ${year} figures: ${formula('en')}.`,
            },
          });
        }
      }
      continue;
    }

    // percent-of-target and excess-over-target: each implies the annual target of `of`.
    const explicitTargets = model.targets.filter(
      (target) => target.indicator === of && target.territory === stated.territory && target.value !== undefined && dueDate(target.by).startsWith(String(year)),
    );
    for (const base of current) {
      const implied: ImpliedTarget =
        relation.type === 'percent-of-target'
          ? {
              value: base.value / (stated.value / 100),
              slack: (base.value / (stated.value / 100)) * (roundingSlack(base.value) / base.value + roundingSlack(stated.value) / stated.value),
              observation: stated,
              arithmetic: (locale) => `${n(base.value, locale)} ÷ ${n(stated.value, locale)}% = ${n(base.value / (stated.value / 100), locale, 2)}`,
            }
          : {
              value: base.value - stated.value,
              slack: roundingSlack(base.value) + roundingSlack(stated.value),
              observation: stated,
              arithmetic: (locale) => `${n(base.value, locale)} − ${n(stated.value, locale)} = ${n(base.value - stated.value, locale, 2)}`,
            };
      const key = figureKey(of, stated.territory, String(year));
      pushToList(impliedTargets, key, implied);
      for (const target of explicitTargets) {
        if (Math.abs(target.value! - implied.value) <= implied.slack + roundingSlack(target.value!) + 1e-9) continue;
        findings.push({
          id: `khong-khop--${stated.id}--${target.id}`,
          kind: 'inconsistency',
          indicator: stated.indicator,
          territory: stated.territory,
          periodKey: stated.period.key,
          observationIds: [stated.id, base.id],
          explanation: {
            vi: `Chỉ tiêu năm ${year} là ${n(target.value!, 'vi')}, nhưng số nêu ngụ ý chỉ tiêu ${implied.arithmetic('vi')}.`,
            en: `The ${year} target is ${n(target.value!, 'en')}, but the stated figure implies a target of ${implied.arithmetic('en')}.`,
          },
        });
      }
    }
  }

  for (const [key, implied] of impliedTargets) {
    const [indicatorId, territory, periodKey] = key.split('|') as [string, string, string];
    for (let i = 0; i < implied.length; i++) {
      for (let j = i + 1; j < implied.length; j++) {
        const [a, b] = [implied[i]!, implied[j]!];
        if (a.observation.indicator === b.observation.indicator) continue;
        if (Math.abs(a.value - b.value) <= a.slack + b.slack + 1e-9) continue;
        findings.push({
          id: `khong-khop--${a.observation.id}--${b.observation.id}`,
          kind: 'inconsistency',
          indicator: a.observation.indicator,
          territory,
          periodKey,
          observationIds: [a.observation.id, b.observation.id],
          explanation: {
            vi: `Hai số liệu ngụ ý hai chỉ tiêu năm khác nhau cho "${indicatorName(model, indicatorId, 'vi')}": ${a.arithmetic('vi')} nhưng ${b.arithmetic('vi')}.`,
            en: `Two figures imply different annual targets for "${indicatorName(model, indicatorId, 'en')}": ${a.arithmetic('en')} but ${b.arithmetic('en')}.`,
          },
        });
      }
    }
  }
  return findings;
}

function findingDiagnostic(finding: Finding, model: LinkedModel): Diagnostic {
  const observation = model.index.observation.get(finding.observationIds[0]!)!;
  const isConflict = finding.kind === 'conflict';
  return {
    severity: 'warning',
    code: isConflict ? 'conflicting-values' : 'stated-vs-derived',
    file: observation.origin.file,
    ...observation.origin.locate(['value']),
    message: finding.explanation,
    hint: isConflict
      ? { vi: 'Giữ cả hai số với nguồn của chúng; trang web sẽ hiện cả hai và đánh dấu "có tranh chấp". Chỉ sửa nếu đã nhập sai so với nguồn.', en: 'Keep both numbers with their sources; the site shows both, marked "disputed". Only change one if it was typed wrongly from its source.' }
      : { vi: 'Nếu số đã chép đúng từ nguồn, giữ nguyên: trang web sẽ hiện phép tính và đánh dấu "không khớp".', en: 'If the figure is copied correctly from its source, keep it: the site shows the arithmetic, marked "inconsistent".' },
  };
}

