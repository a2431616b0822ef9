import { causeOf, compareDiagnostics, consequenceOf, type Diagnostic } from './diagnostics.ts';
import { deriveFindings } from './derive/findings.ts';
import { deriveProgress, progressAsOf } from './derive/progress.ts';
import { linkProject } from './link/linkProject.ts';
import { loadProject, type PackedLoadedFile, type SourceFile } from './load/loadProject.ts';
import type { Model } from './model/types.ts';
import { checkConsistency } from './validate/checkConsistency.ts';
import { checkDocuments } from './validate/checkDocuments.ts';
import { checkFigureSources } from './validate/checkFigureSources.ts';
import { checkQuotes } from './validate/checkQuotes.ts';
import { checkRenamedIds, type CommittedIds } from './validate/checkRenamedIds.ts';
import { checkTerritories } from './validate/checkTerritories.ts';
import { checkValues } from './validate/checkValues.ts';

/** What the checks need to know beyond the files themselves, read from git at the edges. */
export interface BuildContext {
  /**
   * The data version's date (the commit's), which decides which deadlines have passed; callers
   * read it from git, so the core never looks at the clock.
   */
  versionDate?: string | null;
  /**
   * The date nothing in the data can be after, YYYY-MM-DD: the commit date the build stamps on
   * every page, or today while the data has changes not yet committed (dataDateForChecks in
   * src/node/dataVersion.ts). Not checked when absent. Tests pass it in.
   */
  dataDate?: string | null;
  /** The ids each data file changed since the last commit held then (committedIdsOfChangedFiles). */
  committedIds?: readonly CommittedIds[];
}

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
 */
export function buildModel(files: readonly SourceFile[], preloaded?: ReadonlyMap<string, PackedLoadedFile>, context: BuildContext = {}): BuildResult {
  const loaded = loadProject(files, preloaded);
  const { model: linked, diagnostics: linkDiagnostics } = linkProject(loaded);
  const { findings, diagnostics: findingDiagnostics } = deriveFindings(linked);
  const asOf = progressAsOf(linked, context.versionDate);
  const model: Model = { ...linked, findings, progress: deriveProgress(linked, asOf.date), progressAsOf: asOf };
  const renames = checkRenamedIds(linked, context.committedIds ?? []);
  const diagnostics = [
    ...loaded.diagnostics,
    // A reference to a renamed id is not a second mistake: putting the id back fixes both.
    ...linkDiagnostics.map((d) => {
      if (d.subject || d.reference === undefined || d.causedBy) return d;
      const rename = renames.renamed.get(d.reference);
      return rename ? consequenceOf(d, causeOf(rename)) : d;
    }),
    ...renames.diagnostics,
    ...checkValues(linked),
    ...checkTerritories(linked),
    ...checkDocuments(linked),
    ...checkFigureSources(linked),
    ...checkQuotes(linked),
    ...checkConsistency(linked, { dataDate: context.dataDate ?? null }),
    ...findingDiagnostics,
  ];
  return { model, diagnostics: withoutRepeats(diagnostics).sort(compareDiagnostics), invalidIds: loaded.invalidIds };
}

/**
 * A value that is already an error where it stands (a share of 150,54%, a count of 1.306) is one
 * mistake: that its quote then no longer states it follows from it, and would only add a second
 * message with a second fix.
 */
function withoutRepeats(diagnostics: Diagnostic[]): Diagnostic[] {
  const errorsAt = new Set<string>();
  for (const d of diagnostics) if (d.severity === 'error' && d.code !== 'quote-missing-figure') errorsAt.add(`${d.file}:${d.line}:${d.column}`);
  return diagnostics.filter((d) => d.code !== 'quote-missing-figure' || !errorsAt.has(`${d.file}:${d.line}:${d.column}`));
}
