import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/core/buildModel.ts';
import type { Diagnostic } from '../../../src/core/diagnostics.ts';
import { BASE_FILES, filesOf } from '../projectFixture.ts';

/**
 * Whatever the files contain, the validator answers with diagnostics: it never throws, never
 * hangs, and every diagnostic points inside the file it names.
 */
function assertWellFormed(files: { path: string; text: string }[]): Diagnostic[] {
  const { diagnostics } = buildModel(files);
  const lineCounts = new Map(files.map((f) => [f.path, f.text.replace(/\r\n?/g, '\n').split('\n').length]));
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCounts.get(d.file) ?? 1);
    expect(d.message.vi.length).toBeGreaterThan(0);
    expect(d.message.en.length).toBeGreaterThan(0);
    expect(d.hint.vi.length).toBeGreaterThan(0);
  }
  return diagnostics;
}

const FIGURES = 'plans/bai-2023.yaml';
const baseFigures = BASE_FILES[FIGURES]!;

/** Edits people make by accident: a character deleted, inserted or swapped, a line re-indented. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(':', '-', ' ', '  ', '\t', '"', "'", '#', '[', '{', '&a', '*a', '!!binary', '\n', '%', '@', '|', '>', ',', '\u0301', '\ufeff', '\r\n') }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }),
);

function applyMutation(text: string, m: typeof mutation extends fc.Arbitrary<infer T> ? T : never): string {
  if (m.kind === 'delete') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + m.length);
  }
  if (m.kind === 'insert') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(at);
  }
  const lines = text.split('\n');
  const index = m.line % lines.length;
  lines[index] = m.by >= 0 ? ' '.repeat(m.by) + lines[index] : lines[index]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
  return lines.join('\n');
}

describe('the validator under random and mutated input', () => {
  it('answers mutated figures files with diagnostics, never an exception', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const text = mutations.reduce(applyMutation, baseFigures);
        assertWellFormed(filesOf({ [FIGURES]: text }));
      }),
      { numRuns: 400 },
    );
  });

  it('answers mutated documents (front matter and body) with diagnostics', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const text = mutations.reduce(applyMutation, BASE_FILES['plans/kh-239.md']!);
        assertWellFormed(filesOf({ 'plans/kh-239.md': text }));
      }),
      { numRuns: 300 },
    );
  });

  it('answers arbitrary text and binary garbage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.uint8Array({ maxLength: 200 }), (text, bytes) => {
        assertWellFormed(filesOf({ [FIGURES]: text, 'content/territories/test.yaml': new TextDecoder().decode(bytes) }));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects wrong types and non-finite numbers in every field of a figure', () => {
    const anyValue = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.double(),
      fc.constantFrom('.nan', '.inf', '-.inf', '1e400', '-0', '0x1F', '~', 'null', 'true', '[]', '{}', '"10,41"', '1.306'),
      fc.integer(),
      fc.boolean(),
    );
    const field = fc.constantFrom('indicator', 'territory', 'period', 'value', 'status', 'out_of', 'approximate');
    fc.assert(
      fc.property(field, anyValue, (name, value) => {
        const raw = typeof value === 'string' ? value : String(value);
        const text = baseFigures.replace(new RegExp(`(\\n    ${name}: )[^\\n]*`), `$1${raw}`);
        const diagnostics = assertWellFormed(filesOf({ [FIGURES]: text }));
        const { model } = buildModel(filesOf({ [FIGURES]: text }));
        for (const observation of model.observations) expect(Number.isFinite(observation.value)).toBe(true);
        return diagnostics !== undefined;
      }),
      { numRuns: 300 },
    );
  });

  // The test's own timeout is the bound: a hang or a super-linear blow-up fails it.
  it('handles very long strings and deep nesting', { timeout: 30_000 }, () => {
    const long = 'x'.repeat(200_000);
    const deep = `${'['.repeat(2000)}${']'.repeat(2000)}`;
    const diagnostics = assertWellFormed(filesOf({ [FIGURES]: `observations:\n  - indicator: ${long}\n`, 'plans/deep.yaml': `targets: ${deep}\n` }));
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(
      expect.arrayContaining(['plans/bai-2023.yaml:2 schema-required', 'plans/deep.yaml:1 yaml-syntax']),
    );
  });
});
