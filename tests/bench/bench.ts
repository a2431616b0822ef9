/**
 * `npm run bench -- --sizes S,M,L`: how long validation and the full build take on synthetic
 * data of each size, against the floor: a bare Astro build of the same number of trivial pages
 * on the same machine. A report, not a test: it prints figures and never fails on them.
 * The last line is `summary: <size> build <s> s, <ratio>× floor, peak <MB> MB` for the largest size.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticData, SIZES, type SizeName } from './syntheticData.ts';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const BIN = join(ROOT, 'node_modules', '.bin');
const HAS_GNU_TIME = existsSync('/usr/bin/time');

interface Measure {
  seconds: number;
  peakMb: number | null;
  ok: boolean;
  output: string;
}

/** Runs a command, timing it; GNU time, where present, gives the peak resident memory. */
function measure(command: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Measure {
  const full = HAS_GNU_TIME ? ['/usr/bin/time', '-f', '__PEAK_KB__=%M', ...command] : command;
  const started = performance.now();
  const result = spawnSync(full[0]!, full.slice(1), {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  const peak = /__PEAK_KB__=(\d+)/.exec(result.stderr ?? '');
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : null, ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function folderStats(folder: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { bytes, pages };
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

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const fixed = (value: number | null, digits = 1) => (value === null ? 'n/a' : value.toFixed(digits));

const { values } = parseArgs({ options: { sizes: { type: 'string', default: 'S,M,L' }, keep: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map((s) => s.trim().toUpperCase()) as SizeName[];
for (const size of sizes) if (!(size in SIZES)) throw new Error(`unknown size ${size}: use S, M or L`);

const rows: string[][] = [];
let summary = '';
for (const size of sizes) {
  const data = mkdtempSync(join(tmpdir(), `minhbach-${size}-`));
  const counts = generateSyntheticData(size, data);
  const figures = counts.observations + counts.targets;
  process.stderr.write(`${size}: ${counts.communes} communes, ${figures} figures, ${counts.documents} documents; validating…\n`);
  const validate = measure(['node', 'src/cli/main.ts', 'validate', '--root', data, '--lang', 'en']);
  process.stderr.write(`${size}: validate ${validate.seconds.toFixed(1)} s; building…\n`);
  const outDir = join(data, 'dist');
  const build = measure(['astro', 'build', '--outDir', outDir], { MINHBACH_DATA: data });
  if (!build.ok) process.stderr.write(`${size}: build failed:\n${build.output.slice(-3000)}\n`);
  const site = build.ok ? folderStats(outDir) : { bytes: 0, pages: 0 };
  process.stderr.write(`${size}: build ${build.seconds.toFixed(1)} s, ${site.pages} pages; floor…\n`);
  const floor = floorProject(Math.max(site.pages, 1));
  const floorRun = measure(['astro', 'build'], {}, floor);
  const ratio = build.ok && floorRun.ok ? build.seconds / floorRun.seconds : null;
  rows.push([
    size,
    String(counts.communes),
    String(figures),
    `${validate.seconds.toFixed(1)}${validate.ok ? '' : ' (failed)'}`,
    fixed(validate.peakMb, 0),
    `${build.seconds.toFixed(1)}${build.ok ? '' : ' (failed)'}`,
    fixed(build.peakMb, 0),
    String(site.pages),
    build.ok ? (site.pages / build.seconds).toFixed(0) : 'n/a',
    mb(site.bytes),
    floorRun.ok ? floorRun.seconds.toFixed(1) : 'failed',
    ratio === null ? 'n/a' : ratio.toFixed(2),
  ]);
  summary = `summary: ${size} build ${build.seconds.toFixed(1)} s, ${ratio === null ? 'n/a' : ratio.toFixed(2)}× floor, peak ${fixed(build.peakMb, 0)} MB`;
  if (!values.keep) {
    rmSync(data, { recursive: true, force: true });
    rmSync(floor, { recursive: true, force: true });
  }
}

const header = ['size', 'communes', 'figures', 'validate s', 'validate MB', 'build s', 'build MB', 'pages', 'pages/s', 'dist MB', 'floor s', '× floor'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
process.stdout.write(`${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}\n${summary}\n`);
