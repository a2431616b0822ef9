import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/**
 * Every module a source file imports, as the TypeScript parser reads its import, export-from,
 * import-type and dynamic import() statements: relative ones resolved to a path under the
 * repository, bare ones (astro, zod, node:fs) as written.
 */
export function importsOf(file: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map(({ fileName }) => (fileName.startsWith('.') ? relative(ROOT, resolve(dirname(file), fileName)) : fileName));
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** "src/core/x.ts imports src/present/y.ts" for each import that breaks the rule. */
function violations(folder: string, forbidden: (imported: string) => boolean): string[] {
  return sourceFiles(join(SRC, folder)).flatMap((file) =>
    importsOf(file, readFileSync(file, 'utf8'))
      .filter(forbidden)
      .map((imported) => `${relative(ROOT, file)} imports ${imported}`),
  );
}

const under = (...folders: string[]) => (imported: string) => folders.some((folder) => imported === folder || imported.startsWith(`${folder}/`));
const astro = (imported: string) => imported === 'astro' || imported.startsWith('astro:') || imported.startsWith('astro/') || imported.startsWith('@astrojs/');

describe('layers import one way: pages → site → node → core, and the presentation layer only from the core', () => {
  it('reads every kind of import statement', () => {
    const file = join(SRC, 'core', 'example.ts');
    const text = `import { a } from '../present/phrases.ts';
import type { B } from '../site/routes.ts';
export { c } from '../cli/main.ts';
import '../components/x.astro';
const d = await import('astro:content');
import { e } from './model/types.ts';`;
    expect(importsOf(file, text)).toEqual(['src/present/phrases.ts', 'src/site/routes.ts', 'src/cli/main.ts', 'src/components/x.astro', 'astro:content', 'src/core/model/types.ts']);
  });

  it('the core imports nothing from the presentation layer, the site, the components, the CLI or Astro', () => {
    expect(sourceFiles(join(SRC, 'core')).length).toBeGreaterThan(50);
    expect(violations('core', (imported) => under('src/present', 'src/site', 'src/components', 'src/cli', 'src/node', 'src/pages', 'src/layouts')(imported) || astro(imported))).toEqual([]);
  });

  it('the presentation layer imports only the core', () => {
    expect(violations('present', (imported) => under('src/site', 'src/components', 'src/cli', 'src/node', 'src/pages', 'src/layouts')(imported) || astro(imported))).toEqual([]);
  });

  // src/node/shareImage.ts still draws share cards with src/site/share/: not yet checked here.
  it('node code imports neither the pages, the components nor the CLI', () => {
    expect(violations('node', (imported) => under('src/components', 'src/cli', 'src/pages', 'src/layouts')(imported))).toEqual([]);
  });

  it('nothing in the site imports the CLI', () => {
    for (const folder of ['site', 'components', 'pages', 'layouts']) expect(violations(folder, under('src/cli'))).toEqual([]);
  });
});
