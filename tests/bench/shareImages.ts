/**
 * What the link-preview cards cost (`npm run bench:share`): generates synthetic data of one size
 * (M by default: 10 provinces, 1.000 communes), then words and draws every card the build draws,
 * one per territory, group and indicator in each language, and prints the time per card and in
 * all, split into wording, satori (layout to SVG) and resvg (SVG to PNG), with the bytes written.
 *
 *   npm run bench:share                 # size M
 *   npm run bench:share -- --size S
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UNKNOWN_VERSION } from '../../src/core/model/dataVersion.ts';
import { drawInWorkers } from '../../src/node/drawInWorkers.ts';
import { drawShareCard } from '../../src/node/shareImage.ts';
import { readAndBuild } from '../../src/site/loadSiteModel.ts';
import { indicatorSharePreview, placeSharePreview, type ShareCard } from '../../src/site/share/sharePreview.ts';
import { generateSyntheticData, SIZES, type SizeName } from './syntheticData.ts';

// Every card drawn, none read back from an earlier build's cache.
process.env['MINHBACH_IMAGE_CACHE'] = 'off';
const { values } = parseArgs({ options: { size: { type: 'string', default: 'M' }, data: { type: 'string' } } });
const size = values.size as SizeName;
if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);

const folder = values.data ?? mkdtempSync(join(tmpdir(), `minhbach-share-${size}-`));
if (!values.data) generateSyntheticData(size, folder);
const { model } = await readAndBuild(folder, process.cwd());
const version = { ...UNKNOWN_VERSION, commit: '0000000', shortCommit: '0000000', date: '2026-12-02' };

let started = performance.now();
const cards: ShareCard[] = [];
for (const locale of ['vi', 'en'] as const) {
  for (const place of [...model.territories, ...model.groups]) cards.push(placeSharePreview(model, place, locale, version).card);
  for (const indicator of model.indicators) cards.push(indicatorSharePreview(model, indicator, locale, version).card);
}
const wording = performance.now() - started;

started = performance.now();
let bytes = 0;
for (const card of cards) bytes += (await drawShareCard(card)).length;
const drawing = performance.now() - started;

// As the build draws them: on every core, in worker threads (src/node/drawInWorkers.ts).
started = performance.now();
await Promise.all(drawInWorkers(cards.map((card) => ({ kind: 'card' as const, card }))));
const inWorkers = performance.now() - started;
if (!values.data) rmSync(folder, { recursive: true, force: true });

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
console.log(`size ${size}: ${cards.length} cards (${model.territories.length + model.groups.length} places and ${model.indicators.length} indicators, in 2 languages)`);
console.log(`wording  ${ms(wording)} in all, ${(wording / cards.length).toFixed(2)} ms per card`);
console.log(`drawing  ${ms(drawing)} in all, ${(drawing / cards.length).toFixed(1)} ms per card (satori + resvg, one thread), ${(bytes / cards.length / 1024).toFixed(1)} KB per card, ${(bytes / 1024 / 1024).toFixed(1)} MB in all`);
console.log(`workers  ${ms(inWorkers)} in all on ${Math.min(availableParallelism(), 4)} threads, ${(inWorkers / cards.length).toFixed(1)} ms per card (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`);
