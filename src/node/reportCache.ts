import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import type { WordedDiagnostic } from '../core/diagnostics.ts';
import type { SourceFile } from '../core/load/loadProject.ts';
import type { SiteSettingsInput } from '../core/schema/site.ts';
import type { CommittedIds } from '../core/validate/checkRenamedIds.ts';
import { readEntry, writeEntry } from './cacheEntry.ts';
import { fileDigest } from './fileDigest.ts';
import { cacheFolder, openEngineFolder } from './loadCache.ts';

/** How many records of each kind the data folder holds, as `npm run validate` reports them. */
export interface ModelCounts {
  documents: number;
  targets: number;
  observations: number;
  tasks: number;
  territories: number;
  groups: number;
  indicators: number;
  agencies: number;
}

/** Everything a check of a data folder tells its callers (src/cli/checkDataFolder.ts). */
export interface DataFolderReport {
  diagnostics: WordedDiagnostic[];
  counts: ModelCounts;
  /** The site's settings (content/site.yaml), which the build's pre-check passes on. */
  site: SiteSettingsInput | null;
}

/** What the checks read besides the files: the data date and the ids committed before (src/core/buildModel.ts). */
export interface CheckInputs {
  dataDate: string | null;
  committedIds: readonly CommittedIds[];
}

/**
 * The report of a whole data folder, kept on disk between runs: when not one file, not one line
 * of the engine, nor the data date or the committed ids have changed, `npm run validate` and the
 * build's pre-check print the report the last full check wrote, without loading, linking or
 * checking 600.000 figures again (at national scale, 6 of a warm run's 7 seconds).
 *
 * A report is found by a hash of every input: each file's path and text (or why it could not be
 * read), the check inputs, and the engine (every source file under src/, the locked library
 * versions, the Node version, whose ICU words numbers). Anything else is a miss, and a miss is a
 * full check, so a report is never stale. It lives beside the load cache
 * (node_modules/.cache/minhbach/reports), outside git.
 */
export interface ReportCache {
  keyOf(files: readonly SourceFile[], inputs: CheckInputs): string;
  read(key: string): DataFolderReport | undefined;
  /** Keeps `report` and returns it as a later read will give it, so both runs print the same bytes. */
  write(key: string, report: DataFolderReport): DataFolderReport;
}

/**
 * Reports kept: each edit of the data makes a new one. The newest few cover switching between
 * branches; older ones are removed when the cache is opened (and any unused for UNUSED_ENTRY_DAYS).
 */
export const KEPT_REPORTS = 16;

/** The report cache of the engine under `codeRoot` (folder as in cacheFolder), or null when turned off. */
export function openReportCache(codeRoot: string, folder = cacheFolder('reports', codeRoot)): ReportCache | null {
  if (folder === null) return null;
  const engine = engineVersion(codeRoot);
  const here = openEngineFolder(folder, engine);
  if (here === null) return null;
  try {
    removeAllButNewest(here, KEPT_REPORTS);
  } catch {
    return null;
  }
  return {
    keyOf: (files, inputs) => {
      const hash = createHash('sha256').update(engine).update('\0').update(JSON.stringify(inputs));
      for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        hash.update('\0').update(file.readError ? `${file.path}\0${file.readError}` : fileDigest(file));
      }
      return hash.digest('hex');
    },
    read: (key) => readEntry(join(here, key), isReport),
    write: (key, report) => {
      const payload = writeEntry(here, key, report);
      return payload ? (deserialize(payload) as DataFolderReport) : report;
    },
  };
}

function removeAllButNewest(folder: string, kept: number): void {
  const entries = readdirSync(folder)
    .map((name) => ({ name, used: statSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.used - a.used);
  for (const { name } of entries.slice(kept)) rmSync(join(folder, name), { force: true });
}

/** A hash of all that decides a report: the engine's sources and libraries, and Node. */
function engineVersion(codeRoot: string): string {
  const hash = createHash('sha256').update(process.version).update('\0');
  const sources = join(codeRoot, 'src');
  const names = readdirSync(sources, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const name of names) hash.update(name.slice(sources.length)).update('\0').update(readFileSync(name)).update('\0');
  // The versions locked, and those installed (npm's own record of node_modules).
  for (const lock of ['package-lock.json', join('node_modules', '.package-lock.json')]) {
    try {
      hash.update(readFileSync(join(codeRoot, lock))).update('\0');
    } catch {
      hash.update(`${lock} not found\0`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function isReport(value: unknown): value is DataFolderReport {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return Array.isArray(record['diagnostics']) && typeof record['counts'] === 'object' && record['counts'] !== null && 'site' in record;
}
