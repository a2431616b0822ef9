import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stageOutput } from '../../src/node/stagedOutput.ts';
import { BASE_FILES } from '../core/projectFixture.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILD = join(ROOT, 'src/cli/buildSite.ts');

function writeTree(root: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A site that was deployed before: the thing a failed build must not touch. */
function previousSite(parent: string): string {
  return writeTree(join(parent, 'dist'), { 'index.html': '<p>the site as published yesterday</p>', 'chi-so/index.html': '<p>old</p>' });
}

function tree(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name).slice(folder.length + 1), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

/**
 * A one-page Astro site whose build fails after writing its pages, the way a search-index or
 * download step can fail at the very end, when a half-written site is already on disk.
 */
function tinySite(failAtTheEnd: boolean, lastStep = ''): string {
  const site = mkdtempSync(join(tmpdir(), 'minhbach-build-'));
  symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'));
  return writeTree(site, {
    'package.json': '{ "type": "module" }\n',
    'src/pages/index.astro': '<html lang="vi"><head><title>Mới</title></head><body><p>the new site</p></body></html>\n',
    'astro.config.mjs': `import { writeFileSync } from 'node:fs';
export default {
  integrations: [{
    name: 'last-step',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('half-written.txt', dir), 'x');
        ${failAtTheEnd ? "throw new Error('the last build step failed');" : ''}
        ${lastStep}
      },
    },
  }],
};
`,
  });
}

function runBuild(cwd: string, data: string) {
  const result = spawnSync(process.execPath, [BUILD], { cwd, encoding: 'utf8', env: { ...process.env, MINHBACH_DATA: data, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Command lines of running processes that contain `text` (Linux /proc, as on CI). */
function processesMentioning(text: string): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return command.includes(text) ? [command] : [];
      } catch {
        return [];
      }
    });
}

const validData = () => writeTree(mkdtempSync(join(tmpdir(), 'minhbach-data-')), BASE_FILES);
const leftovers = (folder: string) => readdirSync(folder).filter((name) => /^dist\./.test(name));

/** Waits, up to 20 s, until `list` is empty, and fails with what is left if it is not. */
async function gone(list: () => string[]): Promise<void> {
  for (let waited = 0; list().length > 0 && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(list()).toEqual([]);
}

describe('npm run build', () => {
  it('stops on bad data with the validator\'s diagnostics, leaving the published site as it was', () => {
    const site = tinySite(false);
    const before = tree(previousSite(site));
    const data = writeTree(validData(), { 'plans/bai-2023.yaml': BASE_FILES['plans/bai-2023.yaml']!.replace('value: 60.95', 'value: .nan') });
    const { code, output } = runBuild(site, data);
    expect(code).toBe(1);
    expect(output).toContain('plans/bai-2023.yaml:6:12');
    expect(output).toContain('"value" is .nan');
    expect(output).toContain('dist/ is left as it was');
    expect(tree(join(site, 'dist'))).toEqual(before);
    expect(leftovers(site)).toEqual([]);
  });

  it('exits non-zero when Astro fails after writing pages, and publishes none of them', { timeout: 180_000 }, () => {
    const site = tinySite(true);
    const before = tree(previousSite(site));
    const { code, output } = runBuild(site, validData());
    expect(code).not.toBe(0);
    expect(output).toContain('the last build step failed');
    expect(tree(join(site, 'dist'))).toEqual(before);
    expect(leftovers(site)).toEqual([]);
  });

  it('replaces the published site whole when the build succeeds', { timeout: 180_000 }, async () => {
    const site = tinySite(false);
    previousSite(site);
    const { code, output } = runBuild(site, validData());
    expect(code, output).toBe(0);
    const published = tree(join(site, 'dist'));
    expect(published['index.html']).toContain('the new site');
    expect(published['half-written.txt']).toBe('x');
    // Nothing of the old site survives next to the new one; its files are removed after the
    // build has returned, by a process of their own.
    expect(published['chi-so/index.html']).toBeUndefined();
    await gone(() => leftovers(site));
  });

  it('stopped halfway (a CI timeout, Ctrl-C), stops Astro and leaves the published site and no staging folder', { timeout: 180_000 }, async () => {
    // The last step writes its file, then takes a minute: the test stops the build in between.
    const site = tinySite(false, 'return new Promise((resolve) => setTimeout(resolve, 60_000));');
    const before = tree(previousSite(site));
    const build = spawn(process.execPath, [BUILD], { cwd: site, env: { ...process.env, MINHBACH_DATA: validData(), ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => build.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))));
    const halfWritten = () => readdirSync(site).some((name) => name.startsWith('dist.building-') && existsSync(join(site, name, 'half-written.txt')));
    for (let waited = 0; !halfWritten() && waited < 120_000; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(halfWritten()).toBe(true);
    build.kill('SIGTERM');
    expect(await exited).not.toBe(0);
    // Astro, stopped with it, must not write again after the staging folder is gone.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(tree(join(site, 'dist'))).toEqual(before);
    expect(leftovers(site)).toEqual([]);
    // No Astro process is left building into the (removed) staging folder.
    expect(processesMentioning(`${site}/dist.building-`)).toEqual([]);
  });
});

describe('the staging folder', () => {
  it('is removed by the next build when the build that made it was killed', () => {
    const parent = mkdtempSync(join(tmpdir(), 'minhbach-stage-'));
    previousSite(parent);
    // A process id far above any live one: the build that wrote this is gone.
    writeTree(join(parent, 'dist.building-999999999'), { 'index.html': 'half' });
    const output = stageOutput(join(parent, 'dist'), 4242);
    expect(leftovers(parent)).toEqual([]);
    writeTree(output.staging, { 'index.html': 'complete' });
    output.publish();
    expect(tree(join(parent, 'dist'))).toEqual({ 'index.html': 'complete' });
    expect(leftovers(parent)).toEqual([]);
  });

  it('removed in the background, the old output is gone soon after the new one is in place; one left behind is removed by the next build', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'minhbach-stage-'));
    previousSite(parent);
    const first = stageOutput(join(parent, 'dist'), 4244);
    writeTree(first.staging, { 'index.html': 'new' });
    first.publish({ removeOldInBackground: true });
    expect(tree(join(parent, 'dist'))).toEqual({ 'index.html': 'new' });
    await gone(() => leftovers(parent));
    // An old output whose removal died with its process (its build's id is long gone).
    writeTree(join(parent, 'dist.previous-999999999-k3x9'), { 'index.html': 'old' });
    const second = stageOutput(join(parent, 'dist'), 4245);
    expect(leftovers(parent)).toEqual([]);
    second.discard();
    expect(tree(join(parent, 'dist'))).toEqual({ 'index.html': 'new' });
  });

  it('refuses to publish an empty build over a good site', () => {
    const parent = mkdtempSync(join(tmpdir(), 'minhbach-stage-'));
    const before = tree(previousSite(parent));
    const output = stageOutput(join(parent, 'dist'), 4243);
    mkdirSync(output.staging);
    expect(() => output.publish()).toThrow(/wrote nothing/);
    output.discard();
    expect(tree(join(parent, 'dist'))).toEqual(before);
    expect(leftovers(parent)).toEqual([]);
  });
});
