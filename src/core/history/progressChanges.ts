import type { Model, ProgressStatus } from '../model/types.ts';

/** A target whose verdict differs between two versions of the data. */
export interface ProgressChange {
  targetId: string;
  indicator: string;
  territory: string;
  by: number | string;
  before: ProgressStatus;
  after: ProgressStatus;
  projectionBefore?: number;
  projectionAfter?: number;
}

/**
 * The verdicts a data change moves. Both versions must be judged at the same date (the caller
 * builds both with one data-version date), so that a change here comes from the data, not from a
 * deadline passing between the two commits. Targets added or removed are in the figures diff.
 */
export function progressChanges(before: Pick<Model, 'progress'>, after: Pick<Model, 'targets' | 'progress'>): ProgressChange[] {
  const changes: ProgressChange[] = [];
  for (const target of after.targets) {
    const was = before.progress.get(target.id);
    const is = after.progress.get(target.id);
    if (!was || !is || was.status === is.status) continue;
    const change: ProgressChange = { targetId: target.id, indicator: target.indicator, territory: target.territory, by: target.by, before: was.status, after: is.status };
    if (was.projection !== undefined) change.projectionBefore = was.projection;
    if (is.projection !== undefined) change.projectionAfter = is.projection;
    changes.push(change);
  }
  return changes;
}
