import { describe, expect, it } from 'vitest';
import { BASE_FILES, build, edit, locations } from './projectFixture.ts';

const FIGURES = 'plans/bai-2023.yaml';
const TERRITORIES = 'content/territories/test.yaml';

describe('the validator reports each mistake at its file, line and column', () => {
  it('reports a YAML syntax error where the indentation breaks', () => {
    const { diagnostics } = build(edit(FIGURES, '    period: 2022\n', '   period: 2022\n'));
    expect(locations(diagnostics)).toEqual(['plans/bai-2023.yaml:5:4 yaml-syntax']);
  });

  it('reports only the syntax error of a broken territories file, not every figure that names its places', () => {
    const { diagnostics } = build(edit(TERRITORIES, '    name: Nậm Chày\n', '    name: Nậm Chày\n   oops\n'));
    expect(diagnostics.filter((d) => d.severity === 'error' && !d.causedBy).map((d) => d.code)).toEqual(['yaml-syntax']);
    // The figures naming its places are folded under it, each pointing at the one line to fix.
    const folded = diagnostics.filter((d) => d.causedBy);
    expect(folded.length).toBeGreaterThan(0);
    expect(new Set(folded.map((d) => `${d.code} <- ${d.causedBy!.file}:${d.causedBy!.line}:${d.causedBy!.column} ${d.causedBy!.code}`))).toEqual(new Set(['dangling-reference <- content/territories/test.yaml:15:4 yaml-syntax']));
  });

  it('still reports a reference to an id no file defines, when another file is unreadable', () => {
    const broken = edit(TERRITORIES, '    name: Nậm Chày\n', '    name: Nậm Chày\n   oops\n');
    const { diagnostics } = build({ ...broken, [FIGURES]: BASE_FILES[FIGURES]!.replace('territory: nhom-xa-ngheo', 'territory: xa-khong-co') });
    expect(diagnostics.filter((d) => d.severity === 'error' && !d.causedBy).map((d) => d.code)).toEqual(['yaml-syntax', 'dangling-reference']);
  });

  it('reports a misspelt key with its position and a suggestion', () => {
    const { diagnostics } = build(edit('plans/kh-239.yaml', '    comparator: "<="', '    comprator: "<="'));
    const unknown = diagnostics.find((d) => d.code === 'schema-unknown-key')!;
    expect(`${unknown.file}:${unknown.line}:${unknown.column}`).toBe('plans/kh-239.yaml:5:5');
    expect(unknown.hint.en).toBe('Did you mean "comparator"?');
    expect(unknown.message.vi).toContain('comprator');
  });

  it('reports a misspelt list name at the top of a figures file instead of dropping the list', () => {
    const { diagnostics, model } = build(edit(FIGURES, 'observations:', 'observation:'));
    expect(locations(diagnostics)).toEqual(['plans/bai-2023.yaml:2:1 schema-unknown-key']);
    expect(diagnostics[0]!.hint.en).toBe('Did you mean "observations"?');
    expect(model.observations).toHaveLength(0);
  });

  it('reports a dangling reference with "did you mean"', () => {
    const { diagnostics } = build(edit(FIGURES, 'territory: nhom-xa-ngheo\n    period: 2022', 'territory: nhom-xa-ngeo\n    period: 2022'));
    expect(locations(diagnostics)).toEqual(['plans/bai-2023.yaml:4:16 dangling-reference']);
    expect(diagnostics.find((d) => d.code === 'dangling-reference')!.hint.vi).toBe('Có phải ý bạn là "nhom-xa-ngheo"?');
  });

  it('reports a decimal comma with the number to write instead', () => {
    const { diagnostics } = build(edit(FIGURES, 'value: 60.95', 'value: 60,95'));
    expect(locations(diagnostics)).toEqual(['plans/bai-2023.yaml:6:12 number-with-comma']);
    expect(diagnostics[0]!.hint.en).toContain('Write 60.95');
  });

  it('reports every mistake in one run, across files', () => {
    const { diagnostics } = build({
      ...edit(FIGURES, 'value: 60.95', 'value: 60,95'),
      ...edit('plans/kh-239.yaml', '    comparator: "<="', '    comprator: "<="'),
      ...edit(TERRITORIES, 'code: "089"', 'code: 89'),
    });
    expect(locations(diagnostics)).toEqual([
      'content/territories/test.yaml:7:11 schema-type',
      'plans/bai-2023.yaml:6:12 number-with-comma',
      'plans/kh-239.yaml:5:5 schema-unknown-key',
    ]);
  });

  it('reports a missing required field at the item that lacks it', () => {
    const { diagnostics } = build(edit(FIGURES, '    status: reported\n    source: { document: bai-2023, quote: "giảm từ 60,95% giảm xuống còn 50,54%" }\n  - indicator: ty-le-ho-ngheo\n    territory: nhom-xa-ngheo\n    period: 2023', '    source: { document: bai-2023, quote: "giảm từ 60,95% giảm xuống còn 50,54%" }\n  - indicator: ty-le-ho-ngheo\n    territory: nhom-xa-ngheo\n    period: 2023'));
    expect(locations(diagnostics)).toEqual(['plans/bai-2023.yaml:3:5 schema-required']);
    expect(diagnostics[0]!.message.en).toBe('Missing required field "status".');
  });

  it('reports duplicate ids, pointing at the second and naming the first', () => {
    const { diagnostics } = build(edit(TERRITORIES, '  - id: van-ban', '  - id: nam-chay'));
    expect(locations(diagnostics)).toContain('content/territories/test.yaml:11:9 duplicate-id');
    expect(diagnostics.find((d) => d.code === 'duplicate-id')!.message.en).toContain('content/territories/test.yaml:6');
  });

  it('reports a share outside 0–100', () => {
    const { diagnostics } = build(edit(FIGURES, 'value: 50.54', 'value: 150.54'));
    expect(locations(diagnostics)).toEqual(['plans/bai-2023.yaml:12:12 value-out-of-range']);
  });

  it('reports a fractional count and suggests the thousands reading', () => {
    const { diagnostics } = build({
      [FIGURES]: `observations:
  - indicator: so-du-an
    territory: nhom-xa-ngheo
    period: 2023
    value: 1.306
    status: reported
    source: { document: bai-2023 }
`,
    });
    expect(locations(diagnostics)).toEqual(['plans/bai-2023.yaml:5:12 value-not-whole']);
    expect(diagnostics.find((d) => d.code === 'value-not-whole')!.hint.vi).toContain('1306');
  });

  it('reports a negative count', () => {
    const { diagnostics } = build({
      [FIGURES]: `observations:
  - indicator: so-du-an
    territory: nhom-xa-ngheo
    period: 2023
    value: -3
    status: reported
    source: { document: bai-2023 }
`,
    });
    expect(locations(diagnostics)).toEqual(['plans/bai-2023.yaml:5:12 value-out-of-range']);
  });

  it('reports an impossible date', () => {
    const { diagnostics } = build(edit('plans/kh-239.md', 'issued: 2021-05-19', 'issued: 2021-02-30'));
    expect(locations(diagnostics)).toEqual(['plans/kh-239.md:6:9 schema-value']);
    expect(diagnostics.find((d) => !d.causedBy)!.message.en).toContain('does not exist in the calendar');
  });

  it('reports a legal document number whose year disagrees with its date', () => {
    const { diagnostics } = build(edit('plans/kh-239.md', 'number: 239/KH-UBND\nissuer: ubnd-lao-cai\nissued: 2021-05-19', 'number: 239/2020/KH-UBND\nissuer: ubnd-lao-cai\nissued: 2021-05-19'));
    expect(locations(diagnostics)).toEqual(['plans/kh-239.md:4:9 document-number-year']);
  });

  it('reports a document number that follows no official form', () => {
    const { diagnostics } = build(edit('plans/kh-239.md', 'number: 239/KH-UBND', 'number: KH 239'));
    expect(locations(diagnostics)).toEqual(['plans/kh-239.md:4:9 document-number-grammar']);
  });

  it('warns when a body cites a known document with the wrong date', () => {
    const { diagnostics } = build(edit('plans/bai-2023.md', 'Tóm tắt.', 'Mở đầu.\n\nTheo Kế hoạch số 239/KH-UBND ngày 19/5/2024 của UBND tỉnh.'));
    expect(locations(diagnostics, 'warning')).toEqual(['plans/bai-2023.md:12:18 citation-date-mismatch']);
    expect(diagnostics[0]!.message.vi).toContain('ban hành ngày 19/5/2021');
  });

  it('reports two figures that repeat each other', () => {
    const { diagnostics } = build(edit(FIGURES, 'period: 2023\n    value: 50.54', 'period: 2022\n    value: 50.54'));
    expect(locations(diagnostics)).toContain('plans/bai-2023.yaml:9:5 duplicate-figure');
  });

  it('reports a GSO code of the wrong width for its level', () => {
    const { diagnostics } = build(edit(TERRITORIES, 'code: "03076"', 'code: "3076"'));
    expect(locations(diagnostics)).toEqual(['content/territories/test.yaml:12:11 territory-code']);
  });

  it('reports a file without front matter', () => {
    const { diagnostics } = build({ 'plans/bai-2023.md': 'Just text\n' });
    expect(locations(diagnostics)).toContain('plans/bai-2023.md:1:1 front-matter-missing');
  });
});

