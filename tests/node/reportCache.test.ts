import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { SourceFile } from '../../src/core/load/loadProject.ts';
import { KEPT_REPORTS, openReportCache, type DataFolderReport } from '../../src/node/reportCache.ts';

const folder = mkdtempSync(join(tmpdir(), 'minhbach-report-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** An engine of one source file in src/present (wording, outside the core the load cache hashes). */
function engine(wording: string): string {
  const codeRoot = join(folder, 'engine');
  mkdirSync(join(codeRoot, 'src', 'present'), { recursive: true });
  writeFileSync(join(codeRoot, 'src', 'present', 'words.ts'), `export const error = ${JSON.stringify(wording)};\n`);
  return codeRoot;
}

const files: SourceFile[] = [{ path: 'plans/a.yaml', text: 'plan: kh\n' }];
const inputs = { dataDate: '2025-01-31', committedIds: [] };
const report: DataFolderReport = {
  diagnostics: [{ severity: 'error', code: 'schema-type', file: 'plans/a.yaml', line: 1, column: 7, message: { vi: 'lỗi', en: 'error' }, hint: { vi: 'sửa', en: 'fix' } }],
  counts: { documents: 0, targets: 0, observations: 0, tasks: 0, territories: 0, groups: 0, indicators: 0, agencies: 0 },
  site: null,
};

describe('the report cache', () => {
  test('a change to any source of the engine, wording included, makes the report a miss and removes the old ones', () => {
    const cacheFolder = join(folder, 'cache-engine');
    const before = openReportCache(engine('lỗi'), cacheFolder)!;
    before.write(before.keyOf(files, inputs), report);
    expect(before.read(before.keyOf(files, inputs))).toEqual(report);
    const after = openReportCache(engine('Lỗi'), cacheFolder)!;
    expect(after.read(after.keyOf(files, inputs))).toBeUndefined();
    expect(readdirSync(cacheFolder)).toHaveLength(1);
  });

  test('a different file, read error or check input is a different report', () => {
    const cache = openReportCache(engine('lỗi'), join(folder, 'cache-keys'))!;
    const key = cache.keyOf(files, inputs);
    expect(cache.keyOf([{ ...files[0]!, text: 'plan: kh\n\n' }], inputs)).not.toBe(key);
    expect(cache.keyOf([{ ...files[0]!, notUtf8: true }], inputs)).not.toBe(key);
    expect(cache.keyOf([{ path: 'plans/a.yaml', text: '', readError: 'no-permission' }], inputs)).not.toBe(cache.keyOf([{ path: 'plans/a.yaml', text: '' }], inputs));
    expect(cache.keyOf(files, { ...inputs, dataDate: '2025-02-01' })).not.toBe(key);
    expect(cache.keyOf(files, { ...inputs, committedIds: [{ file: 'plans/a.yaml', ids: ['kh'] }] })).not.toBe(key);
    expect(cache.keyOf([...files].reverse(), inputs)).toBe(key);
  });

  test('a damaged report is a miss, never a wrong answer', () => {
    const cacheFolder = join(folder, 'cache-damaged');
    const cache = openReportCache(engine('lỗi'), cacheFolder)!;
    const key = cache.keyOf(files, inputs);
    cache.write(key, report);
    const [engineFolder] = readdirSync(cacheFolder);
    const entry = join(cacheFolder, engineFolder!, key);
    const bytes = readFileSync(entry);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 1;
    writeFileSync(entry, bytes);
    expect(cache.read(key)).toBeUndefined();
    writeFileSync(entry, bytes.subarray(0, 40));
    expect(cache.read(key)).toBeUndefined();
  });

  test(`keeps the ${KEPT_REPORTS} newest reports, one per state of the data`, () => {
    const cacheFolder = join(folder, 'cache-many');
    const codeRoot = engine('lỗi');
    const edits = KEPT_REPORTS + 5;
    for (let edit = 0; edit < edits; edit++) {
      const cache = openReportCache(codeRoot, cacheFolder)!;
      const key = cache.keyOf([{ path: 'plans/a.yaml', text: `plan: kh-${edit}\n` }], inputs);
      cache.write(key, report);
      // One edit a minute: file times are too coarse to tell apart writes a millisecond apart.
      const written = new Date(Date.now() - (edits - edit) * 60_000);
      utimesSync(join(cacheFolder, readdirSync(cacheFolder)[0]!, key), written, written);
    }
    const cache = openReportCache(codeRoot, cacheFolder)!;
    const [engineFolder] = readdirSync(cacheFolder);
    expect(readdirSync(join(cacheFolder, engineFolder!))).toHaveLength(KEPT_REPORTS);
    expect(cache.read(cache.keyOf([{ path: 'plans/a.yaml', text: `plan: kh-${edits - 1}\n` }], inputs))).toEqual(report);
  });
});
