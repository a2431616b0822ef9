import type { FigureCorrection } from '../present/correctionText.ts';
import { releaseHistory, type ReleaseHistory } from '../node/releaseHistory.ts';
import { wordDiagnostics } from '../present/diagnosticText.ts';
import { getDataVersion } from './dataVersion.ts';
import { dataFileLastChanged } from './pageKeys.ts';
import { dataRoot, loadSiteModel } from './loadSiteModel.ts';

let cached: Promise<ReleaseHistory> | undefined;

/** Every release rebuilt from git and compared with the one before, once per build. */
export function getReleaseHistory(): Promise<ReleaseHistory> {
  cached ??= loadSiteModel().then((site) => releaseHistory(dataRoot(), site, (build) => wordDiagnostics(build.diagnostics, build.model)));
  return cached;
}

let corrections: Promise<Map<string, FigureCorrection[]>> | undefined;

/**
 * The corrections each figure went through, oldest first: those carried by releases, then any
 * made since the last release (dated by the last commit of the figure's file). Additions and removals are left
 * to the versions page; a figure's row only needs to say that its value was changed.
 */
export function getFigureCorrections(): Promise<Map<string, FigureCorrection[]>> {
  corrections ??= getReleaseHistory().then(async (history) => {
    const byFigure = new Map<string, FigureCorrection[]>();
    const add = (id: string, correction: FigureCorrection) => byFigure.set(id, [...(byFigure.get(id) ?? []), correction]);
    for (const [id, events] of history.figureHistory) {
      for (const event of events) {
        if (event.kind === 'changed' && event.before && event.after) add(id, { tag: event.tag, date: event.date, before: event.before, after: event.after });
      }
    }
    if (history.unreleased && history.releases.length > 0 && history.head) {
      const { dirty } = getDataVersion();
      const { model } = await loadSiteModel();
      for (const change of history.unreleased.figuresChanged) {
        // Dated by the last commit of the figure's file, which the page's own stamp is at or after
        // (src/site/pageKeys.ts); uncommitted changes, by the commit they were made after.
        const file = (model.index.observation.get(change.id) ?? model.index.target.get(change.id))?.origin.file;
        const commit = (!dirty && file && dataFileLastChanged(file)) || history.head;
        add(change.id, { tag: null, date: commit.date, build: commit.shortCommit, ...(dirty ? { unsaved: true } : {}), before: change.before, after: change.after });
      }
    }
    return byFigure;
  });
  return corrections;
}
