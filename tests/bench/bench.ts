/**
 * `npm run bench -- --sizes S,M,L`: how long validation and the full build take on synthetic
 * data of each size (XL, L grown to four times its figures, checks growth), against the floor: a bare Astro build of the same number of trivial pages
 * on the same machine, in the same run. A report, not a test: it prints figures and never fails
 * on them. The build is whatever `npm run build` is, so the figures include everything it does.
 *
 * Peak memory is the resident memory of the whole process tree (npm, the build, Astro, Pagefind),
 * sampled from /proc. The report ends with `summary: <size> build <s> s, <ratio>× floor, peak <MB> MB`
 * for the largest size run, then that size's `dist:`, `pages:` (HTML and the largest commune page),
 * `incremental:` and `validate:` lines.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPhases, type Phase, type TimedLine } from './buildPhases.ts';
import { watchPeakMemory } from './processTreeMemory.ts';
import { CACHE_FOLDER_VARIABLE } from '../../src/node/loadCache.ts';
import { generateSyntheticData, SIZES, type SizeName } from './syntheticData.ts';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const BIN = join(ROOT, 'node_modules', '.bin');

interface Measure {
  seconds: number;
  peakMb: number | null;
  ok: boolean;
  lines: TimedLine[];
}

/** Runs a command, timing it, timestamping each line it prints, and sampling its memory. */
function measure(command: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Promise<Measure> {
  return new Promise((done) => {
    const started = performance.now();
    const since = () => (performance.now() - started) / 1000;
    const child = spawn(command[0]!, command.slice(1), {
      cwd,
      env: { ...process.env, PATH: `${BIN}:${process.env['PATH']}`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const memory = watchPeakMemory(child.pid!);
    const lines: TimedLine[] = [];
    const collect = (stream: NodeJS.ReadableStream) => {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (pending + chunk).split('\n');
        pending = parts.pop()!;
        const at = since();
        for (const text of parts) lines.push({ at, text });
      });
      stream.on('end', () => pending && lines.push({ at: since(), text: pending }));
    };
    collect(child.stdout!);
    collect(child.stderr!);
    child.on('close', (code) => {
      const seconds = since();
      memory.stop();
      const peak = memory.peak();
      done({ seconds, peakMb: peak === null ? null : peak / 1024 / 1024, ok: code === 0, lines });
    });
  });
}

interface FolderStats {
  bytes: number;
  htmlBytes: number;
  pages: number;
  files: number;
  largest: number;
}

function folderStats(folder: string): FolderStats {
  const stats: FolderStats = { bytes: 0, htmlBytes: 0, pages: 0, files: 0, largest: 0 };
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    stats.bytes += size;
    stats.files += 1;
    stats.largest = Math.max(stats.largest, size);
    if (entry.name.endsWith('.html')) {
      stats.pages += 1;
      stats.htmlBytes += size;
    }
  }
  return stats;
}

/** The largest commune page (synthetic communes are xa-<n>) under `section`, in bytes. */
function largestCommunePage(outDir: string, section: string): number {
  const folder = join(outDir, section);
  let largest = 0;
  for (const name of readdirSync(folder)) {
    if (!/^xa-\d+$/.test(name)) continue;
    largest = Math.max(largest, statSync(join(folder, name, 'index.html'), { throwIfNoEntry: false })?.size ?? 0);
  }
  return largest;
}

/** A bare Astro project with `pages` trivial pages: what any Astro site of this size costs. */
function floorProject(pages: number): string {
  const project = mkdtempSync(join(tmpdir(), 'minhbach-floor-'));
  mkdirSync(join(project, 'src', 'pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(project, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(
    join(project, 'src', 'pages', '[page].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { page: String(i) } }));\n}\nconst { page } = Astro.params;\n---\n<html lang="vi"><head><title>Trang {page}</title></head><body><h1>Trang {page}</h1></body></html>\n`,
  );
  return project;
}

/** Changes the first figure's value in the first report of the first province. */
function changeOneFigure(data: string): void {
  const province = readdirSync(join(data, 'plans')).sort()[0]!;
  const report = readdirSync(join(data, 'plans', province)).filter((name) => name.startsWith('bao-cao-') && name.endsWith('.yaml')).sort()[0]!;
  const path = join(data, 'plans', province, report);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/value: ([\d.]+)/, (_, value: string) => `value: ${Number(value) + 1}`));
}

/** Waits until no old output of a build in `folder` is left to remove (dist.previous-…). */
async function oldOutputsRemoved(folder: string): Promise<void> {
  while (readdirSync(folder).some((name) => name.startsWith('dist.previous-'))) await new Promise((resolve) => setTimeout(resolve, 200));
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const fixed = (value: number | null, digits = 1) => (value === null ? 'n/a' : value.toFixed(digits));
const seconds = (run: Measure) => `${run.seconds.toFixed(1)}${run.ok ? '' : ' (failed)'}`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${header.map((_, i) => (cells[i] ?? '').padStart(widths[i]!)).join(' | ')} |`;
  return `${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}\n`;
}

const { values } = parseArgs({ options: { sizes: { type: 'string', default: 'S,M,L' }, keep: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map((s) => s.trim().toUpperCase()) as SizeName[];
for (const size of sizes) if (!(size in SIZES)) throw new Error(`unknown size ${size}: use S, M, L or XL`);

const rows: string[][] = [];
const phaseRows: { size: string; phases: Phase[] }[] = [];
let summary = '';
for (const size of sizes) {
  const data = mkdtempSync(join(tmpdir(), `minhbach-${size}-`));
  const counts = generateSyntheticData(size, data);
  const figures = counts.observations + counts.targets;
  process.stderr.write(`${size}: ${counts.communes} communes, ${figures} figures, ${counts.documents} documents; validating…\n`);
  // Validation twice over a cache of its own: cold (every file parsed) then warm (none changed).
  const validateCache = { [CACHE_FOLDER_VARIABLE]: join(data, 'validate-cache') };
  const validate = await measure(['node', 'src/cli/main.ts', 'validate', '--root', data, '--lang', 'en'], validateCache);
  const validateWarm = await measure(['node', 'src/cli/main.ts', 'validate', '--root', data, '--lang', 'en'], validateCache);
  process.stderr.write(`${size}: validate cold ${validate.seconds.toFixed(1)} s, warm ${validateWarm.seconds.toFixed(1)} s; building…\n`);
  const outDir = join(data, 'dist');
  // The full build starts from nothing, as on a fresh CI machine: no cache of earlier runs.
  const build = await measure(['npm', 'run', '--silent', 'build', '--', '--outDir', outDir], { MINHBACH_DATA: data, [CACHE_FOLDER_VARIABLE]: join(data, 'build-cache') });
  if (!build.ok) process.stderr.write(`${size}: build failed:\n${build.lines.map((l) => l.text).join('\n').slice(-3000)}\n`);
  const site = build.ok ? folderStats(outDir) : { bytes: 0, htmlBytes: 0, pages: 0, files: 0, largest: 0 };
  const communePages = build.ok ? { vi: largestCommunePage(outDir, 'dia-ban'), en: largestCommunePage(outDir, join('en', 'territories')) } : null;
  // A staff member's pull request: one figure changed, then the same build again, with what the
  // first build left (its validation, image and page caches) as a CI cache would restore it.
  changeOneFigure(data);
  const rebuild = build.ok ? await measure(['npm', 'run', '--silent', 'build', '--', '--outDir', outDir], { MINHBACH_DATA: data, [CACHE_FOLDER_VARIABLE]: join(data, 'build-cache') }) : null;
  // What Astro's incremental build copied from the first build's cache rather than rendering again.
  const routes = (rebuild?.lines ?? []).map((line) => line.text.replace(/\x1b\[[0-9;]*m/g, '')).filter((text) => /[├└]─ \//.test(text));
  const copied = routes.filter((text) => /\((?:restored|cached)\)/.test(text)).length;
  process.stderr.write(`${size}: one-figure rebuild ${rebuild ? seconds(rebuild) : 'n/a'} s, ${routes.length - copied} files rendered, ${copied} copied from the last build\n`);
  // The rebuild returns once its site is in place and removes the old one in the background
  // (src/node/stagedOutput.ts): the floor is not measured while that is still going on.
  await oldOutputsRemoved(data);
  process.stderr.write(`${size}: build ${build.seconds.toFixed(1)} s, ${site.pages} pages; floor…\n`);
  const floor = floorProject(Math.max(site.pages, 1));
  const floorRun = await measure(['astro', 'build'], {}, floor);
  const ratio = build.ok && floorRun.ok ? build.seconds / floorRun.seconds : null;
  rows.push([
    size,
    String(counts.communes),
    String(figures),
    String(site.pages),
    seconds(validate),
    seconds(validateWarm),
    fixed(validate.peakMb, 0),
    seconds(build),
    fixed(build.peakMb, 0),
    build.ok ? (site.pages / build.seconds).toFixed(0) : 'n/a',
    mb(site.bytes),
    floorRun.ok ? floorRun.seconds.toFixed(1) : 'failed',
    fixed(floorRun.peakMb, 0),
    ratio === null ? 'n/a' : ratio.toFixed(2),
  ]);
  phaseRows.push({ size, phases: buildPhases(build.lines, build.seconds) });
  if (rebuild) phaseRows.push({ size: `${size} rebuild`, phases: buildPhases(rebuild.lines, rebuild.seconds) });
  summary = [
    `summary: ${size} build ${build.seconds.toFixed(1)} s, ${ratio === null ? 'n/a' : ratio.toFixed(2)}× floor, peak ${fixed(build.peakMb, 0)} MB`,
    `dist: ${size} ${mb(site.bytes)} MB, ${site.files} files, largest ${mb(site.largest)} MB`,
    `pages: ${size} ${site.pages} pages, ${mb(site.htmlBytes)} MB of HTML, largest commune page ${communePages ? `${(communePages.vi / 1024).toFixed(0)} KB (vi), ${(communePages.en / 1024).toFixed(0)} KB (en)` : 'n/a'}`,
    `incremental: ${size} one-figure rebuild ${rebuild ? seconds(rebuild) : 'n/a'} s (${rebuild?.ok && build.ok ? ((100 * rebuild.seconds) / build.seconds).toFixed(0) : 'n/a'}% of full)`,
    `validate: ${size} cold ${seconds(validate)} s, warm ${seconds(validateWarm)} s`,
  ].join('\n');
  if (!values.keep) {
    rmSync(data, { recursive: true, force: true });
    rmSync(floor, { recursive: true, force: true });
  } else process.stderr.write(`${size}: kept ${data} and ${floor}\n`);
}

const phaseNames = [...new Set(phaseRows.flatMap((row) => row.phases.map((phase) => phase.name)))];
process.stdout.write(
  table(['size', 'communes', 'figures', 'pages', 'validate s', 'warm s', 'validate MB', 'build s', 'build MB', 'pages/s', 'dist MB', 'floor s', 'floor MB', '× floor'], rows),
);
process.stdout.write(
  `\nbuild phases, seconds (from the build's log; a phase that logs nothing counts in the next):\n${table(
    ['size', ...phaseNames],
    phaseRows.map(({ size, phases }) => [size, ...phaseNames.map((name) => fixed(phases.find((phase) => phase.name === name)?.seconds ?? null))]),
  )}`,
);
process.stdout.write(`${summary}\n`);
