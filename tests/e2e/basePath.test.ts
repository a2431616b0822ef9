import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { ROOT } from '../support/siteUnderTest.ts';

/**
 * GitHub Pages serves a project's site under /<repository>/. Built with that base path, every
 * link, stylesheet, script and prose link must point inside it, or the published site breaks
 * where the local one works.
 */
const BASE = '/minhbach/';
const OUT = join(ROOT, '.tmp/dist-base-path');

/** The build's environment without what Vitest puts there for its own Vite (BASE_URL=/, MODE, …), which Astro would read as ours. */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, MINHBACH_BASE_PATH: BASE, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  return env;
}

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  execFileSync('npx', ['astro', 'build', '--outDir', OUT], {
    cwd: ROOT,
    stdio: 'pipe',
    env: buildEnvironment(),
  });
}, 300_000);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).map((path) => join(dir, path));
}

function existsInOutput(path: string): boolean {
  const file = join(OUT, decodeURIComponent(path.slice(BASE.length)));
  return existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html')));
}

test('built under a base path, every root-relative link, script and stylesheet stays inside it and exists', () => {
  const pages = htmlFiles(OUT);
  expect(pages.length).toBeGreaterThan(100);
  const outside: string[] = [];
  const missing: string[] = [];
  for (const page of pages) {
    for (const match of readFileSync(page, 'utf8').matchAll(/\s(?:href|src|action)="(\/[^"/][^"]*|\/)"/g)) {
      const path = match[1]!.replace(/[?#].*$/, '');
      if (!path.startsWith(BASE)) outside.push(`${page.slice(OUT.length)} → ${match[1]}`);
      else if (!existsInOutput(path)) missing.push(`${page.slice(OUT.length)} → ${match[1]}`);
    }
  }
  expect(outside).toEqual([]);
  expect(missing).toEqual([]);
});

test('prose pages written with root-relative links follow the base path', () => {
  const about = readFileSync(join(OUT, 'gioi-thieu/index.html'), 'utf8');
  expect(about).toContain(`href="${BASE}phuong-phap/"`);
});
