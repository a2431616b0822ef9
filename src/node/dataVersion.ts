import { execFileSync } from 'node:child_process';
import { UNKNOWN_VERSION, type DataVersion } from '../core/model/dataVersion.ts';
import { headCommit, listReleases } from './gitHistory.ts';

/** The data version of the working tree at `root`, or UNKNOWN_VERSION without git history. */
export function readDataVersion(root: string): DataVersion {
  const head = headCommit(root);
  if (!head) return UNKNOWN_VERSION;
  const latest = listReleases(root).at(-1);
  let commitsSinceTag = 0;
  if (latest) {
    commitsSinceTag = Number(execFileSync('git', ['rev-list', '--count', `${latest.commit}..${head.commit}`], { cwd: root, encoding: 'utf8' }).trim());
  }
  return { tag: latest?.tag ?? null, commitsSinceTag, commit: head.commit, shortCommit: head.shortCommit, date: head.date };
}
