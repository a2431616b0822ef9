/**
 * The worst inputs we know, fed to the validator one per process, with the time each takes and
 * the peak memory of its process. The unit tests prove these end in a diagnostic; this prints
 * what they cost, so a regression to seconds or gigabytes is visible before it is a hang.
 *
 *   node tests/bench/hostileInput.ts            every case
 *   node tests/bench/hostileInput.ts --case bomb one case (what the parent runs per child)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { SourceFile } from '../../src/core/load/loadProject.ts';
import { BASE_FILES, buildWorded } from '../core/projectFixture.ts';

const FIGURES = 'plans/bai-2023.yaml';

/** Each case replaces or adds one file of the small valid project the unit tests use. */
const CASES: Record<string, () => Record<string, string>> = {
  'baseline (valid project)': () => ({}),
  'alias bomb (9 wide, 12 deep)': () => {
    const lines = ['l0: &l0 "lol"'];
    for (let level = 1; level < 12; level += 1) lines.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(', ')}]`);
    return { 'plans/bomb.yaml': `${lines.join('\n')}\n` };
  },
  '10 MB quote': () => ({ [FIGURES]: BASE_FILES[FIGURES]!.replace('quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%"', `quote: "${'x'.repeat(10_000_000)}"`) }),
  '10 MB line without quotes': () => ({ [FIGURES]: `observations: ${'y'.repeat(10_000_000)}\n` }),
  '5,000-deep [[[ nesting': () => ({ 'plans/deep.yaml': `targets: ${'['.repeat(5000)}1${']'.repeat(5000)}\n` }),
  '5,000-deep {a: nesting': () => ({ 'plans/deep.yaml': `targets: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n` }),
  '5,000-deep "- " lines': () => ({ 'plans/deep.yaml': `targets:\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}-`).join('\n')} 1\n` }),
  '1e400, .nan, -.inf values': () => {
    let which = 0;
    const values = ['1e400', '.nan', '-.inf'];
    return { [FIGURES]: BASE_FILES[FIGURES]!.replace(/value: [\d.]+/g, () => `value: ${values[which++ % 3]}`) };
  },
  '2 MB of binary': () => {
    const bytes = new Uint8Array(2_000_000);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 2654435761) >>> 24;
    return { 'plans/scan.yaml': new TextDecoder().decode(bytes) };
  },
  '100,000 wrong entries in one file (10 MB)': () => ({
    'plans/big.yaml': `plan: kh-239\nobservations:\n${Array.from({ length: 100_000 }, (_, i) => `  - { indicator: so-du-an, territory: nam-chay, period: ${1000 + (i % 9000)}, value: ${i}, status: reported, source: { document: bai-2023, quote: "q${i}" } }`).join('\n')}\n`,
  }),
};

function runCase(name: string): void {
  const overrides = CASES[name]!();
  const files: SourceFile[] = Object.entries({ ...BASE_FILES, ...overrides }).map(([path, text]) => ({ path, text }));
  const started = performance.now();
  const { diagnostics } = buildWorded(files);
  const milliseconds = performance.now() - started;
  const first = diagnostics.find((d) => d.severity === 'error' && d.file in overrides) ?? diagnostics.find((d) => d.severity === 'error');
  const outcome = first ? `${first.file}:${first.line}:${first.column} ${first.code}: ${first.message.en.slice(0, 70)}` : `${diagnostics.length} diagnostics, no error`;
  process.stdout.write(`${JSON.stringify({ milliseconds, peakMb: process.resourceUsage().maxRSS / 1024, errors: diagnostics.filter((d) => d.severity === 'error').length, outcome })}\n`);
}

const { values } = parseArgs({ options: { case: { type: 'string' } } });
if (values.case !== undefined) {
  runCase(values.case);
} else {
  const self = fileURLToPath(import.meta.url);
  process.stdout.write('| input | time (ms) | peak memory (MB) | errors | first diagnostic |\n|---|---:|---:|---:|---|\n');
  for (const name of Object.keys(CASES)) {
    // One process per case: peak memory is then this case's, not the largest so far.
    const child = spawnSync(process.execPath, [self, '--case', name], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) {
      process.stdout.write(`| ${name} | crashed (exit ${child.status}) | | | ${(child.stderr ?? '').split('\n').find((line) => line.trim()) ?? ''} |\n`);
      continue;
    }
    const result = JSON.parse(child.stdout) as { milliseconds: number; peakMb: number; errors: number; outcome: string };
    process.stdout.write(`| ${name} | ${result.milliseconds.toFixed(0)} | ${result.peakMb.toFixed(0)} | ${result.errors} | ${result.outcome.replace(/\|/g, '\\|')} |\n`);
  }
}
