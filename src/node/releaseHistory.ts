import { buildModel, type BuildResult } from '../core/buildModel.ts';
import type { WordedDiagnostic } from '../core/diagnostics.ts';
import { diffSnapshots, type DataDiff } from '../core/history/diffSnapshots.ts';
import { snapshotOf, type DataSnapshot, type FigureSnapshot } from '../core/history/figureSnapshot.ts';
import { readCatalogueFiles } from './catalogueFiles.ts';
import { hasUncommittedData, headCommit, listReleases, readFilesAtCommit, type CommitInfo, type Release } from './gitHistory.ts';

export interface ReleaseEntry {
  release: Release;
  /** The data as it was at the release, rebuilt from git: old citations can still be checked. */
  build: BuildResult;
  /** Changes since the previous release (since nothing, for the first). */
  diff: DataDiff;
}

export interface FigureHistoryEvent {
  tag: string;
  date: string;
  kind: 'added' | 'changed' | 'removed';
  before?: FigureSnapshot;
  after?: FigureSnapshot;
}

export interface ReleaseHistory {
  releases: ReleaseEntry[];
  /** Changes since the last release, in the working data (null when HEAD is the last release). */
  unreleased: DataDiff | null;
  head: CommitInfo | null;
  /** Every change each figure went through, oldest first, keyed by figure id. */
  figureHistory: Map<string, FigureHistoryEvent[]>;
}

const EMPTY: DataSnapshot = { figures: new Map(), documents: new Map(), warnings: [] };

/** Puts a build's diagnostics into words (src/present/diagnosticText.ts), which this layer cannot import. */
export type WordDiagnostics = (build: BuildResult) => readonly WordedDiagnostic[];

/**
 * Rebuilds the data at every release tag and compares each with the one before. Costs one model
 * build per release; the current build is passed in so it is not rebuilt.
 */
export function releaseHistory(root: string, current: Pick<BuildResult, 'model'> & { diagnostics: readonly WordedDiagnostic[] }, word: WordDiagnostics): ReleaseHistory {
  const head = headCommit(root);
  const releases: ReleaseEntry[] = [];
  const figureHistory = new Map<string, FigureHistoryEvent[]>();
  const record = (id: string, event: FigureHistoryEvent) => figureHistory.set(id, [...(figureHistory.get(id) ?? []), event]);

  let previous = EMPTY;
  const catalogue = readCatalogueFiles();
  for (const release of listReleases(root)) {
    const build = buildModel([...readFilesAtCommit(root, release.commit), ...catalogue], undefined, { versionDate: release.date });
    const snapshot = snapshotOf(build.model, word(build));
    const diff = diffSnapshots(previous, snapshot);
    if (previous !== EMPTY) {
      for (const figure of diff.figuresAdded) record(figure.id, { tag: release.tag, date: release.date, kind: 'added', after: figure });
      for (const change of diff.figuresChanged) record(change.id, { tag: release.tag, date: release.date, kind: 'changed', before: change.before, after: change.after });
      for (const figure of diff.figuresRemoved) record(figure.id, { tag: release.tag, date: release.date, kind: 'removed', before: figure });
    }
    releases.push({ release, build, diff });
    previous = snapshot;
  }
  const last = releases.at(-1);
  // At the release's own commit, uncommitted edits are still changes since the release.
  const atRelease = last !== undefined && last.release.commit === head?.commit && !hasUncommittedData(root);
  const unreleased = atRelease ? null : diffSnapshots(previous, snapshotOf(current.model, current.diagnostics));
  return { releases, unreleased, head, figureHistory };
}
