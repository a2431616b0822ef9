import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SourceFile } from '../../src/core/load/loadProject.ts';
import { openLoadCache, UNUSED_ENTRY_DAYS } from '../../src/node/loadCache.ts';
import { loadInWorkers } from '../../src/node/loadInWorkers.ts';
import { readProjectFiles } from '../../src/node/readProjectFiles.ts';
import { generateSyntheticData } from '../bench/syntheticData.ts';
import { buildWorded, type WordedBuild } from '../core/projectFixture.ts';

const CODE_ROOT = resolve(import.meta.dirname, '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'minhbach-load-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let files: SourceFile[];
beforeAll(async () => {
  generateSyntheticData('S', join(folder, 'data'));
  files = (await readProjectFiles(join(folder, 'data'))).filter((file) => !file.path.includes('tinh-2'));
  // Mistakes whose positions a cached file must still give: a wrong type, a dangling id (found
  // after loading, from the record's origin), a syntax error.
  edit('plans/tinh-1/bao-cao-tinh-1-2021.yaml', (text) => text.replace('value: 12', 'value: "12"').replace('territory: xa-7,', 'territory: xa-khong-co,'));
  edit('plans/tinh-1/ke-hoach-tinh-1.yaml', (text) => text.replace('targets:\n', 'targets:\n   oops\n'));
  // A record whose place in its file is not [list, index]: the file's own `plan:`.
  edit('plans/tinh-1/bao-cao-tinh-1-2022.yaml', (text) => text.replace('plan: ke-hoach-tinh-1', 'plan: ke-hoach-tinh-l'));
});

function edit(path: string, change: (text: string) => string, list = files): SourceFile[] {
  const file = list.find((candidate) => candidate.path === path)!;
  file.text = change(file.text);
  return list;
}

/** Everything a staff member and the site see: each diagnostic whole, and figures with where they are. */
function observable({ model, diagnostics }: WordedBuild) {
  const at = <T extends { origin: { file: string; line: number; column: number } }>({ origin, ...record }: T) => ({ ...record, at: `${origin.file}:${origin.line}:${origin.column}` });
  return { diagnostics, observations: model.observations.map(at), targets: model.targets.map(at), territories: model.territories.map(at) };
}

async function cachedRun(cacheFolder: string, list = files, minBytes?: number): Promise<WordedBuild> {
  const cache = openLoadCache(CODE_ROOT, cacheFolder);
  return buildWorded(list, await loadInWorkers(list, minBytes === undefined ? { cache } : { cache, minBytes }));
}

describe('the validation cache', () => {
  test('a warm run gives the same diagnostics, positions and figures as a run without the cache', async () => {
    const cacheFolder = join(folder, 'cache-same');
    const uncached = observable(buildWorded(files));
    expect(uncached.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['yaml-syntax', 'schema-type', 'dangling-reference']));
    expect(uncached.diagnostics).toContainEqual(expect.objectContaining({ code: 'dangling-reference', file: 'plans/tinh-1/bao-cao-tinh-1-2022.yaml', line: 1, column: 7 }));
    const cold = observable(await cachedRun(cacheFolder));
    const warm = observable(await cachedRun(cacheFolder));
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
  });

  test('a warm run reads no file it has seen: every YAML file is a hit', async () => {
    const cacheFolder = join(folder, 'cache-hits');
    await cachedRun(cacheFolder);
    const cache = openLoadCache(CODE_ROOT, cacheFolder)!;
    const yaml = files.filter((file) => file.path.endsWith('.yaml'));
    expect(yaml.every((file) => cache.read(cache.keyOf(file)) !== undefined)).toBe(true);
  });

  test('a cache written by worker threads gives the same as one written in the main thread', async () => {
    const cacheFolder = join(folder, 'cache-threads');
    await cachedRun(cacheFolder, files, 0);
    expect(observable(await cachedRun(cacheFolder))).toEqual(observable(buildWorded(files)));
  });

  test('a changed file is read again: its new figure and its new mistake are reported', async () => {
    const cacheFolder = join(folder, 'cache-changed');
    await cachedRun(cacheFolder);
    const changed = edit(
      'plans/tinh-1/bao-cao-tinh-1-2022.yaml',
      (text) => text.replace(/value: [\d.]+/, 'value: 987654').replace('indicator: chi-so-2, territory: xa-1,', 'indicator: chi-so-khong-co, territory: xa-1,'),
      files.map((file) => ({ ...file })),
    );
    const warm = observable(await cachedRun(cacheFolder, changed));
    expect(warm).toEqual(observable(buildWorded(changed)));
    expect(warm.observations.some((figure) => figure.value === 987654)).toBe(true);
    expect(warm.diagnostics.some((d) => d.file === 'plans/tinh-1/bao-cao-tinh-1-2022.yaml' && d.message.en.includes('chi-so-khong-co'))).toBe(true);
  });

  test('a corrupt or truncated entry is ignored and the file is read again', async () => {
    const cacheFolder = join(folder, 'cache-corrupt');
    await cachedRun(cacheFolder);
    const entries = openLoadCache(CODE_ROOT, cacheFolder)!.folder;
    const names = readdirSync(entries);
    expect(names.length).toBeGreaterThan(3);
    const [flipped, cut, garbage] = names.map((name) => join(entries, name));
    const bytes = readFileSync(flipped!);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    writeFileSync(flipped!, bytes);
    writeFileSync(cut!, readFileSync(cut!).subarray(0, 100));
    writeFileSync(garbage!, 'not a cache entry');
    expect(observable(await cachedRun(cacheFolder))).toEqual(observable(buildWorded(files)));
  });

  test("a change to the engine's code makes every entry a miss and removes the old ones", () => {
    const codeRoot = join(folder, 'engine');
    mkdirSync(join(codeRoot, 'src', 'core'), { recursive: true });
    writeFileSync(join(codeRoot, 'src', 'core', 'schema.ts'), 'export const unit = "%";\n');
    const before = openLoadCache(codeRoot, join(folder, 'cache-engine'))!;
    before.write(before.keyOf(files[0]!), buildWorded([files[0]!]) as never);
    writeFileSync(join(codeRoot, 'src', 'core', 'schema.ts'), 'export const unit = "‰";\n');
    const after = openLoadCache(codeRoot, join(folder, 'cache-engine'))!;
    expect(after.folder).not.toBe(before.folder);
    expect(after.read(after.keyOf(files[0]!))).toBeUndefined();
    expect(readdirSync(join(folder, 'cache-engine'))).toEqual([after.folder.split('/').at(-1)]);
  });

  test('an entry unused for weeks is removed when the cache is opened; one read recently is kept', async () => {
    const cacheFolder = join(folder, 'cache-prune');
    await cachedRun(cacheFolder);
    const cache = openLoadCache(CODE_ROOT, cacheFolder)!;
    const [stale, used] = readdirSync(cache.folder);
    const old = new Date(Date.now() - (UNUSED_ENTRY_DAYS + 1) * 24 * 3600 * 1000);
    utimesSync(join(cache.folder, stale!), old, old);
    utimesSync(join(cache.folder, used!), old, old);
    expect(cache.read(used!)).toBeDefined();
    openLoadCache(CODE_ROOT, cacheFolder);
    expect(readdirSync(cache.folder)).toContain(used);
    expect(readdirSync(cache.folder)).not.toContain(stale);
  });
});
