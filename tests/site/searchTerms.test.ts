import { describe, expect, test } from 'vitest';
import { searchTerms } from '../../src/site/search/searchTerms.ts';

describe('the words a page is also found by', () => {
  test('its title without diacritics, and its other spellings with and without them', () => {
    expect(searchTerms('Xã La Pan Tẩn', ['La Pán Tẩn'])).toBe('Xa La Pan Tan · La Pán Tẩn · La Pan Tan');
  });

  test('nothing for a title already in plain letters', () => {
    expect(searchTerms('Data versions')).toBe('');
  });
});
