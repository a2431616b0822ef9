import { describe, expect, it } from 'vitest';
import type { WordedDiagnostic } from '../../../src/core/diagnostics.ts';
import { build, edit } from '../projectFixture.ts';

const FIGURES = 'plans/bai-2023.yaml';
const INDICATORS = 'content/indicators/test.yaml';

function only(diagnostics: WordedDiagnostic[], code: WordedDiagnostic['code']) {
  const found = diagnostics.filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  const d = found[0]!;
  return { at: `${d.file}:${d.line}:${d.column}`, vi: d.message.vi, en: d.message.en, hintVi: d.hint.vi };
}

describe('YAML mistakes are explained in plain Vietnamese and English, not in the parser\'s words', () => {
  it('points an unclosed quote at the quote that opens it, not at the end of the file', () => {
    const { diagnostics } = build(edit(FIGURES, 'quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%" }', 'quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41% }'));
    expect(only(diagnostics, 'yaml-syntax')).toEqual({
      at: 'plans/bai-2023.yaml:20:42',
      vi: 'Chuỗi mở bằng dấu nháy " ở đây không có dấu nháy đóng.',
      en: 'The text opened with " here is never closed.',
      hintVi: 'Thêm dấu " ở cuối chuỗi. Nếu trong chuỗi có dấu ", dùng dấu \' để bao ngoài.',
    });
  });

  it('says a value with ": " in it needs quotes', () => {
    const { diagnostics } = build(edit('plans/kh-239.md', 'title: { vi: Kế hoạch phát triển 10 xã nghèo }', 'title:\n  vi: Kế hoạch: phát triển 10 xã nghèo'));
    expect(only(diagnostics, 'yaml-syntax')).toMatchObject({
      at: 'plans/kh-239.md:9:7',
      vi: 'Giá trị ở đây có dấu ": " ở giữa, hoặc dòng tiếp theo thụt vào sâu hơn các dòng cùng cấp.',
      hintVi: 'Đặt cả giá trị trong dấu nháy kép, ví dụ vi: "Kế hoạch: phát triển 10 xã". Các trường của cùng một mục phải thẳng cột.',
    });
  });

  it('points a [ without its ] at the [', () => {
    const { diagnostics } = build(edit('plans/kh-239.md', 'scope: [nhom-xa-ngheo]', 'scope: [nhom-xa-ngheo'));
    expect(only(diagnostics, 'yaml-syntax')).toMatchObject({ at: 'plans/kh-239.md:10:8', en: 'The [ here has no closing ] on the same line.' });
  });

  it('names the character a value may not start with', () => {
    const { diagnostics } = build(edit(INDICATORS, 'unit: "%"\n    kind: level', 'unit: %\n    kind: level'));
    expect(only(diagnostics, 'yaml-syntax')).toMatchObject({ at: 'content/indicators/test.yaml:4:11', vi: 'Giá trị bắt đầu bằng ký tự % phải đặt trong dấu nháy kép.' });
  });

  it('explains tabs, repeated fields, misaligned lines and a stray "---"', () => {
    const cases: [Record<string, string>, string][] = [
      [edit(FIGURES, '    period: 2022\n', '\tperiod: 2022\n'), 'Dòng này thụt lề bằng phím Tab; YAML chỉ chấp nhận dấu cách.'],
      [edit(FIGURES, '    period: 2022\n', '    period: 2022\n    period: 2021\n'), 'Trường này xuất hiện hai lần trong cùng một mục.'],
      [edit(FIGURES, '  - indicator: ty-le-ho-ngheo\n    territory: nhom-xa-ngheo\n    period: 2023', '   - indicator: ty-le-ho-ngheo\n    territory: nhom-xa-ngheo\n    period: 2023'), 'Các dòng "- " của cùng một danh sách phải thẳng cột với nhau, nhưng dòng này lệch cột.'],
      [{ [FIGURES]: 'plan: kh-239\n---\nobservations: []\n' }, 'Tệp có một dòng "---" ở giữa: mỗi tệp chỉ được có một phần dữ liệu.'],
    ];
    for (const [files, vi] of cases) expect(only(build(files).diagnostics, 'yaml-syntax').vi).toBe(vi);
  });

  it('quotes the parser for rare mistakes rather than hiding them', () => {
    const { diagnostics } = build({ [FIGURES]: 'plan: &a &b kh-239\n' });
    const { vi, en } = only(diagnostics, 'yaml-syntax');
    expect(vi).toMatch(/^YAML viết sai ở đây \(trình đọc YAML báo: ".+"\)\.$/);
    expect(en).toMatch(/^The YAML is malformed here \(the YAML reader says: ".+"\)\.$/);
  });
});

describe('a blank left to fill in says "fill it in"', () => {
  it('for a required number, with the format to write', () => {
    const { diagnostics } = build(edit(FIGURES, 'value: 60.95', 'value:   # số liệu, dấu chấm thập phân'));
    expect(only(diagnostics, 'schema-required')).toEqual({
      at: 'plans/bai-2023.yaml:6:5',
      vi: '"value" đang để trống: hãy điền vào.',
      en: '"value" is blank: fill it in.',
      hintVi: 'Viết con số sau dấu hai chấm, dấu chấm cho phần thập phân, không ghi đơn vị: value: 10.41',
    });
  });

  it('for an optional field, offering to delete the line instead', () => {
    const { diagnostics } = build(edit(FIGURES, '{ document: bai-2023, quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%" }', '\n      document: bai-2023\n      quote:'));
    expect(only(diagnostics, 'schema-required')).toMatchObject({ vi: '"source.quote" đang để trống: hãy điền vào, hoặc xóa cả dòng nếu không có.', en: '"source.quote" is blank: fill it in, or delete the line if there is none.' });
  });

  it('for a choice, listing the choices', () => {
    const { diagnostics } = build(edit('plans/kh-239.md', 'status: ban-hanh', 'status:'));
    expect(only(diagnostics, 'schema-required').hintVi).toBe('Viết một trong: du-thao, ban-hanh.');
  });
});

describe('other values a person gets wrong', () => {
  it('suggests the id when a name is typed in its place', () => {
    const { diagnostics } = build(edit(FIGURES, 'territory: nhom-xa-ngheo\n    period: 2022', 'territory: Nậm Chày\n    period: 2022'));
    expect(diagnostics.find((d) => d.code === 'schema-value')!.hint.vi).toBe('Viết mã, không viết tên, ví dụ "nam-chay".');
  });

  it('says "whole number", not "int"', () => {
    const { diagnostics } = build(edit(INDICATORS, 'decimals: 0', 'decimals: 1.5'));
    expect(only(diagnostics, 'schema-type')).toMatchObject({ vi: '"decimals" phải là một số nguyên, nhưng đang là số 1.5.', en: '"decimals" must be a whole number, but is the number 1.5.' });
  });

  it('says what a file that is a list instead of "name: value" lines should look like', () => {
    const { diagnostics } = build({ [FIGURES]: '- ty-le-ho-ngheo\n- 60.95\n' });
    expect(only(diagnostics, 'schema-type').vi).toBe('Tệp phải gồm các dòng "tên: giá trị" (ví dụ "observations:" rồi danh sách), nhưng đang là một danh sách.');
  });
});
