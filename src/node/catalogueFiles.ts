import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE_FOLDER, type SourceFile } from '../core/load/loadProject.ts';
import { decodeFile, readProjectFiles } from './readProjectFiles.ts';

/**
 * The engine's folder: the one holding src/catalogue/. Found from this module's own place, so the
 * catalogue is the engine's whatever the data folder; a bundled copy of this module (the Astro
 * build) lives elsewhere, and then the working directory, where npm runs every script, is it.
 */
export function engineRoot(): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return existsSync(join(beside, CATALOGUE_FOLDER)) ? beside : process.cwd();
}

/**
 * The standard catalogue's files (indicators as YAML, page templates as Markdown), named by their
 * path in the engine. A few
 * small files, read synchronously so that rebuilding an old release can add them too.
 */
export function readCatalogueFiles(root = engineRoot()): SourceFile[] {
  const base = join(root, CATALOGUE_FOLDER);
  let names: string[];
  try {
    names = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(?:ya?ml|md)$/i.test(name) && !/(?:^|\/)readme\.md$/i.test(name)).sort();
  } catch {
    return [];
  }
  return names.map((name) => decodeFile(relative(root, join(base, name)).split(sep).join('/'), readFileSync(join(base, name))));
}

/**
 * Everything a site is built from: its data folder's files and the engine's standard catalogue.
 * The catalogue is the engine's current one for every version of the data, old releases included.
 */
export async function readSiteFiles(dataRoot: string, root = engineRoot()): Promise<SourceFile[]> {
  return [...(await readProjectFiles(dataRoot)), ...readCatalogueFiles(root)];
}
