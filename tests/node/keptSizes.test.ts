import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { codeDigest, openSizeCache } from '../../src/node/keptSizes.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'minhbach-sizes-'));

test('a size kept under a file, its cache key and the code comes back only for all three', () => {
  const sizes = folder();
  const cache = openSizeCache(sizes, 'code-1')!;
  cache.write('chi-so/a/tinh-1.csv', 'key-1', 12_345);
  expect(openSizeCache(sizes, 'code-1')!.read('chi-so/a/tinh-1.csv', 'key-1')).toBe(12_345);
  // Another key (the province's data changed), another file, or other code: not known.
  expect(openSizeCache(sizes, 'code-1')!.read('chi-so/a/tinh-1.csv', 'key-2')).toBeUndefined();
  expect(openSizeCache(sizes, 'code-1')!.read('chi-so/a/tinh-2.csv', 'key-1')).toBeUndefined();
  expect(openSizeCache(sizes, 'code-2')!.read('chi-so/a/tinh-1.csv', 'key-1')).toBeUndefined();
});

test('without a cache folder or a code digest nothing is kept', () => {
  expect(openSizeCache(null, 'code-1')).toBeNull();
  expect(openSizeCache(folder(), null)).toBeNull();
});

test('the code digest changes with any source file, the config or the lockfile, and exists only in a build', () => {
  const root = folder();
  mkdirSync(join(root, 'src', 'core', 'export'), { recursive: true });
  mkdirSync(join(root, '.astro', '.prerender', 'chunks'), { recursive: true });
  writeFileSync(join(root, 'package-lock.json'), '{}');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
  writeFileSync(join(root, 'src', 'core', 'export', 'csv.ts'), 'export const separator = ",";');
  writeFileSync(join(root, 'src', 'middleware.ts'), 'export {};');
  // The caller's module, once Astro has bundled it for the build.
  const bundled = pathToFileURL(join(root, '.astro', '.prerender', 'chunks', 'downloads_x1.mjs')).href;
  const digests = [codeDigest(bundled, root)];
  expect(digests[0]).toMatch(/^[0-9a-f]{64}$/);
  expect(codeDigest(bundled, root)).toBe(digests[0]);
  // The CSV writer, another module, the config, the lockfile: each is code a size depends on.
  writeFileSync(join(root, 'src', 'core', 'export', 'csv.ts'), 'export const separator = ";";');
  digests.push(codeDigest(bundled, root));
  writeFileSync(join(root, 'src', 'middleware.ts'), 'export const x = 1;');
  digests.push(codeDigest(bundled, root));
  writeFileSync(join(root, 'astro.config.mjs'), 'export default { base: "/x/" };');
  digests.push(codeDigest(bundled, root));
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  digests.push(codeDigest(bundled, root));
  expect(new Set(digests).size).toBe(5);
  // Run from the sources (the dev server, tests): no digest, so no size is kept.
  expect(codeDigest(pathToFileURL(join(root, 'src', 'site', 'downloads.ts')).href, root)).toBeNull();
});
