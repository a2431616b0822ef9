import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isPackedLoadedFile, unpackColumns, type PackedLoadedFile, type SourceFile } from '../core/load/loadProject.ts';
import { keepEntry, readEntry, writeEntry, writePayload } from './cacheEntry.ts';
import { fileDigest } from './fileDigest.ts';

/**
 * Each data file's loaded records and diagnostics, kept on disk between runs, so a file that has
 * not changed is not parsed and checked again: at national scale reading the YAML is most of
 * validation, and a staff member's pull request changes one file of hundreds.
 *
 * An entry is found by a hash of the file's path and text under a hash of the engine: the
 * sources of src/core (parsers, schemas, messages) and the versions of the libraries that parse
 * and check, so any change to the code that loads a file makes every entry a miss. The cache
 * lives outside git (node_modules/.cache/minhbach), and an entry that cannot be trusted (cut
 * short, edited, from another Node) is ignored and written again: at worst the file is read.
 */
export interface LoadCache {
  /** The folder of this engine's entries. */
  readonly folder: string;
  keyOf(file: SourceFile): string;
  read(key: string): PackedLoadedFile | undefined;
  write(key: string, loaded: PackedLoadedFile): void;
  /** Keeps a file already serialized (v8.serialize) for sending to another thread. */
  writeSerialized(key: string, payload: Uint8Array): void;
  /** Marks an entry as used without reading it (a run answered from src/node/reportCache.ts still needs it). */
  keep(key: string): void;
}

/**
 * The folder of the build's caches (`load/` here, `reports/` in src/node/reportCache.ts, `images/`
 * in src/node/imageCache.ts, `pages/` for Astro's, astro.config.mjs, `sizes/` in
 * src/node/keptSizes.ts), or `off` for none: what the bench and tests set to use caches of their
 * own. Default: node_modules/.cache/minhbach, which the publish workflow restores and saves whole.
 */
export const CACHE_FOLDER_VARIABLE = 'MINHBACH_CACHE_DIR';

/** Where the caches of kind `kind` live for the engine under `codeRoot`, or null when turned off. */
export function cacheFolder(kind: 'load' | 'reports' | 'images' | 'pages' | 'sizes', codeRoot: string): string | null {
  const root = process.env[CACHE_FOLDER_VARIABLE];
  if (root === 'off') return null;
  return join(root || join(codeRoot, 'node_modules', '.cache', 'minhbach'), kind);
}

/**
 * An entry not read or written for this long is removed when the cache is opened: each edit of a
 * large figures file adds an entry of a few megabytes, and a CI cache saved after every commit
 * would otherwise grow until the host evicts it whole.
 */
export const UNUSED_ENTRY_DAYS = 14;

/** Libraries whose output is part of what a file loads into (js-yaml reads, yaml finds positions, zod checks). */
const ENGINE_LIBRARIES = ['js-yaml', 'yaml', 'zod'];

/**
 * The cache for the engine whose sources are under `codeRoot`, in `folder` (default: `load/` in
 * the folder the variable above names, or in node_modules/.cache/minhbach under `codeRoot`), or
 * null when the variable says `off`. Entries of other engine versions are removed: they can never hit again.
 */
export function openLoadCache(codeRoot: string, folder = cacheFolder('load', codeRoot)): LoadCache | null {
  if (folder === null) return null;
  const engine = engineVersion(codeRoot);
  const here = openEngineFolder(folder, engine);
  if (here === null) return null;
  return loadCacheIn(here, engine);
}

/**
 * The folder of one engine version inside a cache: made if missing, with the folders of other
 * versions removed (their entries can never hit again) and its entries unused for
 * UNUSED_ENTRY_DAYS pruned. Null when the cache folder cannot be written: the caller runs without it.
 */
export function openEngineFolder(folder: string, engine: string): string | null {
  const here = join(folder, engine);
  try {
    mkdirSync(here, { recursive: true });
    for (const other of readdirSync(folder)) if (other !== engine) rmSync(join(folder, other), { recursive: true, force: true });
    removeUnusedEntries(here);
    return here;
  } catch {
    return null;
  }
}

/** Removes the entries of `folder` not read or written for UNUSED_ENTRY_DAYS (their modification time). */
export function removeUnusedEntries(folder: string): void {
  const unusedSince = Date.now() - UNUSED_ENTRY_DAYS * 24 * 3600 * 1000;
  for (const name of readdirSync(folder)) {
    const entry = join(folder, name);
    if ((statSync(entry, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < unusedSince) rmSync(entry, { force: true });
  }
}

/** The cache in a folder already opened (a worker thread gets the folder from the main thread). */
export function loadCacheIn(folder: string, engine = folder.split(/[\\/]/).at(-1)!): LoadCache {
  return {
    folder,
    keyOf: (file) => createHash('sha256').update(engine).update('\0').update(fileDigest(file)).digest('hex'),
    read: (key) => {
      const loaded = readEntry(join(folder, key), isPackedLoadedFile);
      return loaded && unpackColumns(loaded) ? loaded : undefined;
    },
    write: (key, loaded) => void writeEntry(folder, key, loaded),
    writeSerialized: (key, payload) => writePayload(folder, key, payload),
    keep: (key) => keepEntry(join(folder, key)),
  };
}

/** A hash of everything that decides what a file loads into. */
function engineVersion(codeRoot: string): string {
  const hash = createHash('sha256').update(process.versions.v8);
  const core = join(codeRoot, 'src', 'core');
  const sources = readdirSync(core, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const source of sources) hash.update(source.slice(core.length)).update('\0').update(readFileSync(source)).update('\0');
  for (const library of ENGINE_LIBRARIES) {
    try {
      hash.update(library).update(readFileSync(join(codeRoot, 'node_modules', library, 'package.json')));
    } catch {
      hash.update(`${library} not found`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}
