import { join } from 'node:path';
import { buildModel } from '../core/buildModel.ts';
import type { SourceFile } from '../core/load/loadProject.ts';
import type { Model } from '../core/model/types.ts';
import { readSiteFiles } from '../node/catalogueFiles.ts';
import { dataDateForChecks } from '../node/dataVersion.ts';
import { committedIdsOfChangedFiles } from '../node/gitHistory.ts';
import { openLoadCache } from '../node/loadCache.ts';
import { loadInWorkers } from '../node/loadInWorkers.ts';
import { openReportCache, type CheckInputs, type DataFolderReport, type ModelCounts } from '../node/reportCache.ts';
import { wordDiagnostics } from '../present/diagnosticText.ts';

/**
 * The data folder at `root` read, loaded through the validation cache, checked against its data
 * date and the ids committed before, and its diagnostics worded: what `npm run validate` reports
 * and what `npm run build` checks before Astro starts, the same way.
 *
 * When nothing it reads has changed since a run that kept its report (src/node/reportCache.ts),
 * that report is the answer; otherwise every file is checked again, those unchanged loaded from
 * the load cache: a change to one file can make a figure in any other wrong (a renamed id, a
 * conflicting source), so a partial check would not be a check.
 */
export async function checkDataFolder(root: string): Promise<DataFolderReport & { files: SourceFile[] }> {
  const codeRoot = join(import.meta.dirname, '..', '..');
  const files = await readSiteFiles(root);
  const inputs: CheckInputs = { dataDate: dataDateForChecks(root), committedIds: committedIdsOfChangedFiles(root) };
  const loadCache = openLoadCache(codeRoot);
  const reports = openReportCache(codeRoot);
  const key = reports?.keyOf(files, inputs);
  const known = key === undefined ? undefined : reports!.read(key);
  if (known) {
    // The files' loaded records are not read, but are still in use: pruning must keep them.
    if (loadCache) for (const file of files) loadCache.keep(loadCache.keyOf(file));
    return { files, ...known };
  }
  const loaded = await loadInWorkers(files, { cache: loadCache });
  const { model, diagnostics } = buildModel(files, loaded, inputs);
  const report: DataFolderReport = { diagnostics: wordDiagnostics(diagnostics, model), counts: countsOf(model), site: settingsOf(model) };
  return { files, ...(key === undefined ? report : reports!.write(key, report)) };
}

function countsOf(model: Model): ModelCounts {
  return {
    documents: model.documents.length,
    targets: model.targets.length,
    observations: model.observations.length,
    tasks: model.tasks.length,
    territories: model.territories.length,
    groups: model.groups.length,
    indicators: model.indicators.length,
    agencies: model.agencies.length,
  };
}

/** The settings without their origin, whose positions are found through the parsed file. */
function settingsOf(model: Model): DataFolderReport['site'] {
  if (!model.site) return null;
  const { origin: _origin, ...settings } = model.site;
  return settings;
}
