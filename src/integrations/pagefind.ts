import type { AstroIntegration } from 'astro';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the static search index after Astro has written the pages, so `npm run build` alone
 * makes a searchable site. Pagefind splits the index by each page's `lang`, which gives the
 * Vietnamese and English sides their own search. Any Pagefind error fails the build: a site
 * whose search silently lost pages is worse than no build.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'minhbach:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        const { index, errors: createErrors } = await pagefind.createIndex({ rootSelector: 'main' });
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        try {
          const { page_count: pageCount, errors } = await index.addDirectory({ path: fileURLToPath(dir) });
          if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await removeUnusedInterfaces(outputPath);
          logger.info(`Search index: ${pageCount} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
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
