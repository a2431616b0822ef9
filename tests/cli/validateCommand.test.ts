import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASE_FILES } from '../core/projectFixture.ts';
import { gitProject } from './gitFixture.ts';

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/**
 * The base fixture as a data folder made today writes it: the poverty rate and its reduction come
 * from the engine's standard catalogue, which the command adds, instead of a copy of its own.
 */
const OWN_INDICATORS = BASE_FILES['content/indicators/test.yaml']!.replace(/ {2}- id: ty-le-ho-ngheo\n[\s\S]*?(?= {2}- id: ty-le-dat-ke-hoach)/, '');

function projectWith(overrides: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'minhbach-cli-'));
  for (const [path, text] of Object.entries({ ...BASE_FILES, 'content/indicators/test.yaml': OWN_INDICATORS, ...overrides })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function validate(root: string, ...flags: string[]) {
  return validateWithCache(undefined, root, ...flags);
}

/** A run with its caches in `cacheRoot` (MINHBACH_CACHE_DIR; `off` for none). */
function validateWithCache(cacheRoot: string | undefined, root: string, ...flags: string[]) {
  const env = { ...process.env };
  if (cacheRoot === undefined) delete env['MINHBACH_CACHE_DIR'];
  else env['MINHBACH_CACHE_DIR'] = cacheRoot;
  const result = spawnSync(process.execPath, [CLI, 'validate', '--root', root, ...flags], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run validate', () => {
  it('exits 0 on valid data and says so in both languages', () => {
    const { code, stdout } = validate(projectWith({}));
    expect(code).toBe(0);
    expect(stdout).toContain('Kết quả kiểm tra: 0 lỗi, 0 cảnh báo');
    expect(stdout).toContain('Validation: 0 errors, 0 warnings');
  });

  it('exits 1 and starts with the counts when there are errors', () => {
    const broken = BASE_FILES['plans/kh-239.yaml']!.replace('comparator: "<="', 'comprator: "<="');
    const { code, stdout } = validate(projectWith({ 'plans/kh-239.yaml': broken }));
    expect(code).toBe(1);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'Kết quả kiểm tra: 1 lỗi, 0 cảnh báo, 0 lưu ý trong 1 tệp.',
      'Validation: 1 error, 0 warnings, 0 notes in 1 file.',
      '  plans/kh-239.yaml: 1 lỗi, 0 cảnh báo | 1 error, 0 warnings',
    ]);
    expect(stdout).toContain('plans/kh-239.yaml:5:5  lỗi/error  [schema-unknown-key]');
    expect(stdout).toContain('→ Fix: Did you mean "comparator"?');
  });

  it('fails on warnings only with --strict', () => {
    // The stated reduction no longer matches the two rates; without its quote, nothing else is wrong.
    const conflicting = BASE_FILES['plans/bai-2023.yaml']!.replace('value: 10.41', 'value: 11.41').replace('{ document: bai-2023, quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%" }', '{ document: bai-2023 }');
    const root = projectWith({ 'plans/bai-2023.yaml': conflicting });
    expect(validate(root).code).toBe(0);
    expect(validate(root, '--strict').code).toBe(1);
  });

  it('gives machines JSON with every diagnostic', () => {
    const broken = BASE_FILES['plans/kh-239.yaml']!.replace('comparator: "<="', 'comprator: "<="');
    const { stdout } = validate(projectWith({ 'plans/kh-239.yaml': broken }), '--json');
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.diagnostics[0]).toMatchObject({ severity: 'error', code: 'schema-unknown-key', file: 'plans/kh-239.yaml', line: 5, column: 5 });
  });

  it('answers a wrong option with usage, not a stack trace', () => {
    const result = spawnSync(process.execPath, [CLI, 'validate', '--lang', 'fr'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('minhbach: --lang must be vi, en or both, not "fr"\n');
  });

  it('answers --help after any command with the usage, exit 0', () => {
    const result = spawnSync(process.execPath, [CLI, 'new', '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('new result <plan-id> <year>');
  });

  it('stops quietly when the reader closes the pipe early (validate | head -1)', () => {
    // Far more output than a pipe buffers (64 KB), so the writer is still writing when head exits.
    const manyMistakes = `plan: kh-239\nobservations:\n${'  - { indicator: ty-le-ho-ngheo, territory: nam-chai, period: 2023, value: 1, status: reported, source: { document: bai-2023 } }\n'.repeat(800)}`;
    const root = projectWith({ 'plans/many.yaml': manyMistakes });
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" validate --root "${root}" | head -1`], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/^Kết quả kiểm tra: 1599 lỗi/);
    expect(result.stderr).toBe('');
  });
});

describe('npm run validate run again (the validation cache)', () => {
  // A mistake, a warning a finding words (a conflict between sources), and a dangling reference.
  const MISTAKES = {
    'plans/kh-239.yaml': BASE_FILES['plans/kh-239.yaml']!.replace('comparator: "<="', 'comprator: "<="'),
    'plans/bai-2023.yaml': BASE_FILES['plans/bai-2023.yaml']!
      .replace('value: 10.41', 'value: 11.41')
      .replace('{ document: bai-2023, quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%" }', '{ document: bai-2023 }'),
    'plans/bai-2021.yaml': `plan: kh-239\nobservations:\n  - { indicator: ty-le-ho-ngheo, territory: nhom-xa-ngeo, period: 2021, value: 70.1, status: reported, source: { document: bai-2023 } }\n`,
  };
  const newCache = () => mkdtempSync(join(tmpdir(), 'minhbach-validate-cache-'));

  it('prints, unchanged, byte for byte what a run without the cache prints, as text and as JSON', () => {
    const root = projectWith(MISTAKES);
    const uncached = { text: validateWithCache('off', root, '--verbose'), json: validateWithCache('off', root, '--json') };
    expect(uncached.text.code).toBe(1);
    expect(uncached.text.stdout).toContain('plans/kh-239.yaml:5:5  lỗi/error  [schema-unknown-key]');
    expect(uncached.text.stdout).toContain('[dangling-reference]');
    expect(uncached.text.stdout).toMatch(/cảnh báo\/warning {2}\[/);
    for (const [first, second] of [['--verbose', '--json'], ['--json', '--verbose']] as const) {
      const cache = newCache();
      const cold = validateWithCache(cache, root, first);
      const warm = [validateWithCache(cache, root, first), validateWithCache(cache, root, second), validateWithCache(cache, root, first)];
      for (const run of [cold, ...warm]) expect(run).toEqual(run.stdout.startsWith('{') ? uncached.json : uncached.text);
    }
  });

  it('reports a mistake made in one file after a warm run at its file, line and column, and forgets the one fixed', () => {
    const root = projectWith(MISTAKES);
    const cache = newCache();
    validateWithCache(cache, root);
    expect(validateWithCache(cache, root).stdout).toContain('plans/kh-239.yaml:5:5  lỗi/error  [schema-unknown-key]');
    // The staff member fixes the key and mistypes the value two lines below it.
    writeFileSync(join(root, 'plans/kh-239.yaml'), BASE_FILES['plans/kh-239.yaml']!.replace('value: 17.26', 'value: "17,26"'));
    const after = validateWithCache(cache, root);
    expect(after.stdout).toContain('plans/kh-239.yaml:6:12  lỗi/error  [number-with-comma]');
    expect(after.stdout).not.toContain('schema-unknown-key');
    expect(after).toEqual(validateWithCache('off', root));
    const json = JSON.parse(validateWithCache(cache, root, '--json').stdout);
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ code: 'number-with-comma', file: 'plans/kh-239.yaml', line: 6, column: 12 }));
  });

  it("checks again when a new commit moves the data's date, though no data file changed", () => {
    // A figure for 2024 reported before 2024 has ended: doubtful on 1 March 2024, right a year later.
    const early = `plan: kh-239\nobservations:\n  - { indicator: ty-le-ho-ngheo, territory: nhom-xa-ngheo, period: 2024, value: 45.2, status: reported, source: { document: bai-2023 } }\n`;
    const { root } = gitProject({ ...BASE_FILES, 'content/indicators/test.yaml': OWN_INDICATORS, 'plans/bai-2024.yaml': early });
    const cache = newCache();
    const notEnded = '[after-data-date]';
    expect(validateWithCache(cache, root).stdout).toContain(notEnded);
    expect(validateWithCache(cache, root).stdout).toContain(notEnded);
    writeFileSync(join(root, 'README.md'), 'Dữ liệu.\n');
    const later = { ...process.env, GIT_AUTHOR_DATE: '2025-02-01T10:00:00Z', GIT_COMMITTER_DATE: '2025-02-01T10:00:00Z' };
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '-A'], { cwd: root, env: later });
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'readme'], { cwd: root, env: later });
    expect(readFileSync(join(root, 'plans/bai-2024.yaml'), 'utf8')).toBe(early);
    const after = validateWithCache(cache, root);
    expect(after.stdout).not.toContain(notEnded);
    expect(after).toEqual(validateWithCache('off', root));
  });
});
