import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/load/normalizeText.ts';
import { findExcessiveNesting } from '../../../src/core/load/nestingDepth.ts';
import { readRecordLines } from '../../../src/core/load/readRecordLines.ts';
import { readProjectFiles } from '../../../src/node/readProjectFiles.ts';
import { generateSyntheticData } from '../../bench/syntheticData.ts';

/**
 * Figures files in the one-record-per-line layout are read by readRecordLines instead of js-yaml
 * (src/core/load/parseYaml.ts). A text it accepts must be one js-yaml reads without an error, to
 * the same value (same keys in the same order, same numbers, same strings), and one that the
 * alias and nesting checks it lets the caller skip would have passed: otherwise a figure would
 * be published differently, or a mistake go unreported, depending on how its file is laid out.
 */
function coreSchemaValue(text: string): { value: unknown } | { error: unknown } {
  try {
    return { value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch (error) {
    return { error };
  }
}

/** The same alias test parseYaml.ts makes before js-yaml reads a text. */
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]/m;

function expectSameAsJsYaml(text: string): boolean {
  const read = readRecordLines(text);
  if (!read) return false;
  expect(coreSchemaValue(text)).toStrictEqual({ value: read.value });
  expect(ALIAS.test(text)).toBe(false);
  expect(findExcessiveNesting(text)).toBeNull();
  return true;
}

const folder = mkdtempSync(join(tmpdir(), 'minhbach-record-lines-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('readRecordLines', () => {
  it('reads every synthetic figures file, each to the value js-yaml gives', async () => {
    generateSyntheticData('S', folder);
    const figures = (await readProjectFiles(folder)).filter((file) => file.path.startsWith('plans/') && file.path.endsWith('.yaml'));
    expect(figures.length).toBeGreaterThan(10);
    for (const file of figures) expect(expectSameAsJsYaml(normalizeText(file.text)), file.path).toBe(true);
  });

  it('gives js-yaml’s value for every shipped YAML file it accepts', async () => {
    const shipped = (await readProjectFiles(resolve(import.meta.dirname, '..', '..', '..'))).filter((file) => /\.ya?ml$/.test(file.path));
    expect(shipped.length).toBeGreaterThan(5);
    for (const file of shipped) expectSameAsJsYaml(normalizeText(file.text));
  });

  it('reads what people write the way js-yaml does: null, booleans, numbers, quotes, comments, empty lists', () => {
    const text = [
      '# Báo cáo năm 2024',
      'plan: ke-hoach-239',
      'targets:',
      'observations:',
      '- { indicator: ho-ngheo, territory: nam-chay, period: 2024, value: -0.5, status: reported, note: null, official: True }',
      '  # dòng chú thích giữa các số liệu: "#", {, }, ", " đều là chữ',
      '- {indicator: ho-ngheo,territory: tk-2,   period: 2024, value: 0, quote: "khoảng 1.306 hộ, {ước}: 10,41%", source: { document: bc-1, locator: "" } }',
      'extra: { a: {}, b: FALSE, c: 12345678901234.5 }',
      'last: "cuối"',
    ].join('\n');
    expect(expectSameAsJsYaml(text)).toBe(true);
    expect(readRecordLines(text)!.value['observations']).toHaveLength(2);
  });

  it('leaves to js-yaml what lies outside its layout', () => {
    const outside = [
      'a: *x',
      'a: &x 1\nb: 2',
      'a: "x\\"y"',
      'a: \'x\'',
      'a:\n  b: 1',
      'a: 1 # chú thích',
      'a: 1e3',
      'a: 0x1A',
      'a: 1_000',
      'a: 012',
      'a: 2024-05-12',
      'a: +12',
      'a: .5',
      'a: ~',
      'a: yes no',
      'a: 1\na: 2',
      'a:\n  - { b: 1, b: 2 }',
      'a:\n  - { b: 1 }\n - { b: 2 }',
      'a: 1\n  - { b: 1 }',
      '- { b: 1 }',
      'a:\n  - b',
      'a:\n  - { b: 1,\n c: 2 }',
      'a:\n  - { b: 1, }',
      'a:\n  - { b:1 }',
      'a:\t1',
      'a: "x\u0007"',
      '# x\u0085',
      'a: "\ud83d\ude00"',
      '---\na: 1',
      'true: 1',
      '',
      '# chỉ có chú thích',
      `a: ${'{ b: '.repeat(9)}1${' }'.repeat(9)}`,
    ];
    for (const text of outside) expect(readRecordLines(text), JSON.stringify(text)).toBeNull();
  });

  it('agrees with js-yaml on random record lines, and on the same lines with any character changed', () => {
    const token = fc.oneof(
      { arbitrary: fc.constantFrom('chi-so-1', 'xa-1471', 'reported', 'estimated', 'null', 'Null', 'TRUE', 'false', 'True', 'nan', 'Infinity', 'yes', 'on', '~'), weight: 4 },
      { arbitrary: fc.constantFrom('0', '-0', '2024', '1306', '29.16', '-5.25', '10.0', '0.1', '007', '1e3', '0x1A', '0o17', '1_000', '.5', '+3', '1.', '2024-05-12', '12345678901234567890'), weight: 4 },
      { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), weight: 2 },
      { arbitrary: fc.stringMatching(/^[A-Za-z0-9._+-]{1,8}$/), weight: 1 },
    );
    const quoted = fc
      .string({ unit: fc.oneof({ arbitrary: fc.constantFrom('a', 'ả', ' ', ',', ':', '#', '{', '}', "'"), weight: 20 }, fc.constantFrom('"', '\\', '*', '&', '\t', '\u0007', '\u2028', '\ud83d')), maxLength: 8 })
      .map((text) => `"${text}"`);
    const key = fc.constantFrom('indicator', 'territory', 'period', 'value', 'status', 'source', 'document', 'locator', 'null', 'a-b', 'x_1', 'B');
    const record: fc.Arbitrary<string> = fc.letrec((tie) => ({
      record: fc
        .array(fc.tuple(key, fc.oneof({ depthSize: 'small' }, token, quoted, tie('record') as fc.Arbitrary<string>)), { maxLength: 5 })
        .map((pairs) => `{ ${pairs.map(([name, value]) => `${name}: ${value}`).join(', ')} }`),
    })).record as fc.Arbitrary<string>;
    const line = fc.oneof(
      fc.tuple(fc.constantFrom('  - ', '- ', '    - ', '  -  '), record).map(([dash, text]) => `${dash}${text}`),
      fc.tuple(key, fc.oneof(token, quoted, record, fc.constant(''))).map(([name, value]) => `${name}:${value === '' ? '' : ` ${value}`}`),
      fc.constantFrom('', '# chú thích', '  # x: { y', 'observations:', 'targets:'),
    );
    const text = fc.array(line, { minLength: 1, maxLength: 8 }).map((lines) => lines.join('\n'));
    const mutated = fc.tuple(text, fc.nat(), fc.constantFrom('', ' ', '\n', '"', '{', '}', ',', ':', '-', '#', '*', '&', '!', '|', '>', '[', '?', '\\', '\t', '0', 'e', '.', '_', 'x')).map(
      ([original, at, character]) => {
        const index = at % (original.length + 1);
        return `${original.slice(0, index)}${character}${original.slice(index + 1)}`;
      },
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(text, mutated), (candidate) => {
        if (expectSameAsJsYaml(candidate)) accepted += 1;
      }),
      { numRuns: 10_000 },
    );
    // The comparison means something only if many random texts were read by both.
    expect(accepted).toBeGreaterThan(500);
  });
});