describe('stated against derived figures', () => {
  it('accepts a stated reduction that the two rates confirm', () => {
    const { diagnostics } = build();
    expect(diagnostics.filter((d) => d.code === 'stated-vs-derived')).toEqual([]);
  });

  it('warns, with the arithmetic, when a stated reduction disagrees with the rates', () => {
    const { diagnostics, model } = build(edit(FIGURES, 'value: 10.41', 'value: 11.41'));
    const warning = diagnostics.find((d) => d.code === 'stated-vs-derived')!;
    expect(warning.severity).toBe('warning');
    expect(`${warning.file}:${warning.line}`).toBe('plans/bai-2023.yaml:18');
    expect(warning.message.vi).toBe('Số nêu là 11,41, nhưng tính từ số liệu năm 2022 và 2023: 60,95 − 50,54 = 10,41.');
    expect(model.observations).toHaveLength(3);
  });

  it('warns when "130,1% of the target" and "0,8 above the target" imply different targets, and keeps both', () => {
    const extra = `  - indicator: ty-le-dat-ke-hoach
    territory: nhom-xa-ngheo
    period: 2023
    value: 130.1
    status: reported
    source: { document: bai-2023 }
  - indicator: muc-vuot-ke-hoach
    territory: nhom-xa-ngheo
    period: 2023
    value: 0.8
    status: reported
    source: { document: bai-2023 }
`;
    const { diagnostics, model } = build({ [FIGURES]: `${(build as unknown as { base?: string }).base ?? ''}` + (Object.values(edit(FIGURES, 'observations:\n', 'observations:\n'))[0] ?? '') + extra });
    const warning = diagnostics.find((d) => d.code === 'stated-vs-derived')!;
    expect(warning.message.vi).toBe('Hai số liệu ngụ ý hai chỉ tiêu năm khác nhau cho "Mức giảm tỷ lệ hộ nghèo": 10,41 ÷ 130,1% = 8 nhưng 10,41 − 0,8 = 9,61.');
    expect(model.findings.filter((f) => f.kind === 'inconsistency')).toHaveLength(1);
    expect(model.observations).toHaveLength(5);
  });
});

