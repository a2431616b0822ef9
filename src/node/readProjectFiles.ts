import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../core/load/loadProject.ts';

/** The folders the core reads; everything else in the repository is code or output. */
export const DATA_FOLDERS = ['content', 'plans'] as const;

/**
 * Reads the data folders under `root` into memory. The only file-system code the core needs;
 * kept apart so that the core stays pure and tests can pass files directly.
 */
export async function readProjectFiles(root: string): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const folder of DATA_FOLDERS) {
    const base = join(root, folder);
    let entries: string[];
    try {
      entries = (await readdir(base, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name));
    } catch {
      continue;
    }
    for (const path of entries) {
      files.push(decodeFile(relative(root, path).split(sep).join('/'), await readFile(path)));
    }
  }
  return files;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Data files must be UTF-8; anything else is decoded loosely and flagged, never silently mangled. */
export function decodeFile(path: string, bytes: Uint8Array): SourceFile {
  try {
    return { path, text: strictUtf8.decode(bytes) };
  } catch {
    return { path, text: new TextDecoder('utf-8').decode(bytes), notUtf8: true };
  }
}
