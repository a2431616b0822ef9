/**
 * `npm test`: every check the project has, in the order a failure is cheapest to read, ending
 * with one plain "N passed, N failed" line that CI and people can read at a glance.
 * Steps run even after a failure, so one run shows every broken thing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Step {
  name: string;
  command: string[];
  /** Vitest JSON report to count tests from; otherwise the step counts as one check. */
  report?: string;
}

const RESULTS = '.tmp/test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const vitest = (config: string, report: string): Step['command'] => [
  'vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${join(RESULTS, report)}`,
];

const steps: Step[] = [
  { name: 'editor schemas are up to date', command: ['node', 'src/cli/main.ts', 'schemas', '--check'] },
  { name: 'validator message catalogue in CONTRIBUTING.md is up to date', command: ['node', 'tests/core/diagnostics/writeCatalogue.ts', '--check'] },
  { name: 'shipped data validates', command: ['node', 'src/cli/main.ts', 'validate', '--lang', 'en'] },
  { name: 'unit tests', command: vitest('tests/vitest.config.ts', 'unit.json'), report: 'unit.json' },
  { name: 'type check (astro check)', command: ['astro', 'check'] },
  { name: 'site build', command: ['npm', 'run', 'build'] },
];
if (existsSync('tests/e2e/vitest.config.ts')) {
  steps.push({ name: 'browser tests', command: vitest('tests/e2e/vitest.config.ts', 'e2e.json'), report: 'e2e.json' });
}

let passed = 0;
let failed = 0;
const failures: string[] = [];
for (const step of steps) {
  process.stdout.write(`\n=== ${step.name}: ${step.command.join(' ')}\n`);
  const [program, ...args] = step.command;
  const result = spawnSync(program!, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (step.report && existsSync(join(RESULTS, step.report))) {
    const report = JSON.parse(readFileSync(join(RESULTS, step.report), 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (!ok && report.numFailedTests === 0) failed += 1;
  } else if (ok) passed += 1;
  else failed += 1;
  if (!ok) failures.push(step.name);
}

process.stdout.write(`\n${failures.length ? `Failed steps: ${failures.join('; ')}\n` : ''}`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
