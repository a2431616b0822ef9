import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../../src/core/format/formatNumber.ts';
import { random } from '../../bench/syntheticData.ts';

// The oracle is the platform's own Intl.NumberFormat, which formatNumber no longer calls for
// ordinary numbers: the two must never disagree.
const oracles = new Map<string, Intl.NumberFormat>();
function intl(value: number, locale: 'vi' | 'en', decimals: number): string {
  const key = `${locale}${decimals}`;
  if (!oracles.has(key)) oracles.set(key, new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: decimals, useGrouping: true }));
  return oracles.get(key)!.format(value);
}

describe('numbers in the reader’s convention', () => {
  test('the figures of the shipped plans read as the design says', () => {
    expect(formatNumber(1306, 'vi', 0)).toBe('1.306');
    expect(formatNumber(10.41, 'vi', 2)).toBe('10,41');
    expect(formatNumber(10.41, 'en', 2)).toBe('10.41');
    expect(formatNumber(1234567.891, 'en', 2)).toBe('1,234,567.89');
  });

  test('halves round away from zero on the decimal the source wrote, as Intl does', () => {
    expect(formatNumber(1.005, 'vi', 2)).toBe('1,01');
    expect(formatNumber(-2.5, 'en', 0)).toBe('-3');
    expect(formatNumber(9.995, 'en', 2)).toBe('10');
    expect(formatNumber(999999.5, 'vi', 0)).toBe('1.000.000');
    expect(formatNumber(-0.001, 'en', 2)).toBe('-0');
  });

  test('agrees with Intl.NumberFormat on 200.000 random values of every shape', () => {
    const next = random(20_261_203);
    const mismatches: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      const magnitude = 10 ** Math.floor(next() * 16 - 7);
      let value = (next() - 0.3) * magnitude;
      // Values as sources write them: a few decimals, often exactly on a half.
      if (i % 3 === 0) value = Number(value.toFixed(Math.floor(next() * 5)));
      if (i % 7 === 0) value = Math.round(value) + 0.5;
      if (i % 11 === 0) value = Number((Math.round(value * 1000) / 1000 + 0.0005).toFixed(4));
      const decimals = Math.floor(next() * 7);
      for (const locale of ['vi', 'en'] as const) {
        const expected = intl(value, locale, decimals);
        const actual = formatNumber(value, locale, decimals);
        if (actual !== expected && mismatches.length < 10) mismatches.push(`${value} (${locale}, ${decimals}): ${actual} ≠ ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('edge values: zero, negative zero, integers, very large and very small', () => {
    for (const value of [0, -0, 1, -1, 999, 1000, -1000, 123456789012, 1e20, 1e21, 2.5e-7, -3e-9, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, NaN, Infinity, -Infinity]) {
      for (const locale of ['vi', 'en'] as const) for (const decimals of [0, 2, 4]) expect(formatNumber(value, locale, decimals)).toBe(intl(value, locale, decimals));
    }
  });
});
