import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFilePacked, loadProject, type SourceFile } from '../../../src/core/load/loadProject.ts';
import { packRecords, unpackRecords, type PackedRecords } from '../../../src/core/load/recordColumns.ts';

/**
 * Loaded records cross from the threads that read them, and to and from the load cache, packed as
 * columns. What comes back must be what went in, exactly: the same keys in the same order, the
 * same strings, the same numbers (-0 included), or a figure would reach the site changed.
 */

/** Where two values first differ, by key order and Object.is on every leaf (toEqual ignores both), or null. */
function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? null : `${at}: ${typeof a} vs ${typeof b}`;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: different kinds`;
  const [keysA, keysB] = [Object.keys(a), Object.keys(b)];
  if (keysA.join('\u0000') !== keysB.join('\u0000') || keysA.length !== keysB.length) return `${at}: keys ${JSON.stringify(keysA)} vs ${JSON.stringify(keysB)}`;
  for (const key of keysA) {
    const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
    if (difference) return difference;
  }
  return null;
}

/** As the records cross: packed, through v8's serializer (postMessage, the cache), unpacked. */
function roundTrip(records: unknown[]): unknown[] | null {
  const packed = packRecords(records);
  return packed && unpackRecords(deserialize(serialize(packed)) as PackedRecords);
}

const leaf = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', 'phụ lục 1', 'Tả Thàng', '__proto__', 'constructor', '0', '-0'),
  fc.double(),
  fc.constantFrom(-0, 0, Number.NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 2, 10.41, 1306),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const key = fc.oneof(fc.string(), fc.constantFrom('id', 'value', 'source', '1', '0', '10', '', 'constructor', 'toString', '-1', '1.5'));
const { value: plainValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('object')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(key.filter((name) => name !== '__proto__'), tie('value'), { maxKeys: 6, noNullPrototype: true }),
}));
/** Records as a figures file's are: many of a few shapes, strings repeated across them. */
const figureLike = fc.record(
  {
    indicator: fc.constantFrom('chi-so-1', 'chi-so-2', 'ty-le-ho-ngheo'),
    territory: fc.constantFrom('xa-1', 'nam-chay', 'lao-cai'),
    period: fc.oneof(fc.integer({ min: 2000, max: 2030 }), fc.constantFrom('2024-Q1', '2021-2025')),
    value: fc.double({ noNaN: true }),
    out_of: fc.integer({ min: 1, max: 500 }),
    qualifier: fc.constantFrom('about', 'more-than'),
    status: fc.constantFrom('reported', 'estimated'),
    source: fc.record({ document: fc.constantFrom('bao-cao-2024', 'ke-hoach'), locator: fc.string() }, { requiredKeys: ['document'], noNullPrototype: true }),
    note: fc.record({ vi: fc.string(), en: fc.string() }, { noNullPrototype: true }),
    filePlan: fc.constant('ke-hoach'),
    origin: fc.constant(null),
  },
  { requiredKeys: ['indicator', 'territory', 'period', 'value', 'status', 'source'], noNullPrototype: true },
);

describe('records packed as columns', () => {
  it('come back exactly, key order and -0 included, for any plain data', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(plainValue, fc.dictionary(key.filter((name) => name !== '__proto__'), plainValue, { noNullPrototype: true })), { maxLength: 30 }), (records) => {
        expect(firstDifference(roundTrip(records), records)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('come back exactly for lists of figure-like records', () => {
    fc.assert(
      fc.property(fc.array(figureLike, { maxLength: 300 }), (records) => {
        expect(firstDifference(roundTrip(records), records)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('keep each repeated string once', () => {
    const records = Array.from({ length: 1000 }, (_, index) => ({ indicator: `chi-so-${index % 3}`, value: index, source: { document: 'bao-cao' } }));
    expect(packRecords(records)!.strings).toEqual(['chi-so-0', 'bao-cao', 'chi-so-1', 'chi-so-2']);
    expect(packRecords(records)!.shapes).toEqual([['indicator', 'value', 'source'], ['document']]);
  });

  it('are refused for anything but plain data, so the caller sends the records as they are', () => {
    const holey: unknown[] = [1];
    holey[2] = 3;
    const withExtra = Object.assign([1, 2], { extra: true });
    class Figure {
      value = 1;
    }
    for (const odd of [new Date(0), new Map([[1, 2]]), new Set([1]), new Figure(), Object.create(null) as object, holey, withExtra, JSON.parse('{"__proto__": 1}') as object, 10n, Symbol('x'), () => 1, new Uint8Array(2)]) {
      expect(packRecords([{ value: odd }])).toBeNull();
      expect(packRecords([odd])).toBeNull();
    }
  });

  it('throw when their columns are damaged instead of making records with holes', () => {
    const packed = packRecords([{ indicator: 'chi-so-1', value: 10.41, source: { document: 'bao-cao' } }])!;
    const damaged = (change: (copy: PackedRecords) => void) => {
      const copy = deserialize(serialize(packed)) as PackedRecords;
      change(copy);
      return () => unpackRecords(copy);
    };
    expect(damaged(() => {})).not.toThrow();
    expect(damaged((copy) => (copy.strings = copy.strings.slice(0, 1)))).toThrow();
    expect(damaged((copy) => (copy.numbers = new Float64Array(0)))).toThrow();
    expect(damaged((copy) => (copy.shapes = copy.shapes.slice(0, 1)))).toThrow();
    expect(damaged((copy) => (copy.words = copy.words.slice(0, -1)))).toThrow();
    expect(damaged((copy) => (copy.words = Uint32Array.from([...copy.words, 0])))).toThrow();
    expect(damaged((copy) => (copy.words[0] = (1_000_000 << 3) | 3))).toThrow();
  });
});

describe('a loaded file packed to cross threads', () => {
  const repository = resolve(import.meta.dirname, '../../..');
  const shipped: SourceFile[] = ['content', 'plans'].flatMap((folder) =>
    readdirSync(join(repository, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({ path: `${folder}/${name.split('\\').join('/')}`, text: readFileSync(join(repository, folder, name), 'utf8') })),
  );

  it('is adopted into exactly the records, origins and diagnostics of loading it in place (every shipped YAML file)', () => {
    expect(shipped.length).toBeGreaterThan(10);
    const packed = new Map(shipped.map((file) => [file.path, deserialize(serialize(loadFilePacked(file))) as ReturnType<typeof loadFilePacked>]));
    expect([...packed.values()].some((one) => Object.keys(one.columns).length > 0)).toBe(true);
    const adopted = loadProject(shipped, packed);
    const inPlace = loadProject(shipped);
    const withPositions = (records: { origin: { file: string; line: number; column: number; path: readonly unknown[] } }[]) =>
      records.map(({ origin, ...record }) => ({ ...record, at: `${origin.file}:${origin.line}:${origin.column} ${origin.path.join('.')}` }));
    for (const list of ['territories', 'groups', 'indicators', 'agencies', 'targets', 'tasks', 'observations'] as const) {
      expect(firstDifference(withPositions(adopted[list]), withPositions(inPlace[list])), list).toBeNull();
    }
    expect(adopted.diagnostics).toEqual(inPlace.diagnostics);
  });

  it('whose columns were damaged is loaded again in place, not adopted with holes', () => {
    const file = shipped.find((one) => one.path.startsWith('plans/') && loadProject([one]).observations.length > 0)!;
    const packed = loadFilePacked(file);
    packed.columns.observations!.strings = [];
    const loaded = loadProject([file], new Map([[file.path, packed]]));
    expect(firstDifference(loaded.observations.map(({ origin: _origin, ...record }) => record), loadProject([file]).observations.map(({ origin: _origin, ...record }) => record))).toBeNull();
  });

  it('never shares one object between records, even where the YAML repeats a mapping by alias', () => {
    const text = [
      'plan: ke-hoach',
      'observations:',
      '  - indicator: chi-so-1',
      '    territory: xa-1',
      '    period: 2024',
      '    value: 1',
      '    status: reported',
      '    source: &nguon { document: bao-cao, locator: "phụ lục 1" }',
      '  - indicator: chi-so-2',
      '    territory: xa-1',
      '    period: 2024',
      '    value: 2',
      '    status: reported',
      '    source: *nguon',
      '',
    ].join('\n');
    const [first, second] = loadProject([{ path: 'plans/bao-cao.yaml', text }]).observations;
    expect(first!.source).toEqual(second!.source);
    // Packed, the two would come back as two objects: they must be two already.
    expect(first!.source).not.toBe(second!.source);
  });
});
