import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
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
    // The pages already keep neighbouring fields apart (src/site/search/separateFields.ts), so
    // Pagefind reads the folder itself, on every core: at 1.000 communes 15 s where handing it
    // one rewritten page at a time took 42 s.
    // Every page is a folder's index.html (build.format 'directory'); the only other pages,
    // 404.html, answer addresses that do not exist and have nothing to be found by.
    const { errors, page_count: pageCount } = await index.addDirectory({ path: siteRoot, glob: '**/index.html' });
    if (errors.length > 0) throw new Error(`Pagefind could not index ${siteRoot}: ${errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await removeUnusedInterfaces(outputPath);
    return pageCount;
  } finally {
    await pagefind.close();
  }
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
