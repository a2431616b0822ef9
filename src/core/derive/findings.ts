import type { SubjectDiagnostic } from '../diagnostics.ts';
import { decimalPlaces } from '../validate/checkValues.ts';
import { dueDate } from '../model/period.ts';
import type { Finding, FindingFigure, ImpliedTarget, Model, Observation, Target } from '../model/types.ts';
import { pushToList } from '../model/pushToList.ts';

type LinkedModel = Omit<Model, 'findings' | 'progress' | 'progressAsOf'>;

/** Half a unit in the last written decimal: "10,41" stands for anything in [10,405; 10,415). */
function roundingSlack(value: number): number {
  return 0.5 * 10 ** -decimalPlaces(value);
}

/**
 * Observations grouped by what they are a figure of (indicator, place, period), each group in the
 * order its first observation was read. A national dataset has 600.000 figures, nearly all alone
 * in their group: one map per indicator and place keeps each lookup short, where one map keyed by
 * a joined "indicator|place|period" text built and hashed 600.000 new texts (L: 0,75-1,1 s of a
 * cold validation against 0,15-0,35 s).
 */
class FigureGroups {
  /** Every group, in the order of first appearance. */
  readonly groups: Observation[][] = [];
  readonly #byIndicator = new Map<string, Map<string, Map<string, Observation[]>>>();

  add(observation: Observation): void {
    let byPlace = this.#byIndicator.get(observation.indicator);
    if (!byPlace) this.#byIndicator.set(observation.indicator, (byPlace = new Map()));
    let byPeriod = byPlace.get(observation.territory);
    if (!byPeriod) byPlace.set(observation.territory, (byPeriod = new Map()));
    const group = byPeriod.get(observation.period.key);
    if (group) group.push(observation);
    else {
      const created = [observation];
      byPeriod.set(observation.period.key, created);
      this.groups.push(created);
    }
  }

  get(indicator: string, territory: string, periodKey: string): readonly Observation[] {
    return this.#byIndicator.get(indicator)?.get(territory)?.get(periodKey) ?? [];
  }
}

function figureKey(indicator: string, territory: string, periodKey: string): string {
  return `${indicator}|${territory}|${periodKey}`;
}

/**
 * Finds every disagreement between figures and keeps all of them: two sources with different
 * values for the same figure (conflict), and stated figures that the arithmetic on other figures
 * contradicts (inconsistency). Nothing is resolved or dropped; the page shows both sides.
 */
export function deriveFindings(model: LinkedModel): { findings: Finding[]; diagnostics: SubjectDiagnostic[] } {
  const byFigure = new FigureGroups();
  for (const observation of model.observations) byFigure.add(observation);
  const findings: Finding[] = [...findConflicts(byFigure), ...findInconsistencies(byFigure, model)];
  const diagnostics = findings.map((finding) => findingDiagnostic(finding, model));
  return { findings, diagnostics };
}

function valuesAgree(a: Observation, b: Observation): boolean {
  if (a.value === b.value) return true;
  // "Gần 1.200 tỷ" and "1.198 tỷ" describe the same figure; exact figures must match exactly.
  if (a.qualifier || b.qualifier) return Math.abs(a.value - b.value) <= 0.05 * Math.max(Math.abs(a.value), Math.abs(b.value));
  return false;
}

function findConflicts(byFigure: FigureGroups): Finding[] {
  const findings: Finding[] = [];
  for (const observations of byFigure.groups) {
    if (observations.length < 2) continue;
    const disagreeing = observations.some((a, i) => observations.slice(i + 1).some((b) => !valuesAgree(a, b)));
    if (!disagreeing) continue;
    const first = observations[0]!;
    findings.push({
      id: `xung-dot--${first.indicator}--${first.territory}--${first.period.key}`,
      kind: 'conflict',
      indicator: first.indicator,
      territory: first.territory,
      periodKey: first.period.key,
      observationIds: observations.map((o) => o.id),
      figures: observations.map(figureOf),
    });
  }
  return findings;
}

function figureOf(observation: Observation): FindingFigure {
  return { observation: observation.id, value: observation.value, document: observation.source.document };
}

/** An implied target, with how far rounding in the figures it comes from could move it. */
interface Implied {
  target: ImpliedTarget;
  slack: number;
  observation: Observation;
}

