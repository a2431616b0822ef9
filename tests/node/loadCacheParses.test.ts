import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildModel } from '../../src/core/buildModel.ts';
import type { SourceFile } from '../../src/core/load/loadProject.ts';
import { openLoadCache } from '../../src/node/loadCache.ts';
import { loadInWorkers } from '../../src/node/loadInWorkers.ts';
import { readProjectFiles } from '../../src/node/readProjectFiles.ts';
import { generateSyntheticData } from '../bench/syntheticData.ts';

// Counts every positioned parse of a YAML text, wherever it is asked for: the warm run's whole
// point is that an unchanged file is not parsed again, and a check that asks for a figure's
// line and column "just in case" quietly undoes it (M: warm validation 2,3 s vs 20,2 s).
const parsed: string[] = [];
vi.mock('../../src/core/load/yamlWithPositions.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/load/yamlWithPositions.ts')>();
  return {
    ...original,
    parseYamlWithPositions: (text: string, file: string, lineOffset?: number) => {
      parsed.push(file);
      return original.parseYamlWithPositions(text, file, lineOffset);
    },
  };
});

const CODE_ROOT = resolve(import.meta.dirname, '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'minhbach-cache-parses-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let files: SourceFile[];
beforeAll(async () => {
  generateSyntheticData('S', join(folder, 'data'));
  files = await readProjectFiles(join(folder, 'data'));
});

async function cachedRun() {
  const cache = openLoadCache(CODE_ROOT, join(folder, 'cache'));
  return buildModel(files, await loadInWorkers(files, { cache, minBytes: Number.MAX_SAFE_INTEGER }));
}

describe('a warm validation run', () => {
  test('parses again only the files a diagnostic points into', async () => {
    await cachedRun();
    parsed.length = 0;
    const { diagnostics, model } = await cachedRun();
    expect(model.observations.length).toBeGreaterThan(10_000);
    const yamlFiles = files.filter((file) => file.path.endsWith('.yaml')).length;
    const pointedInto = new Set(diagnostics.map((diagnostic) => diagnostic.file));
    expect(new Set(parsed).size).toBeLessThanOrEqual(pointedInto.size);
    expect(new Set(parsed).size).toBeLessThan(yamlFiles);
  });
});
