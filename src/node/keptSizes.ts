import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEntry, writeEntry } from './cacheEntry.ts';
import { cacheFolder, removeUnusedEntries } from './loadCache.ts';

/**
 * The sizes of files the incremental build copies from the last build (a province's CSV of an
 * indicator, which carries its pages' cache key), kept beside their keys in the build cache.
 *
 * The data page prints every download's size, and it is rendered at every build; before, it
 * rendered each of L's 1.020 province files only to measure it, although the file itself was
 * then copied. A size is found by the file's name, its cache key (what it is made from) and a
 * hash of the code that renders it (`codeDigest`): a changed CSV writer, or a changed site
 * address, makes every kept size a miss, so a page never prints the size of a file written
 * under other code. Without a code digest (the dev server, tests) nothing is kept.
 */
export interface SizeCache {
  read(file: string, cacheKey: string): number | undefined;
  write(file: string, cacheKey: string, size: number): void;
}

const isSize = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The sizes kept in `folder` for code of this digest; null when the folder cannot be made. */
export function openSizeCache(folder: string | null, codeDigest: string | null): SizeCache | null {
  if (folder === null || codeDigest === null) return null;
  try {
    mkdirSync(folder, { recursive: true });
    removeUnusedEntries(folder);
  } catch {
    return null;
  }
  const keyOf = (file: string, cacheKey: string) => createHash('sha256').update(`${codeDigest}\0${file}\0${cacheKey}`).digest('hex');
  return {
    read: (file, cacheKey) => readEntry(join(folder, keyOf(file, cacheKey)), isSize),
    write: (file, cacheKey, size) => void writeEntry(folder, keyOf(file, cacheKey), size),
  };
}

/**
 * A hash of the code a build renders with: every file under src/ (what Astro bundles the pages
 * and routes from), the Astro config, the lockfile (the libraries, Astro among them) and Node's
 * version. Null unless `moduleUrl`, the caller's own module, runs from the bundle Astro builds
 * pages with (a folder `.prerender`): the dev server and tests run the sources, which may change
 * under a running process. The bundle itself is not hashed: it carries a key Astro draws at
 * random for each build, and would match no earlier build.
 */
export function codeDigest(moduleUrl: string, codeRoot = process.cwd()): string | null {
  if (!moduleUrl.startsWith('file:') || !fileURLToPath(moduleUrl).includes(`${sep}.prerender${sep}`)) return null;
  const hash = createHash('sha256').update(process.version);
  try {
    const sources = readdirSync(join(codeRoot, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    for (const file of [...sources.sort(), join(codeRoot, 'astro.config.mjs'), join(codeRoot, 'package-lock.json')]) {
      hash.update('\0').update(file.slice(codeRoot.length)).update('\0').update(readFileSync(file));
    }
  } catch {
    return null;
  }
  return hash.digest('hex');
}

/** The build's size cache: `sizes/` beside the other caches (src/node/loadCache.ts), which the publish workflow saves whole. */
export function buildSizeCache(moduleUrl: string, siteAddress: string): SizeCache | null {
  const code = codeDigest(moduleUrl);
  return openSizeCache(cacheFolder('sizes', process.cwd()), code === null ? null : createHash('sha256').update(`${code}\0${siteAddress}`).digest('hex'));
}
