import { execFileSync } from 'node:child_process';
import { UNKNOWN_VERSION, type DataVersion } from '../core/model/dataVersion.ts';
import { hasUncommittedData, headCommit, isGitRepository, listReleases } from './gitHistory.ts';

/**
 * The data version of the data folder at `root`, from the git repository that holds it (its own,
 * for a province's folder; the engine's, for the shipped data), or UNKNOWN_VERSION without git.
 */
export function readDataVersion(root: string): DataVersion {
  if (!isGitRepository(root)) return UNKNOWN_VERSION;
  const dirty = hasUncommittedData(root);
  const head = headCommit(root);
  if (!head) return dirty ? { ...UNKNOWN_VERSION, dirty } : UNKNOWN_VERSION;
  const latest = listReleases(root).at(-1);
  let commitsSinceTag = 0;
  if (latest) {
    commitsSinceTag = Number(execFileSync('git', ['rev-list', '--count', `${latest.commit}..${head.commit}`], { cwd: root, encoding: 'utf8' }).trim());
  }
  return { tag: latest?.tag ?? null, commitsSinceTag, commit: head.commit, shortCommit: head.shortCommit, date: head.date, ...(dirty ? { dirty } : {}) };
}

/**
 * The date the data is checked against: nothing in it can be dated later (src/core/validate/
 * checkConsistency.ts). It is the commit date the pages are stamped with; while the data folders
 * hold changes not yet committed, it is today, the date those changes will be committed on, so
 * that a plan issued since the last commit is not called impossible before it is saved.
 * Null without git history: the check is then skipped.
 */
export function dataDateForChecks(root: string, today = new Date().toISOString().slice(0, 10)): string | null {
  const { date, dirty } = readDataVersion(root);
  if (!date) return null;
  return dirty && today > date ? today : date;
}