describe('conflicting sources', () => {
  it('warns about two sources that disagree and keeps both values', () => {
    const second = `---
id: bai-2024
type: bai-bao
issuer: bao-lao-cai
status: ban-hanh
title: { vi: Hội nghị 3 năm }
---
`;
    const figures = (value: number, document: string) => `observations:
  - indicator: so-du-an
    territory: nhom-xa-ngheo
    period: 2023
    value: ${value}
    status: reported
    source: { document: ${document} }
`;
    const { diagnostics, model } = build({ 'plans/bai-2024.md': second, 'plans/bai-2024.yaml': figures(30, 'bai-2024'), 'plans/extra.yaml': figures(31, 'bai-2023') });
    const conflicts = diagnostics.filter((d) => d.code === 'conflicting-values');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.message.vi).toBe('Các nguồn nêu số khác nhau cho "Số dự án hỗ trợ sản xuất", 10 xã có tỷ lệ hộ nghèo cao, 2023: 30 dự án (“Hội nghị 3 năm”) và 31 dự án (“Nỗ lực giảm nghèo”).');
    expect(model.findings[0]!.observationIds).toHaveLength(2);
    expect(model.observations.filter((o) => o.indicator === 'so-du-an').map((o) => o.value).sort()).toEqual([30, 31]);
  });

  it('does not flag two sources that agree', () => {
    const figures = (document: string) => `observations:
  - indicator: so-du-an
    territory: nhom-xa-ngheo
    period: 2023
    value: 31
    status: reported
    source: { document: ${document} }
`;
    const { diagnostics } = build({ 'plans/a.yaml': figures('bai-2023'), 'plans/b.yaml': figures('kh-239') });
    expect(diagnostics.filter((d) => d.code === 'conflicting-values')).toEqual([]);
  });
});

describe('citations inside document bodies', () => {
  it('checks a citation wrapped across two lines', () => {
    const { diagnostics } = build(edit('plans/bai-2023.md', 'Tóm tắt.', 'Theo Kế hoạch số 239/KH-UBND\nngày 19/5/2024 của UBND tỉnh.'));
    expect(locations(diagnostics, 'warning')).toEqual(['plans/bai-2023.md:10:18 citation-date-mismatch']);
  });
});
