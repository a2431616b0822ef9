import type { Progress, ProgressStatus } from '../model/types.ts';

/** Order of a scorecard: what happened at passed deadlines first, then where open targets head. */
export const SCORECARD_ORDER: readonly ProgressStatus[] = ['met', 'missed', 'due-no-result', 'achieved', 'on-track', 'too-slow', 'little-progress', 'moving-away', 'no-data', 'cannot-judge'];

/** Counts a scorecard always shows, even at zero: "0 missed" is news too. */
export const SCORECARD_ALWAYS: ReadonlySet<ProgressStatus> = new Set(['met', 'missed', 'due-no-result', 'on-track', 'too-slow']);

export interface ScorecardLine {
  status: ProgressStatus;
  targetIds: string[];
}

/** A set of targets counted by verdict, each count with the targets it counts, in SCORECARD_ORDER. */
export function scorecardOf(targetIds: readonly string[], progress: ReadonlyMap<string, Progress>): ScorecardLine[] {
  const byStatus = new Map<ProgressStatus, string[]>();
  for (const id of targetIds) {
    const status = progress.get(id)?.status;
    if (!status) continue;
    const list = byStatus.get(status);
    if (list) list.push(id);
    else byStatus.set(status, [id]);
  }
  return SCORECARD_ORDER.filter((status) => SCORECARD_ALWAYS.has(status) || byStatus.has(status)).map((status) => ({ status, targetIds: byStatus.get(status) ?? [] }));
}
