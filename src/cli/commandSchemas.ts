import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { renderJsonSchemas } from '../core/schema/jsonSchemas.ts';

export const SCHEMA_FOLDER = 'public/schema';

/** Writes the editor schemas, or with --check only reports whether the committed ones are stale. */
export async function commandSchemas(root: string, checkOnly: boolean): Promise<number> {
  const folder = join(root, SCHEMA_FOLDER);
  await mkdir(folder, { recursive: true });
  let stale = 0;
  for (const [name, text] of Object.entries(renderJsonSchemas())) {
    const path = join(folder, name);
    const shown = relative(process.cwd(), path);
    const current = await readFile(path, 'utf8').catch(() => '');
    if (current === text) continue;
    stale += 1;
    if (checkOnly) process.stdout.write(`${shown} is out of date: run npm run schemas\n`);
    else {
      await writeFile(path, text);
      process.stdout.write(`wrote ${shown}\n`);
    }
  }
  return checkOnly && stale > 0 ? 1 : 0;
}
