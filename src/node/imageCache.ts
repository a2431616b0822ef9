import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Images drawn in an earlier build, kept by a hash of what they were drawn from and of the
 * drawing libraries' versions: a card or chart whose figures did not change is read back instead
 * of drawn again (80–120 ms each), and is the same bytes, since drawing is deterministic.
 */
const FOLDER = join(process.cwd(), 'node_modules', '.cache', 'minhbach-images');
let versions: string | undefined;

function libraryVersions(): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return ['satori', '@resvg/resvg-js', '@expo-google-fonts/be-vietnam-pro', 'write-excel-file'].map((name) => `${name}@${version(name)}`).join(' ');
}

/**
 * MINHBACH_IMAGE_CACHE=off draws every image (the benchmarks measure drawing). `extension` names
 * the kind of file: the spreadsheets are kept here the same way, by a hash of their rows.
 */
export async function cachedImage(kind: string, source: string, draw: () => Promise<Uint8Array> | Uint8Array, extension = 'png'): Promise<Uint8Array<ArrayBuffer>> {
  if (process.env['MINHBACH_IMAGE_CACHE'] === 'off') return new Uint8Array(await draw());
  versions ??= libraryVersions();
  const file = join(FOLDER, `${kind}-${createHash('sha256').update(versions).update('\0').update(source).digest('hex').slice(0, 40)}.${extension}`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    const image = new Uint8Array(await draw());
    try {
      mkdirSync(FOLDER, { recursive: true });
      // Written aside and renamed, so that a build stopped mid-write leaves no half image behind.
      writeFileSync(`${file}.${process.pid}`, image);
      renameSync(`${file}.${process.pid}`, file);
    } catch {
      // A read-only cache folder only costs time.
    }
    return image;
  }
}
