import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildModel } from '../../src/core/buildModel.ts';
import { loadInWorkers } from '../../src/node/loadInWorkers.ts';
import { readProjectFiles } from '../../src/node/readProjectFiles.ts';
import { generateSyntheticData } from '../bench/syntheticData.ts';

const folder = mkdtempSync(join(tmpdir(), 'minhbach-workers-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('data loaded in worker threads gives the same figures, origins and diagnostics as in the main thread', async () => {
  generateSyntheticData('S', folder);
  // One province's files are enough, and keep the test quick.
  const files = (await readProjectFiles(folder)).filter((file) => !file.path.includes('tinh-2'));
  // Mistakes whose positions must survive the trip: a syntax error, a wrong type, a dangling id.
  const report = files.find((file) => file.path === 'plans/tinh-1/bao-cao-tinh-1-2021.yaml')!;
  report.text = report.text.replace('value: 12', 'value: "12"').replace('territory: xa-7,', 'territory: xa-khong-co,');
  const plan = files.find((file) => file.path === 'plans/tinh-1/ke-hoach-tinh-1.yaml')!;
  plan.text = plan.text.replace('targets:\n', 'targets:\n   oops\n');

  const preloaded = await loadInWorkers(files, { minBytes: 0 });
  expect(preloaded.size).toBe(files.filter((file) => file.path.endsWith('.yaml')).length);
  const threaded = buildModel(files, preloaded);
  const single = buildModel(files);

  expect(threaded.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(single.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`));
  expect(threaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(expect.arrayContaining(['yaml-syntax', 'dangling-reference']));
  expect(threaded.model.observations.length).toBe(single.model.observations.length);
  const strip = ({ origin, ...figure }: { origin: { file: string; line: number; column: number } }) => ({ ...figure, at: `${origin.file}:${origin.line}:${origin.column}` });
  const sample = (list: { origin: { file: string; line: number; column: number } }[]) => list.filter((_, i) => i % 997 === 0).map(strip);
  expect(sample(threaded.model.observations)).toEqual(sample(single.model.observations));
  expect(threaded.model.territories.map(strip)).toEqual(single.model.territories.map(strip));
});
