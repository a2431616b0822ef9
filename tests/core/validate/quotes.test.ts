import { describe, expect, it } from 'vitest';
import { numbersInText } from '../../../src/core/text/numbersInText.ts';
import { BASE_FILES, build, edit } from '../projectFixture.ts';

const errorsAt = (files: Record<string, string | null>) =>
  build(files).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

/** A count of households with its quote, cited to the fixture article, whose text holds `sentence`. */
function householdsQuoted(value: string, quote: string, sentence = quote) {
  return {
    'content/indicators/ho.yaml': 'indicators:\n  - id: so-ho-ngheo\n    name: { vi: Số hộ nghèo }\n    unit: hộ\n    kind: count\n    direction: decrease\n    decimals: 0\n    category: poverty\n',
    'plans/ho.yaml': `observations:\n  - indicator: so-ho-ngheo\n    territory: nhom-xa-ngheo\n    period: 2023\n    value: ${value}\n    status: reported\n    source: { document: bai-2023, quote: "${quote}" }\n`,
    ...edit('plans/bai-2023.md', 'Tóm tắt.', `Tóm tắt. ${sentence}`),
  };
}

describe('a number as a Vietnamese or English text writes it', () => {
  it.each([
    ['60,95%', 60.95],
    ['60.95', 60.95],
    ['3.124 hộ', 3124],
    ['3,124 households', 3124],
    ['3 124 hộ', 3124],
    ['3\u00a0124 hộ', 3124],
    ['1.306.000 người', 1306000],
    ['1,5 triệu người', 1.5],
  ])('reads %s as %d among its readings', (text, value) => {
    expect(numbersInText(text).flatMap((number) => number.readings.map((reading) => reading.value))).toContain(value);
  });

  it('keeps "1,5 triệu" with its scale word', () => {
    expect(numbersInText('1,5 triệu người')[0]!.scale).toBe(1e6);
  });
});

describe('the quote must state its figure', () => {
  it.each([
    ['3124', 'còn lại 3.124 hộ'],
    ['3124', 'còn lại 3 124 hộ'],
    ['3124', '3,124 poor households remain'],
    ['1500000', 'khoảng 1,5 triệu hộ'],
  ])('accepts %s quoted as "%s"', (value, quote) => {
    expect(errorsAt(householdsQuoted(value, quote))).toEqual([]);
  });

  it('reports a value changed after its quote was copied, at the value', () => {
    expect(errorsAt(householdsQuoted('3142', 'còn lại 3.124 hộ'))).toEqual(['plans/ho.yaml:5:12 quote-missing-figure']);
  });

  it('accepts an amount quoted in another scale: 304,8 tỷ đồng as "304.800 triệu đồng"', () => {
    const files = {
      'content/indicators/von.yaml': 'indicators:\n  - id: du-no\n    name: { vi: Dư nợ }\n    unit: tỷ đồng\n    kind: amount\n    direction: increase\n    decimals: 1\n    category: finance\n',
      'plans/von.yaml': 'observations:\n  - indicator: du-no\n    territory: nhom-xa-ngheo\n    period: 2023\n    value: 304.8\n    status: reported\n    source: { document: bai-2023, quote: "dư nợ 304.800 triệu đồng" }\n',
      ...edit('plans/bai-2023.md', 'Tóm tắt.', 'Tóm tắt. Tổng dư nợ 304.800 triệu đồng.'),
    };
    expect(errorsAt(files)).toEqual([]);
  });
});

describe('the quote must be in the document, when its text is on file', () => {
  it('finds it across a line break, curly quotes, a no-break space and decomposed letters', () => {
    const sentence = 'Huyện báo cáo “còn lại 3.124\u00a0hộ”\nở 10 xã.'.normalize('NFD');
    expect(errorsAt(householdsQuoted('3124', 'còn lại 3.124 hộ', sentence))).toEqual([]);
    expect(errorsAt(householdsQuoted('3124', 'Huyện báo cáo \\"còn lại 3.124 hộ\\" ở 10 xã.', sentence))).toEqual([]);
  });

  it('reports a reworded quote at the quote', () => {
    expect(errorsAt(householdsQuoted('3124', 'còn 3.124 hộ', 'còn lại 3.124 hộ'))).toEqual(['plans/ho.yaml:7:42 quote-not-in-document']);
  });

  it('does not check a document kept without its text', () => {
    const linkOnly = BASE_FILES['plans/bai-2023.md']!.replace(/\n---\n[^]*$/, '\n---\n');
    expect(linkOnly.endsWith('reports-on, document: kh-239 }\n---\n')).toBe(true);
    expect(errorsAt({ ...householdsQuoted('3124', 'còn 3.124 hộ'), 'plans/bai-2023.md': linkOnly })).toEqual([]);
  });
});
