import { compareDiagnostics, type Diagnostic } from './diagnostics.ts';
import { deriveFindings } from './derive/findings.ts';
import { deriveProgress, progressAsOf } from './derive/progress.ts';
import { linkProject } from './link/linkProject.ts';
import { loadProject, type LoadedProject, type SourceFile } from './load/loadProject.ts';
import type { Model } from './model/types.ts';
import { checkDocuments } from './validate/checkDocuments.ts';
import { checkFigureSources } from './validate/checkFigureSources.ts';
import { checkTerritories } from './validate/checkTerritories.ts';
import { checkValues } from './validate/checkValues.ts';

export interface BuildResult {
  model: Model;
  /** Every diagnostic from every stage, sorted by file and position. */
  diagnostics: Diagnostic[];
  /** Ids of records written but left out of the model for a mistake (a skeleton's blanks). */
  invalidIds: ReadonlySet<string>;
}

/**
 * The whole core in one pass: load → validate → link → derive. Pure: it takes file contents and
 * returns the model and the diagnostics; the CLI, the Astro pages and the tests all call this.
 * `preloaded` holds files already loaded in worker threads (src/node/loadInWorkers.ts).
 * `versionDate` is the data version's date (the commit's), which decides which deadlines have
 * passed; callers read it from git, so the core never looks at the clock.
 */
export function buildModel(files: readonly SourceFile[], preloaded?: ReadonlyMap<string, LoadedProject>, options: { versionDate?: string | null } = {}): BuildResult {
  const loaded = loadProject(files, preloaded);
  const { model: linked, diagnostics: linkDiagnostics } = linkProject(loaded);
  const { findings, diagnostics: findingDiagnostics } = deriveFindings(linked);
  const asOf = progressAsOf(linked, options.versionDate);
  const model: Model = { ...linked, findings, progress: deriveProgress(linked, asOf.date), progressAsOf: asOf };
  const diagnostics = [
    ...loaded.diagnostics,
    ...linkDiagnostics,
    ...checkValues(linked),
    ...checkTerritories(linked),
    ...checkDocuments(linked),
    ...checkFigureSources(linked),
    ...findingDiagnostics,
  ].sort(compareDiagnostics);
  return { model, diagnostics, invalidIds: loaded.invalidIds };
}
