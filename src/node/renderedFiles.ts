import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Files the build renders before it writes them (a download, rendered to print its size on the
 * pages that link to it, long before its own route writes it), kept on disk in between instead of
 * rendered twice or held in memory: at 1.000 communes the downloads are 54 MB of CSV, and their
 * second rendering cost about 5 s of the page build. The folder is removed when the process ends.
 */
let folder: string | undefined;
const kept = new Map<string, string>();
/** Never reused: a name taken from the count of kept files would overwrite one still kept after another was taken. */
let written = 0;

function keptFolder(): string {
  if (folder === undefined) {
    folder = mkdtempSync(join(tmpdir(), 'minhbach-rendered-'));
    const made = folder;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return folder;
}

/** Keeps a rendered file until takeRendered asks for it; returns its size in bytes. */
export function keepRendered(name: string, content: string | Uint8Array): number {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const file = join(keptFolder(), String((written += 1)));
  writeFileSync(file, bytes);
  kept.set(name, file);
  return bytes.byteLength;
}

/** The bytes kept under this name, once: the file is removed as it is read. */
export function takeRendered(name: string): Uint8Array<ArrayBuffer> | undefined {
  const file = kept.get(name);
  if (file === undefined) return undefined;
  kept.delete(name);
  const bytes = readFileSync(file);
  unlinkSync(file);
  return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
}
