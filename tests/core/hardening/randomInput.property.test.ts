import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WordedDiagnostic } from '../../../src/core/diagnostics.ts';
import { BASE_FILES, filesOf, locations, buildWorded } from '../projectFixture.ts';

/**
 * Whatever the files contain, the validator answers with diagnostics: it never throws, never
 * hangs, and every diagnostic points inside the file it names.
 */
function assertWellFormed(files: { path: string; text: string }[]): WordedDiagnostic[] {
  const { diagnostics } = buildWorded(files);
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
        const { model } = buildWorded(filesOf({ [FIGURES]: text }));
        for (const observation of model.observations) expect(Number.isFinite(observation.value)).toBe(true);
        return diagnostics !== undefined;
      }),
      { numRuns: 300 },
    );
  });

  // The test's own timeout is the bound: a hang or a super-linear blow-up fails it.
  it('handles a very long string and deep flow nesting in one project', { timeout: 30_000 }, () => {
    const long = 'x'.repeat(200_000);
    const deep = `${'['.repeat(2000)}${']'.repeat(2000)}`;
    const diagnostics = assertWellFormed(filesOf({ [FIGURES]: `observations:\n  - indicator: ${long}\n`, 'plans/deep.yaml': `targets: ${deep}\n` }));
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(
      expect.arrayContaining(['plans/bai-2023.yaml:2 schema-required', 'plans/deep.yaml:1 yaml-syntax']),
    );
  });
});

