import { compareDiagnostics, type Diagnostic } from './diagnostics.ts';
import { deriveFindings } from './derive/findings.ts';
import { deriveProgress } from './derive/progress.ts';
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
}

/**
 * The whole core in one pass: load → validate → link → derive. Pure: it takes file contents and
 * returns the model and the diagnostics; the CLI, the Astro pages and the tests all call this.
 * `preloaded` holds files already loaded in worker threads (src/node/loadInWorkers.ts).
 */
export function buildModel(files: readonly SourceFile[], preloaded?: ReadonlyMap<string, LoadedProject>): BuildResult {
  const loaded = loadProject(files, preloaded);
  const { model: linked, diagnostics: linkDiagnostics } = linkProject(loaded);
  const { findings, diagnostics: findingDiagnostics } = deriveFindings(linked);
  const model: Model = { ...linked, findings, progress: deriveProgress(linked) };
  const diagnostics = [
    ...loaded.diagnostics,
    ...linkDiagnostics,
    ...checkValues(linked),
    ...checkTerritories(linked),
    ...checkDocuments(linked),
    ...checkFigureSources(linked),
    ...findingDiagnostics,
  ].sort(compareDiagnostics);
  return { model, diagnostics };
}
