import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
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
    let entries: Dirent[];
    try {
      // Everything but folders: a linked file is data like any other, and a link or a pipe that
      // cannot be read must be reported, not skipped (which would drop figures without a word).
      entries = (await readdir(base, { recursive: true, withFileTypes: true })).filter((entry) => !entry.isDirectory());
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(entry.parentPath, entry.name);
      files.push(await readDataFile(path, relative(root, path).split(sep).join('/')));
    }
  }
  return files;
}

async function readDataFile(path: string, projectPath: string): Promise<SourceFile> {
  try {
    const target = await stat(path);
    // Linked folders are not followed: a link back up the tree would never end.
    if (target.isDirectory()) return { path: projectPath, text: '', readError: 'linked-folder' };
    // Reading a pipe would wait forever for a writer.
    if (!target.isFile()) return { path: projectPath, text: '', readError: 'not-a-file' };
    return decodeFile(projectPath, await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { path: projectPath, text: '', readError: code === 'ENOENT' ? 'broken-link' : code === 'EACCES' || code === 'EPERM' ? 'no-permission' : 'io-error' };
  }
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
