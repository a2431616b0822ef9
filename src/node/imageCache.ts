import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cacheFolder, removeUnusedEntries } from './loadCache.ts';
import { PALETTE_PNG_ENCODER } from './palettePng.ts';

/**
 * Images drawn in an earlier build, kept by a hash of what they were drawn from and of the
 * drawing libraries' versions: a card or chart whose figures did not change is read back instead
 * of drawn again (80–120 ms each), and is the same bytes, since drawing is deterministic.
 */
let folder: string | null | undefined;
let versions: string | undefined;

/**
 * `images/` beside the validation cache (node_modules/.cache/minhbach, or MINHBACH_CACHE_DIR), so
 * the publish workflow's one cache step restores both: drawing every card and chart again took
 * about four minutes at 1.000 communes. Opened once per build; entries no build has read for
 * UNUSED_ENTRY_DAYS are removed then, so the saved cache does not grow with every changed figure.
 */
function openFolder(): string | null {
  const opened = cacheFolder('images', process.cwd());
  if (opened === null) return null;
  try {
    mkdirSync(opened, { recursive: true });
    removeUnusedEntries(opened);
  } catch {
    // A read-only or missing cache folder only costs time.
  }
  return opened;
}

/** A read image is marked as used, so the pruning above keeps it. */
function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Read-only: the entry may be pruned a build early, which only costs time.
  }
}

function libraryVersions(): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return ['satori', '@resvg/resvg-js', '@expo-google-fonts/be-vietnam-pro', 'write-excel-file'].map((name) => `${name}@${version(name)}`).concat(PALETTE_PNG_ENCODER).join(' ');
}

/**
 * MINHBACH_IMAGE_CACHE=off draws every image (the benchmarks measure drawing). `extension` names
 * the kind of file: the spreadsheets are kept here the same way, by a hash of their rows.
 */
export async function cachedImage(kind: string, source: string, draw: () => Promise<Uint8Array> | Uint8Array, extension = 'png'): Promise<Uint8Array<ArrayBuffer>> {
  if (folder === undefined) folder = openFolder();
  if (process.env['MINHBACH_IMAGE_CACHE'] === 'off' || folder === null) return new Uint8Array(await draw());
  versions ??= libraryVersions();
  const file = join(folder, `${kind}-${createHash('sha256').update(versions).update('\0').update(source).digest('hex').slice(0, 40)}.${extension}`);
  try {
    const cached = new Uint8Array(readFileSync(file));
    markUsed(file);
    return cached;
  } catch {
    const image = new Uint8Array(await draw());
    try {
      // Written aside and renamed, so that a build stopped mid-write leaves no half image behind.
      writeFileSync(`${file}.${process.pid}`, image);
      renameSync(`${file}.${process.pid}`, file);
    } catch {
      // A read-only cache folder only costs time.
    }
    return image;
  }
}