/** The errors a project has, as "file:line code", to compare two readings of the same data. */
function errorsOf(files: { path: string; text: string }[]): string[] {
  return buildWorded(files).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.code}`);
}

/** What the site shows from a project: every figure with its value and quote, in order. */
function figuresOf(files: { path: string; text: string }[]) {
  const { model } = buildWorded(files);
  return [
    ...model.observations.map((o) => [o.indicator, o.territory, o.value, o.source.quote ?? null]),
    ...model.targets.map((t) => [t.indicator, t.territory, t.value ?? null]),
    ...model.territories.map((t) => [t.id, t.name]),
  ];
}

describe('links typed into url fields', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'https://example.org/" onmouseover="alert(1)',
    "https://example.org/' onmouseover='alert(1)",
    'https://example.org/<script>',
  ])('refuses %s with a diagnostic on its line', (url) => {
    const document = BASE_FILES['plans/bai-2023.md']!.replace('status: ban-hanh', `status: ban-hanh\nurl: ${JSON.stringify(url)}`);
    const { diagnostics } = buildWorded(filesOf({ 'plans/bai-2023.md': document }));
    expect(locations(diagnostics)).toContain('plans/bai-2023.md:6:6 schema-value');
    expect(diagnostics.find((d) => d.code === 'schema-value')!.message.en).toContain('has no spaces, quotes or < >');
  });
});

describe('each class of hostile input, one property per class', () => {
  const paths = Object.keys(BASE_FILES);
  const anyPath = fc.constantFrom(...paths);

  it('broken indentation: any line moved by spaces or tabs gives a diagnostic on a line of that file, or the same data', () => {
    const figuresLines = baseFigures.split('\n').length;
    fc.assert(
      fc.property(fc.nat({ max: figuresLines - 2 }), fc.constantFrom(' ', '  ', '   ', '\t', ' \t'), fc.boolean(), (line, indent, remove) => {
        const lines = baseFigures.split('\n');
        lines[line] = remove ? lines[line]!.replace(/^ {1,3}/, '') : indent + lines[line];
        const files = filesOf({ [FIGURES]: lines.join('\n') });
        const diagnostics = assertWellFormed(files);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        // Either the edit broke the structure and is reported in that file, or YAML still reads
        // the same structure and every figure arrives unchanged.
        if (errors.length === 0) expect(figuresOf(files)).toEqual(figuresOf(filesOf()));
        else expect(errors.some((d) => d.file === FIGURES)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('huge numbers, NaN and Infinity: never a figure, always an error on the value\'s line', () => {
    const hostileNumber = fc.oneof(
      fc.constantFrom('.nan', '.NaN', '.inf', '-.inf', '+.inf', '.Inf', '1e400', '-1e400', '1.8e308', '9'.repeat(400), `0.${'0'.repeat(400)}1e-400`),
      fc.integer({ min: 309, max: 100_000 }).map((exponent) => `1e${exponent}`),
      fc.double({ noDefaultInfinity: false }).filter((n) => !Number.isFinite(n)).map(String),
    );
    fc.assert(
      fc.property(hostileNumber, fc.nat({ max: 2 }), (raw, which) => {
        let seen = -1;
        const text = baseFigures.replace(/(\n    value: )[^\n]*/g, (match, prefix: string) => ((seen += 1) === which ? `${prefix}${raw}` : match));
        const line = text.slice(0, text.indexOf(`value: ${raw}`)).split('\n').length;
        const files = filesOf({ [FIGURES]: text });
        const diagnostics = assertWellFormed(files);
        const { model } = buildWorded(files);
        for (const observation of model.observations) expect(Number.isFinite(observation.value)).toBe(true);
        const onValue = diagnostics.filter((d) => d.file === FIGURES && d.line === line && d.severity === 'error');
        // A long string of nines or a tiny exponent is a real (if silly) number: it may pass the
        // schema and be caught by the range checks instead; it must never become Infinity.
        if (!Number.isFinite(Number(raw.replace(/^\.nan$/i, 'NaN'))) || /nan|inf/i.test(raw)) expect(onValue.length).toBeGreaterThan(0);
        // The message quotes what was typed, never a JavaScript word the person did not write.
        if (!/NaN|Infinity/.test(raw)) expect(diagnostics.filter((d) => /NaN|Infinity/.test(d.message.en + d.message.vi))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('empty files and binary garbage: diagnostics inside the file, and the rest of the project still read', () => {
    const garbage = fc.oneof(
      fc.constantFrom('', ' ', '\n\n', '\ufeff', '# only a comment\n', '---\n---\n', '\u0000', '\r\n'),
      fc.uint8Array({ minLength: 1, maxLength: 2000 }).map((bytes) => new TextDecoder().decode(bytes)),
      fc.uint8Array({ minLength: 1, maxLength: 2000 }).map((bytes) => String.fromCharCode(...bytes)),
    );
    fc.assert(
      fc.property(anyPath, garbage, (path, text) => {
        const files = filesOf({ [path]: text });
        assertWellFormed(files);
        // Territories are read from their own file: they survive garbage anywhere else.
        if (path !== 'content/territories/test.yaml') expect(buildWorded(files).model.territories.length).toBe(3);
      }),
      { numRuns: 300 },
    );
  });

  it('BOM, CRLF and NFD text: read exactly as the plain UTF-8 file, with the same figures and the same diagnostics', () => {
    const encoding = fc.record({ bom: fc.boolean(), crlf: fc.constantFrom('\n', '\r\n', '\r'), nfd: fc.boolean() });
    const baseline = figuresOf(filesOf());
    fc.assert(
      fc.property(fc.dictionary(anyPath, encoding, { minKeys: 1 }), (choices) => {
        const files = filesOf(
          Object.fromEntries(
            Object.entries(choices).map(([path, { bom, crlf, nfd }]) => {
              let text = BASE_FILES[path]!;
              if (nfd) text = text.normalize('NFD');
              text = text.replace(/\n/g, crlf);
              return [path, bom ? `\ufeff${text}` : text];
            }),
          ),
        );
        expect(figuresOf(files)).toEqual(baseline);
        expect(errorsOf(files)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('very long strings: a quote of up to a million characters arrives whole, whatever it is made of', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 1_000_000 }), fc.constantFrom('x', 'Nậm Chày ', '"', "'", '\\', ': ', '# '), (length, unit) => {
        const long = unit.repeat(Math.ceil(length / unit.length));
        const quoted = JSON.stringify(long);
        const text = baseFigures.replace('quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%"', `quote: ${quoted}`);
        const files = filesOf({ [FIGURES]: text });
        assertWellFormed(files);
        const quotes = buildWorded(files).model.observations.map((o) => o.source.quote);
        expect(quotes).toContain(long.normalize('NFC'));
      }),
      { numRuns: 12 },
    );
  });

  it('deep nesting: past 200 levels a plain diagnostic where it crosses the limit, never a stack overflow', { timeout: 60_000 }, () => {
    const style = fc.constantFrom('flow-list', 'flow-map', 'block-list', 'block-map', 'mixed');
    fc.assert(
      fc.property(style, fc.integer({ min: 150, max: 5000 }), fc.boolean(), (kind, depth, inDocument) => {
        let yaml: string;
        if (kind === 'flow-list') yaml = `targets: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
        else if (kind === 'flow-map') yaml = `targets: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
        else if (kind === 'mixed') yaml = `targets: ${'[{a: '.repeat(Math.ceil(depth / 2))}1${'}]'.repeat(Math.ceil(depth / 2))}\n`;
        else if (kind === 'block-list') yaml = `targets:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}-`).join('\n')} 1\n`;
        else yaml = `targets:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`;
        const path = inDocument ? 'plans/deep.md' : 'plans/deep.yaml';
        const text = inDocument ? `---\nid: deep\n${yaml}---\nBody.\n` : yaml;
        const files = filesOf({ [path]: text });
        const diagnostics = assertWellFormed(files);
        const tooDeep = diagnostics.filter((d) => d.file === path && d.code === 'yaml-syntax' && d.message.en.includes('nested more than 200 levels'));
        if (depth > 205) {
          expect(tooDeep).toHaveLength(1);
          expect(diagnostics.some((d) => /call stack/i.test(d.message.en))).toBe(false);
        }
        if (depth < 195) expect(tooDeep).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('invisible and bidi-control characters: reported where they are, in any file', () => {
    const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u2060', '\u00ad', '\ufeff');
    fc.assert(
      fc.property(anyPath, fc.nat(), invisible, (path, at, character) => {
        const original = BASE_FILES[path]!;
        const offset = 1 + (at % (original.length - 1));
        const text = original.slice(0, offset) + character + original.slice(offset);
        const before = text.slice(0, offset);
        const expected = `${path}:${before.split('\n').length}:${offset - before.lastIndexOf('\n')} invisible-character`;
        expect(locations(assertWellFormed(filesOf({ [path]: text })))).toContain(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('YAML alias bombs: refused at the first alias, whatever their width and depth', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 20 }), fc.integer({ min: 4, max: 30 }), fc.constantFrom('flow', 'block'), (width, levels, layout) => {
        const name = (level: number) => `l${level}`;
        const lines = [`${name(0)}: &${name(0)} "lol"`];
        for (let level = 1; level < levels; level += 1) {
          const refs = Array.from({ length: width }, () => `*${name(level - 1)}`);
          lines.push(layout === 'flow' ? `${name(level)}: &${name(level)} [${refs.join(', ')}]` : `${name(level)}: &${name(level)}\n${refs.map((ref) => `  - ${ref}`).join('\n')}`);
        }
        const text = `${lines.join('\n')}\n`;
        const files = filesOf({ 'plans/bomb.yaml': text });
        const diagnostics = assertWellFormed(files);
        const firstAlias = text.indexOf('*');
        const before = text.slice(0, firstAlias);
        const expected = `plans/bomb.yaml:${before.split('\n').length}:${firstAlias - before.lastIndexOf('\n')} yaml-syntax`;
        // Fewer than 100 aliases expand harmlessly; then the file is just not a figures file.
        if (width ** (levels - 1) > 1000) expect(locations(diagnostics)).toContain(expected);
      }),
      { numRuns: 60 },
    );
  });
});
