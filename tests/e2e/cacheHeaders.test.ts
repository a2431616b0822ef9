import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFor, readHeadersFile } from '../support/headersFile.ts';
import { DIST } from '../support/siteUnderTest.ts';

/** Every file of the build, as the address a host serves it at. */
function builtFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(DIST, join(entry.parentPath, entry.name)).split('\\').join('/')}`);
}

const rules = readHeadersFile(join(DIST, '_headers'));
const keptForGood = builtFiles(DIST).filter((path) =>
  headersFor(rules, path).some(([name, value]) => name.toLowerCase() === 'cache-control' && /\bimmutable\b/.test(value)),
);

describe('files a browser may keep for good are named by their content (dist/_headers)', () => {
  test('the shared stylesheet and the scripts are among them', () => {
    expect(keptForGood.filter((path) => path.startsWith('/css/')).length).toBeGreaterThan(0);
    expect(keptForGood.filter((path) => path.endsWith('.js')).length).toBeGreaterThan(0);
  });

  test('no page, feed, download or search index is kept for good: each changes under the same name', () => {
    expect(keptForGood.filter((path) => !/\.(css|js)$/.test(path))).toEqual([]);
  });

  test("a stylesheet's name is the SHA-256 of its bytes, so a changed stylesheet is a new file", () => {
    for (const path of keptForGood.filter((file) => file.startsWith('/css/'))) {
      const digest = createHash('sha256').update(readFileSync(join(DIST, path))).digest('hex');
      expect(path).toBe(`/css/site.${digest.slice(0, 10)}.css`);
    }
  });

  test("a script's name carries the bundler's content hash", () => {
    for (const path of keptForGood.filter((file) => file.endsWith('.js'))) expect(path).toMatch(/^\/_astro\/[^/]+\.[\w-]{8}\.js$/);
  });
});
