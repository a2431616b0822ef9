import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/core/buildModel.ts';
import type { Finding, Model } from '../../src/core/model/types.ts';
import { readSiteFiles } from '../../src/node/catalogueFiles.ts';
import { findingText } from '../../src/present/findingText.ts';
import { BASE_FILES, build, edit } from '../core/projectFixture.ts';

const FIGURES = 'plans/bai-2023.yaml';

/** The fixture with English names for the group and the second article, as shipped data has them. */
const ENGLISH_NAMES = {
  ...edit('content/territories/test.yaml', 'name: { vi: 10 xã có tỷ lệ hộ nghèo cao }', 'name: { vi: 10 xã có tỷ lệ hộ nghèo cao, en: 10 high-poverty communes }'),
  'plans/bai-2024.md': `---
id: bai-2024
type: bai-bao
issuer: bao-lao-cai
status: ban-hanh
title: { vi: Hội nghị 3 năm, en: Three-year conference }
---
`,
};

const projects = (value: number, document: string) => `observations:
  - indicator: so-du-an
    territory: nhom-xa-ngheo
    period: 2023
    value: ${value}
    status: reported
    source: { document: ${document} }
`;

const ratioAndExcess = `  - indicator: ty-le-dat-ke-hoach
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

function onlyFinding(overrides: Record<string, string | null>): { finding: Finding; model: Model; message: { vi: string; en: string } } {
  const { model, diagnostics } = build({ ...ENGLISH_NAMES, ...overrides });
  expect(model.findings).toHaveLength(1);
  const finding = model.findings[0]!;
  const reported = diagnostics.filter((d) => d.code === 'conflicting-values' || d.code === 'stated-vs-derived');
  expect(reported).toHaveLength(1);
  return { finding, model, message: reported[0]!.message };
}

// The expected sentences are written out by hand: what a reader and a staff member should read.
describe('a finding is said from its numbers and ids, the same in the validator and on the page', () => {
  it('a conflict lists every source with its figure in the row’s words', () => {
    const { finding, model, message } = onlyFinding({ 'plans/bai-2024.yaml': projects(30, 'bai-2024'), 'plans/extra.yaml': projects(31, 'kh-239') });
    expect(finding.kind).toBe('conflict');
    expect(findingText(finding, model, 'vi')).toBe('Các nguồn nêu số khác nhau cho "Số dự án hỗ trợ sản xuất", 10 xã có tỷ lệ hộ nghèo cao, 2023: 30 dự án (“Hội nghị 3 năm”) và 31 dự án (239/KH-UBND).');
    expect(findingText(finding, model, 'en')).toBe('Sources give different numbers for "Production-support projects", 10 high-poverty communes, 2023: 30 projects (“Three-year conference”) and 31 projects (239/KH-UBND).');
    expect(message).toEqual({ vi: findingText(finding, model, 'vi'), en: findingText(finding, model, 'en') });
  });

  it('a stated change the two years’ figures do not give shows the subtraction', () => {
    const { finding, model } = onlyFinding(edit(FIGURES, 'value: 10.41', 'value: 11.41'));
    expect(findingText(finding, model, 'vi')).toBe('Số nêu là 11,41, nhưng tính từ số liệu năm 2022 và 2023: 60,95 − 50,54 = 10,41.');
    expect(findingText(finding, model, 'en')).toBe('The stated figure is 11.41, but from the 2022 and 2023 figures: 60.95 − 50.54 = 10.41.');
  });

  it('a ratio of the target that implies another target than the plan’s shows the division', () => {
    const target = `  - indicator: muc-giam-ty-le-ho-ngheo
    territory: nhom-xa-ngheo
    comparator: ">="
    value: 9
    by: 2023
    source: { document: kh-239 }
`;
    const { finding, model } = onlyFinding({
      'plans/kh-239.yaml': `${BASE_FILES['plans/kh-239.yaml']!}${target}`,
      [FIGURES]: `${BASE_FILES[FIGURES]!}${ratioAndExcess.split('  - indicator: muc-vuot-ke-hoach')[0]!}`,
    });
    expect(findingText(finding, model, 'vi')).toBe('Chỉ tiêu năm 2023 là 9, nhưng số nêu ngụ ý chỉ tiêu 10,41 ÷ 130,1% = 8.');
    expect(findingText(finding, model, 'en')).toBe('The 2023 target is 9, but the stated figure implies a target of 10.41 ÷ 130.1% = 8.');
  });

  it('two stated figures that imply two different targets show both sums', () => {
    const { finding, model } = onlyFinding({ [FIGURES]: `${BASE_FILES[FIGURES]!}${ratioAndExcess}` });
    expect(findingText(finding, model, 'vi')).toBe('Hai số liệu ngụ ý hai chỉ tiêu năm khác nhau cho "Mức giảm tỷ lệ hộ nghèo": 10,41 ÷ 130,1% = 8 nhưng 10,41 − 0,8 = 9,61.');
    expect(findingText(finding, model, 'en')).toBe('Two figures imply different annual targets for "Reduction in the poverty rate": 10.41 ÷ 130.1% = 8 but 10.41 − 0.8 = 9.61.');
  });
});

describe('English findings use English names wherever the data has one', () => {
  it('in the fixture', () => {
    const { finding, model } = onlyFinding({ 'plans/bai-2024.yaml': projects(30, 'bai-2024'), 'plans/extra.yaml': projects(31, 'kh-239') });
    const en = findingText(finding, model, 'en');
    for (const vietnamese of ['Số dự án hỗ trợ sản xuất', '10 xã có tỷ lệ hộ nghèo cao', 'Hội nghị 3 năm', 'dự án']) expect(en).not.toContain(vietnamese);
  });

  it('in every finding of the shipped data', async () => {
    const { model } = buildModel(await readSiteFiles(join(import.meta.dirname, '..', '..')));
    expect(model.findings.length).toBeGreaterThan(0);
    for (const finding of model.findings) {
      const en = findingText(finding, model, 'en');
      const named = [
        model.index.indicator.get(finding.indicator)?.name,
        'of' in finding ? model.index.indicator.get(finding.of)?.name : undefined,
        (() => {
          const place = model.index.place.get(finding.territory);
          return place?.kind === 'group' ? place.name : undefined;
        })(),
        ...finding.observationIds.map((id) => model.index.document.get(model.index.observation.get(id)!.source.document)?.title),
      ];
      for (const name of named) if (name?.en) expect(en, `${finding.id}: ${en}`).not.toContain(name.vi);
    }
  });
});
