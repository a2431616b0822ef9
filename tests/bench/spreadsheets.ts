/**
 * What the .xlsx downloads cost (`npm run bench:xlsx`): generates synthetic data of one size (M
 * by default), then writes the whole dataset's workbook and every indicator's, as the build does,
 * and prints the time and bytes of each kind.
 *
 *   npm run bench:xlsx
 *   npm run bench:xlsx -- --size S
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toSpreadsheet } from '../../src/core/export/spreadsheet.ts';
import { readAndBuild } from '../../src/site/loadSiteModel.ts';
import { generateSyntheticData, SIZES, type SizeName } from './syntheticData.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: 'M' }, data: { type: 'string' } } });
const size = values.size as SizeName;
if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
const folder = values.data ?? mkdtempSync(join(tmpdir(), `minhbach-xlsx-${size}-`));
if (!values.data) generateSyntheticData(size, folder);
const { model } = await readAndBuild(folder, process.cwd());
const version = { tag: null, commitsSinceTag: 0, commit: '0000000', shortCommit: '0000000', date: '2026-12-02' };
const figures = [...model.observations, ...model.targets];

let started = performance.now();
const whole = await toSpreadsheet(model, figures, version, 'all', 'https://example.org/du-lieu/');
const wholeMs = performance.now() - started;

started = performance.now();
let bytes = 0;
let files = 0;
for (const indicator of model.indicators) {
  const own = figures.filter((figure) => figure.indicator === indicator.id);
  if (own.length === 0) continue;
  bytes += (await toSpreadsheet(model, own, version, indicator.id, 'https://example.org/')).byteLength;
  files += 1;
}
const perIndicatorMs = performance.now() - started;
if (!values.data) rmSync(folder, { recursive: true, force: true });

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(`size ${size}: ${figures.length.toLocaleString('en')} figures (load average ${loadavg()[0]!.toFixed(1)})`);
console.log(`whole dataset  ${Math.round(wholeMs).toLocaleString('en')} ms, ${mb(whole.byteLength)}`);
console.log(`per indicator  ${files} files, ${Math.round(perIndicatorMs).toLocaleString('en')} ms in all, ${mb(bytes)} in all`);
