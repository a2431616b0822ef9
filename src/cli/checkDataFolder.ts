import { join } from 'node:path';
import { buildModel } from '../core/buildModel.ts';
import type { SourceFile } from '../core/load/loadProject.ts';
import type { WordedDiagnostic } from '../core/diagnostics.ts';
import type { Model } from '../core/model/types.ts';
import { readSiteFiles } from '../node/catalogueFiles.ts';
import { dataDateForChecks } from '../node/dataVersion.ts';
import { committedIdsOfChangedFiles } from '../node/gitHistory.ts';
import { openLoadCache } from '../node/loadCache.ts';
import { loadInWorkers } from '../node/loadInWorkers.ts';
import { wordDiagnostics } from '../present/diagnosticText.ts';

/**
 * The data folder at `root` read, loaded through the validation cache, checked against its data
 * date and the ids committed before, and its diagnostics worded: what `npm run validate` reports
 * and what `npm run build` checks before Astro starts, the same way.
 */
export async function checkDataFolder(root: string): Promise<{ files: SourceFile[]; model: Model; diagnostics: WordedDiagnostic[] }> {
  const files = await readSiteFiles(root);
  const loaded = await loadInWorkers(files, { cache: openLoadCache(join(import.meta.dirname, '..', '..')) });
  const { model, diagnostics } = buildModel(files, loaded, { dataDate: dataDateForChecks(root), committedIds: committedIdsOfChangedFiles(root) });
  return { files, model, diagnostics: wordDiagnostics(diagnostics, model) };
}
