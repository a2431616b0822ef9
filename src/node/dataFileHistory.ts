import { execFileSync } from 'node:child_process';
import type { CommitInfo, Release } from './gitHistory.ts';
import { DATA_FOLDERS } from './readProjectFiles.ts';

/**
 * When each data file last changed, from one `git log` over the data folders: what a page's data
 * stamp is made of (src/site/pageStamp.ts). A page drawing on a few files is stamped with the
 * newest commit among them, not with the head commit, so a commit elsewhere leaves the page, its
 * citations and its cached copy as they were.
 */
export interface DataFileHistory {
  /** Newest commit that changed each file (paths relative to the data folder, as the model's origins). */
  lastChanged: ReadonlyMap<string, CommitInfo>;
  /** Each commit's place in the log, 0 for the newest: which of two commits is the later. */
  rank: ReadonlyMap<string, number>;
  /** Files changed by a commit after the latest release tag; empty when there is no release. */
  changedSinceRelease: ReadonlySet<string>;
  /** Commits after the latest release, newest first (to count how far past it a page's commit is). */
  commitsSinceRelease: readonly string[];
  /** The latest release reachable from HEAD, with its short commit as `git log` writes it. */
  release: (Release & { shortCommit: string }) | null;
}

const FIELD = '\u0001';

/** Null without git history (or with none for the data folders). */
export function readDataFileHistory(root: string, latestRelease: Release | null): DataFileHistory | null {
  const latestReleaseCommit = latestRelease?.commit ?? null;
  let log: string;
  try {
    // --relative: paths (and the folders searched) relative to the data folder, which may sit inside a larger repository.
    log = execFileSync('git', ['log', '--relative', '--name-only', `--format=${FIELD}%H%x09%h%x09%cs`, 'HEAD', '--', ...DATA_FOLDERS], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
  const lastChanged = new Map<string, CommitInfo>();
  const rank = new Map<string, number>();
  for (const entry of log.split(FIELD).slice(1)) {
    const [header, ...names] = entry.split('\n');
    const [commit, shortCommit, date] = header!.split('\t') as [string, string, string];
    rank.set(commit, rank.size);
    for (const name of names) if (name && !lastChanged.has(name)) lastChanged.set(name, { commit, shortCommit, date });
  }
  const changedSinceRelease = new Set<string>();
  const commitsSinceRelease: string[] = [];
  if (latestReleaseCommit) {
    const since = execFileSync('git', ['log', '--relative', '--name-only', `--format=${FIELD}%H`, `${latestReleaseCommit}..HEAD`, '--', ...DATA_FOLDERS], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    for (const entry of since.split(FIELD).slice(1)) {
      const [commit, ...names] = entry.split('\n');
      commitsSinceRelease.push(commit!);
      for (const name of names) if (name) changedSinceRelease.add(name);
    }
  }
  const release = latestRelease
    ? { ...latestRelease, shortCommit: execFileSync('git', ['log', '-1', '--format=%h', latestRelease.commit], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() }
    : null;
  return { lastChanged, rank, changedSinceRelease, commitsSinceRelease, release };
}
