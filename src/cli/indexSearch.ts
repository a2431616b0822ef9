#!/usr/bin/env node
import { writeSearchIndex } from '../node/searchIndex.ts';

/**
 * `node src/cli/indexSearch.ts <built site folder>`: the search step of `npm run build`, in a
 * process of its own. Top-level await is deliberate: if Pagefind's own process dies and its
 * promise never settles, Node exits with code 13 instead of 0, so the build fails rather than
 * publishing a site without search.
 */
const siteRoot = process.argv[2];
if (!siteRoot) {
  process.stderr.write('usage: node src/cli/indexSearch.ts <built site folder>\n');
  process.exit(2);
}
try {
  const pages = await writeSearchIndex(siteRoot);
  process.stdout.write(`Chỉ mục tìm kiếm / search index: ${pages} pages\n`);
} catch (error) {
  process.stderr.write(`minhbach search index: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
