import { describe, expect, test } from 'vitest';
import { locatorText } from '../../src/present/locatorText.ts';

describe('where in a document, in the page’s language', () => {
  test('the locators staff type read in English on English pages', () => {
    expect(locatorText('đoạn 4', 'en')).toBe('paragraph 4');
    expect(locatorText('mục II.1', 'en')).toBe('section II.1');
    expect(locatorText('mục III.16.a', 'en')).toBe('section III.16.a');
    expect(locatorText('đoạn mở đầu', 'en')).toBe('opening paragraph');
    expect(locatorText('đoạn kết luận', 'en')).toBe('closing paragraph');
    expect(locatorText('trang 12-13', 'en')).toBe('page 12–13');
    expect(locatorText('phụ biểu 01', 'en')).toBe('annex 01');
  });

  test('a heading is quoted as the document prints it, with the parts around it translated', () => {
    expect(locatorText('mục "Tập trung nguồn lực", đoạn 3', 'en')).toBe('section “Tập trung nguồn lực”, paragraph 3');
    expect(locatorText('mục "Tập trung nguồn lực", đoạn 3', 'vi')).toBe('mục “Tập trung nguồn lực”, đoạn 3');
  });

  test('words the reading does not know are kept as written, not dropped', () => {
    expect(locatorText('Phương hướng, nhiệm vụ năm 2024, mục 1 (đoạn 22)', 'en')).toBe('“Phương hướng, nhiệm vụ năm 2024”, section 1, paragraph 22');
  });

  test('parts written out read the same in both languages', () => {
    expect(locatorText({ section: 'II.1', paragraph: 4 }, 'vi')).toBe('mục II.1, đoạn 4');
    expect(locatorText({ section: 'II.1', paragraph: 4 }, 'en')).toBe('section II.1, paragraph 4');
    expect(locatorText({ table: '2', row: '5', page: '7' }, 'en')).toBe('table 2, row 5, page 7');
    expect(locatorText({ paragraph: 'opening' }, 'vi')).toBe('đoạn mở đầu');
  });
});