function findInconsistencies(byFigure: FigureGroups, model: LinkedModel): Finding[] {
  const findings: Finding[] = [];
  const impliedTargets = new Map<string, Implied[]>();
  const lookup = (indicator: string, territory: string, periodKey: string) => byFigure.get(indicator, territory, periodKey);
  // Targets with a value by indicator and place, in the model's order: looked up for every stated
  // figure, which a scan of all targets made figures × targets.
  let targetsByFigure: Map<string, Target[]> | undefined;
  const targetsOf = (indicator: string, territory: string): readonly Target[] => {
    if (!targetsByFigure) {
      targetsByFigure = new Map();
      for (const target of model.targets) if (target.value !== undefined) pushToList(targetsByFigure, `${target.indicator}|${target.territory}`, target);
    }
    return targetsByFigure.get(`${indicator}|${territory}`) ?? [];
  };

  for (const stated of model.observations) {
    const indicator = model.index.indicator.get(stated.indicator);
    const relation = indicator?.relation;
    if (!indicator || !relation || stated.period.kind !== 'year') continue;
    const of = relation.of;
    const year = stated.period.year;
    const current = lookup(of, stated.territory, String(year));
    const previous = lookup(of, stated.territory, String(year - 1));

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
          findings.push({
            id: `khong-khop--${stated.id}--${before.source.document}--${after.source.document}`,
            kind: 'inconsistency',
            check: 'stated-change',
            indicator: stated.indicator,
            territory: stated.territory,
            periodKey: stated.period.key,
            observationIds: [stated.id, before.id, after.id],
            relation: relation.type,
            of,
            year,
            stated: figureOf(stated),
            before: figureOf(before),
            after: figureOf(after),
            derived,
          });
        }
      }
      continue;
    }

    // percent-of-target and excess-over-target: each implies the annual target of `of`.
    const explicitTargets = targetsOf(of, stated.territory).filter((target) => dueDate(target.by).startsWith(String(year)));
    for (const base of current) {
      const implied: Implied =
        relation.type === 'percent-of-target'
          ? {
              target: { relation: relation.type, stated: figureOf(stated), base: figureOf(base), value: base.value / (stated.value / 100) },
              slack: (base.value / (stated.value / 100)) * (roundingSlack(base.value) / base.value + roundingSlack(stated.value) / stated.value),
              observation: stated,
            }
          : {
              target: { relation: relation.type, stated: figureOf(stated), base: figureOf(base), value: base.value - stated.value },
              slack: roundingSlack(base.value) + roundingSlack(stated.value),
              observation: stated,
            };
      const key = figureKey(of, stated.territory, String(year));
      pushToList(impliedTargets, key, implied);
      for (const target of explicitTargets) {
        if (Math.abs(target.value! - implied.target.value) <= implied.slack + roundingSlack(target.value!) + 1e-9) continue;
        findings.push({
          id: `khong-khop--${stated.id}--${target.id}`,
          kind: 'inconsistency',
          check: 'implied-target',
          indicator: stated.indicator,
          territory: stated.territory,
          periodKey: stated.period.key,
          observationIds: [stated.id, base.id],
          of,
          year,
          implied: implied.target,
          target: { id: target.id, value: target.value! },
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
        if (Math.abs(a.target.value - b.target.value) <= a.slack + b.slack + 1e-9) continue;
        findings.push({
          id: `khong-khop--${a.observation.id}--${b.observation.id}`,
          kind: 'inconsistency',
          check: 'implied-targets-disagree',
          indicator: a.observation.indicator,
          territory,
          periodKey,
          observationIds: [a.observation.id, b.observation.id],
          of: indicatorId,
          year: Number(periodKey),
          implied: [a.target, b.target],
        });
      }
    }
  }
  return findings;
}

/** The validator reports each finding at its first figure; src/present/ words it. */
function findingDiagnostic(finding: Finding, model: LinkedModel): SubjectDiagnostic {
  const observation = model.index.observation.get(finding.observationIds[0]!)!;
  return {
    severity: 'warning',
    code: finding.kind === 'conflict' ? 'conflicting-values' : 'stated-vs-derived',
    file: observation.origin.file,
    ...observation.origin.locate(['value']),
    subject: { kind: 'finding', finding },
  };
}
