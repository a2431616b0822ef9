import { buildModel } from '../core/buildModel.ts';
import type { WordedDiagnostic } from '../core/diagnostics.ts';
import type { Model } from '../core/model/types.ts';
import { formatDiagnostics } from '../present/diagnosticsReport.ts';
import { wordDiagnostics } from '../present/diagnosticText.ts';
import { join } from 'node:path';
import { fileDigest } from '../node/fileDigest.ts';
import { loadInWorkers } from '../node/loadInWorkers.ts';
import { openLoadCache } from '../node/loadCache.ts';
import { readCatalogueFiles } from '../node/catalogueFiles.ts';
import { readProjectFiles } from '../node/readProjectFiles.ts';
import { dataDateForChecks, readDataVersion } from '../node/dataVersion.ts';
import { dataGeneration } from '../node/dataGeneration.ts';

export interface SiteModel {
  model: Model;
  /** Warnings and notes stay with the model, in words: some are shown on the pages they concern. */
  diagnostics: WordedDiagnostic[];
  /** A hash of the text of every file the model was read from, by path: what pages' cache keys are made of (src/site/pageKeys.ts). */
  fileHashes: ReadonlyMap<string, string>;
}

let cached: { generation: number; model: Promise<SiteModel> } | undefined;

/** The folder whose content/ and plans/ the site is built from. */
export function dataRoot(): string {
  return process.env['MINHBACH_DATA'] ?? process.cwd();
}

/**
 * The one model every page is rendered from, read once per build: with thousands of communes,
 * reloading per page would make the build quadratic. Any error stops the build with the same
 * report `npm run validate` prints, so a broken file never reaches the public site.
 */
export function loadSiteModel(): Promise<SiteModel> {
  // Under `npm run dev` an edit to the data starts a new generation, and the next page reads it afresh.
  if (cached?.generation !== dataGeneration()) cached = { generation: dataGeneration(), model: readAndBuild(dataRoot()) };
  return cached.model;
}

export async function readAndBuild(root: string, siteRoot = process.cwd()): Promise<SiteModel> {
  const files = [...(await readProjectFiles(root)), ...readCatalogueFiles(siteRoot)];
  // This module is bundled by Astro, so the worker and the engine's sources are found in the
  // site's sources, not beside it. The cache was filled by the data check that `npm run build`
  // runs before Astro, so here every unchanged file is a hit.
  const preloaded = await loadInWorkers(files, { workerFile: join(siteRoot, 'src', 'node', 'loadFileWorker.ts'), cache: openLoadCache(siteRoot) });
  // Verdicts on deadlines are made at the data version's date, the same one every page is stamped with.
  const built = buildModel(files, preloaded, { versionDate: readDataVersion(root).date, dataDate: dataDateForChecks(root) });
  const { model } = built;
  const diagnostics = wordDiagnostics(built.diagnostics, model);
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    throw new Error(formatDiagnostics(diagnostics, { language: 'both', verbose: false }));
  }
  // The load cache has already hashed each file (src/node/fileDigest.ts): this costs nothing more.
  const fileHashes = new Map(files.map((file) => [file.path, fileDigest(file)]));
  return { model, diagnostics, fileHashes };
}
