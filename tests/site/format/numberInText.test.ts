import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../../src/core/format/formatNumber.ts';
import { numberInText } from '../../../src/site/format/numberInText.ts';

describe('the number an amount prints, read back in the page’s language', () => {
  test.each([
    ['4.928 hộ', 'vi', 4928],
    ['81,01%', 'vi', 81.01],
    ['khoảng 400 người', 'vi', 400],
    ['không quá 41,14%', 'vi', 41.14],
    ['1.306,5 tỷ đồng', 'vi', 1306.5],
    ['-3,5 điểm %', 'vi', -3.5],
    ['4,928 households', 'en', 4928],
    ['about 1,306.5 billion VND', 'en', 1306.5],
  ] as const)('"%s" (%s) reads %d', (text, locale, value) => {
    expect(numberInText(text, locale)).toBe(value);
  });

  test('a text with no number or two of them reads nothing, so its row keeps its <data value>', () => {
    expect(numberInText('không rõ', 'vi')).toBeUndefined();
    expect(numberInText('300–350 người', 'vi')).toBeUndefined();
    expect(numberInText('12 m3', 'vi')).toBeUndefined();
  });

  test('any number as the site writes it, in either language, with its words around it, reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('vi' as const, 'en' as const), (whole, decimals, locale) => {
        const value = whole / 10 ** decimals;
        expect(numberInText(`khoảng ${formatNumber(value, locale, decimals)} hộ`, locale)).toBe(value);
      }),
    );
  });
});
