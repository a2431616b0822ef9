import { readdir, readFile, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Writes the static search index of a built site into its pagefind/ folder. Pagefind splits the
 * index by each page's `lang`, which gives the Vietnamese and English sides their own search.
 * Any Pagefind error throws: a site whose search silently lost pages is worse than no build.
 *
 * It runs after Astro has exited (src/cli/buildSite.ts), never inside Astro's process: at
 * national scale Astro holds about 3 GB while rendering and Pagefind 2–3 GB while indexing, and
 * the two at once went past the 4 GB budget.
 */
export async function writeSearchIndex(siteRoot: string): Promise<number> {
  const outputPath = join(siteRoot, 'pagefind');
  const { index, errors: createErrors } = await pagefind.createIndex({ rootSelector: 'main' });
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  try {
    let pageCount = 0;
    for (const sourcePath of await htmlFiles(siteRoot)) {
      const content = separateBlocks(await readFile(join(siteRoot, sourcePath), 'utf8'));
      const { errors } = await index.addHTMLFile({ sourcePath: sourcePath.split(sep).join('/'), content });
      if (errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${errors.join('; ')}`);
      pageCount += 1;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await removeUnusedInterfaces(outputPath);
    return pageCount;
  } finally {
    await pagefind.close();
  }
}

async function htmlFiles(root: string): Promise<string[]> {
  const files = await readdir(root, { recursive: true });
  return files.filter((file) => file.endsWith('.html')).sort();
}

/**
 * Pagefind joins the text of neighbouring elements as written, and the built HTML has no space
 * between `</dt><dd>` or a value and its note, so search excerpts read "Mã đơn vị hành
 * chính03076". The site never splits a word across elements, so a space between an element's end
 * and the next element's start keeps words apart; the published pages are not changed.
 */
export function separateBlocks(html: string): string {
  return html.replace(/(<\/[a-z][a-z0-9]*>)(?=<[a-z])/g, '$1 ');
}

/**
 * Pagefind also writes its ready-made search interfaces (about 430 KB); our search page uses
 * only the API in pagefind.js, so the interfaces would be published and never loaded.
 */
async function removeUnusedInterfaces(outputPath: string): Promise<void> {
  for (const name of await readdir(outputPath)) {
    if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/.test(name)) await rm(join(outputPath, name));
  }
}
