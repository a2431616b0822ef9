import { comparePeriods, dueDate, periodYear } from '../../core/model/period.ts';
import type { Finding, Model, Observation, Target, Task } from '../../core/model/types.ts';
import { memoizeByModel } from '../../core/model/memoizeByModel.ts';
import { pushToList } from '../../core/model/pushToList.ts';

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
    pushToList(index.observationsByPlace, observation.territory, observation);
    pushToList(index.observationsByIndicator, observation.indicator, observation);
    pushToList(index.observationsByDocument, observation.source.document, observation);
    pushToList(index.observationsByYear, periodYear(observation.period), observation);
  }
  for (const target of [...model.targets].sort(compareTargets)) {
    pushToList(index.targetsByPlace, target.territory, target);
    pushToList(index.targetsByIndicator, target.indicator, target);
    pushToList(index.targetsByDocument, target.source.document, target);
    if (target.plan) pushToList(index.targetsByPlan, target.plan, target);
  }
  for (const task of model.tasks) pushToList(index.tasksByPlan, task.plan, task);
  for (const finding of model.findings) {
    for (const id of new Set(finding.observationIds)) pushToList(index.findingsByFigure, id, finding);
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
