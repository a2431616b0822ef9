import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalPlaces } from '../../../src/core/validate/checkValues.ts';

/**
 * How many decimals a figure is written with decides whether it is reported as too precise for
 * its indicator, and how a quote's number is matched: it must be the decimals of the shortest
 * text that reads back as the value (what a person typed: 10.41 has 2), however small the value.
 */
function fewestDecimalsThatReadBack(value: number): number | null {
  for (let decimals = 0; decimals <= 100; decimals++) if (Number(value.toFixed(decimals)) === value) return decimals;
  return null;
}

describe('decimalPlaces', () => {
  it('counts the decimals a figure is written with, exponents included', () => {
    expect([10.41, 1306, 0.5, -3.25, 1e-7, 1.5e-10, 69.75, 0.1 + 0.2].map(decimalPlaces)).toEqual([2, 0, 1, 2, 7, 11, 2, 17]);
    expect([Number.NaN, Infinity, -Infinity, 1e21].map(decimalPlaces)).toEqual([0, 0, 0, 0]);
  });

  it('is the fewest decimals that read back as the value, for any number', () => {
    const values = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }),
      fc.integer().map((whole) => whole / 100),
      fc.integer().map((whole) => whole / 1e7),
      fc.double({ min: -1e-5, max: 1e-5, noNaN: true }),
    );
    fc.assert(
      fc.property(values, (value) => {
        const expected = fewestDecimalsThatReadBack(value);
        // toFixed writes at most 100 decimals: smaller values are covered by the examples above.
        if (expected !== null) expect(decimalPlaces(value)).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });
});
