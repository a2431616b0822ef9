import { comparePeriods, dueDate, periodYear } from '../../core/model/period.ts';
import type { Finding, Model, Observation, Target, Task } from '../../core/model/types.ts';
import { memoizeByModel } from '../../core/model/memoizeByModel.ts';

export interface FigureIndex {
  observationsByPlace: Map<string, Observation[]>;
  targetsByPlace: Map<string, Target[]>;
  observationsByIndicator: Map<string, Observation[]>;
  targetsByIndicator: Map<string, Target[]>;
  observationsByDocument: Map<string, Observation[]>;
  targetsByDocument: Map<string, Target[]>;
  observationsByYear: Map<number, Observation[]>;
  targetsByPlan: Map<string, Target[]>;
  tasksByPlan: Map<string, Task[]>;
  findingsByFigure: Map<string, Finding[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compareObservations(a: Observation, b: Observation): number {
  return comparePeriods(a.period, b.period) || a.source.document.localeCompare(b.source.document);
}

export function compareTargets(a: Target, b: Target): number {
  return dueDate(a.by).localeCompare(dueDate(b.by)) || a.id.localeCompare(b.id);
}

/** Every figure filed under the pages that show it, in time order, in one pass over the model. */
export const figureIndex = memoizeByModel((model: Model): FigureIndex => {
  const index: FigureIndex = {
    observationsByPlace: new Map(),
    targetsByPlace: new Map(),
    observationsByIndicator: new Map(),
    targetsByIndicator: new Map(),
    observationsByDocument: new Map(),
    targetsByDocument: new Map(),
    observationsByYear: new Map(),
    targetsByPlan: new Map(),
    tasksByPlan: new Map(),
    findingsByFigure: new Map(),
  };
  for (const observation of [...model.observations].sort(compareObservations)) {
    push(index.observationsByPlace, observation.territory, observation);
    push(index.observationsByIndicator, observation.indicator, observation);
    push(index.observationsByDocument, observation.source.document, observation);
    push(index.observationsByYear, periodYear(observation.period), observation);
  }
  for (const target of [...model.targets].sort(compareTargets)) {
    push(index.targetsByPlace, target.territory, target);
    push(index.targetsByIndicator, target.indicator, target);
    push(index.targetsByDocument, target.source.document, target);
    if (target.plan) push(index.targetsByPlan, target.plan, target);
  }
  for (const task of model.tasks) push(index.tasksByPlan, task.plan, task);
  for (const finding of model.findings) {
    for (const id of new Set(finding.observationIds)) push(index.findingsByFigure, id, finding);
  }
  return index;
});

/** The findings that involve any of these figures, each once, in model order. */
export function findingsAbout(model: Model, figureIds: Iterable<string>): Finding[] {
  const byFigure = figureIndex(model).findingsByFigure;
  const found = new Set<Finding>();
  for (const id of figureIds) for (const finding of byFigure.get(id) ?? []) found.add(finding);
  return model.findings.filter((finding) => found.has(finding));
}
