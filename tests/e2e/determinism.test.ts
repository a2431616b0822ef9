import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { DIST, ROOT } from '../support/siteUnderTest.ts';

/**
 * Two builds of the same commit give byte-identical sites: every date comes from git, never from
 * the clock, and nothing depends on the order files were read. The second build goes next to
 * dist/, which the earlier build step wrote from the same working tree.
 */
const AGAIN = join(ROOT, '.tmp', 'dist-again');

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

beforeAll(() => {
  rmSync(AGAIN, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // Vitest's own Vite variables would be read by Astro as the site's.
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  // The same command as `npm run build`, into another folder.
  execFileSync(process.execPath, [join(ROOT, 'src/cli/buildSite.ts'), '--outDir', AGAIN], { cwd: ROOT, env, stdio: 'ignore' });
}, 600_000);

test('a second build of the same commit writes the same files, byte for byte', () => {
  const first = files(DIST);
  expect(files(AGAIN)).toEqual(first);
  const different = first.filter((file) => !readFileSync(join(DIST, file)).equals(readFileSync(join(AGAIN, file))));
  expect(different).toEqual([]);
  expect(first.length).toBeGreaterThan(300);
});
