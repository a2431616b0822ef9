import { buildModel, type BuildContext, type BuildResult } from '../../src/core/buildModel.ts';
import type { DiagnosticCommon, WordedDiagnostic } from '../../src/core/diagnostics.ts';
import type { SourceFile } from '../../src/core/load/loadProject.ts';
import { wordDiagnostics } from '../../src/present/diagnosticText.ts';

/**
 * A small, valid project that tests copy and break one piece at a time, so each test shows
 * exactly the mistake it is about.
 */
export const BASE_FILES: Record<string, string> = {
  'content/territories/test.yaml': `territories:
  - id: lao-cai
    code: "10"
    level: province
    name: Lào Cai
  - id: van-ban
    code: "089"
    level: district
    name: Văn Bàn
    parent: lao-cai
  - id: nam-chay
    code: "03076"
    level: commune
    name: Nậm Chày
    parent: van-ban
groups:
  - id: nhom-xa-ngheo
    name: { vi: 10 xã có tỷ lệ hộ nghèo cao }
    size: 10
    members: [nam-chay]
`,
  'content/indicators/test.yaml': `indicators:
  - id: ty-le-ho-ngheo
    name: { vi: Tỷ lệ hộ nghèo, en: Poverty rate }
    unit: "%"
    kind: level
    direction: decrease
    decimals: 2
    category: poverty
  - id: muc-giam-ty-le-ho-ngheo
    name: { vi: Mức giảm tỷ lệ hộ nghèo, en: Reduction in the poverty rate }
    unit: điểm %
    kind: change
    direction: increase
    decimals: 2
    category: poverty
    relation: { type: decrease-of, of: ty-le-ho-ngheo }
  - id: ty-le-dat-ke-hoach
    name: { vi: Tỷ lệ đạt kế hoạch giảm nghèo, en: Share of the poverty-reduction plan achieved }
    unit: "%"
    kind: ratio
    direction: increase
    decimals: 2
    category: poverty
    relation: { type: percent-of-target, of: muc-giam-ty-le-ho-ngheo }
  - id: muc-vuot-ke-hoach
    name: { vi: Mức vượt kế hoạch giảm nghèo, en: Points above the poverty-reduction plan }
    unit: điểm %
    kind: change
    direction: increase
    decimals: 2
    category: poverty
    relation: { type: excess-over-target, of: muc-giam-ty-le-ho-ngheo }
  - id: so-du-an
    name: { vi: Số dự án hỗ trợ sản xuất, en: Production-support projects }
    unit: dự án
    kind: count
    direction: increase
    decimals: 0
    category: production
`,
  'content/agencies/test.yaml': `agencies:
  - id: ubnd-lao-cai
    name: { vi: UBND tỉnh Lào Cai }
  - id: bao-lao-cai
    name: { vi: Báo Lào Cai }
`,
  'plans/kh-239.md': `---
id: kh-239
type: ke-hoach
number: 239/KH-UBND
issuer: ubnd-lao-cai
issued: 2021-05-19
status: ban-hanh
title: { vi: Kế hoạch phát triển 10 xã nghèo }
period: 2021-2025
scope: [nhom-xa-ngheo]
---
Kế hoạch số 239/KH-UBND.
`,
  'plans/kh-239.yaml': `plan: kh-239
targets:
  - indicator: ty-le-ho-ngheo
    territory: nhom-xa-ngheo
    comparator: "<="
    value: 17.26
    by: 2025
    source: { document: bai-2023, quote: "tỷ lệ hộ nghèo các xã còn lại 17,26%" }
`,
  'plans/bai-2023.md': `---
id: bai-2023
type: bai-bao
issuer: bao-lao-cai
status: ban-hanh
title: { vi: Nỗ lực giảm nghèo }
relations:
  - { type: reports-on, document: kh-239 }
---
Tóm tắt.

Năm 2023, tỷ lệ hộ nghèo giảm từ 60,95% giảm xuống còn 50,54%; tỷ lệ giảm nghèo bình quân 10 xã 10,41%.
Phấn đấu đến năm 2025 tỷ lệ hộ nghèo các xã còn lại 17,26%.

Bản đầu ghi đã triển khai, thực hiện 30 dự án hỗ trợ phát triển sản xuất; bản đính chính ghi đã triển khai, thực hiện 31 dự án hỗ trợ phát triển sản xuất.
Riêng xã Nậm Chày, năm 2022 toàn xã có 267/551 hộ nghèo, chiếm 48,46%.
`,
  'plans/bai-2023.yaml': `plan: kh-239
observations:
  - indicator: ty-le-ho-ngheo
    territory: nhom-xa-ngheo
    period: 2022
    value: 60.95
    status: reported
    source: { document: bai-2023, quote: "giảm từ 60,95% giảm xuống còn 50,54%" }
  - indicator: ty-le-ho-ngheo
    territory: nhom-xa-ngheo
    period: 2023
    value: 50.54
    status: reported
    source: { document: bai-2023, quote: "giảm từ 60,95% giảm xuống còn 50,54%" }
  - indicator: muc-giam-ty-le-ho-ngheo
    territory: nhom-xa-ngheo
    period: 2023
    value: 10.41
    status: reported
    source: { document: bai-2023, quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%" }
`,
};

export function filesOf(overrides: Record<string, string | null> = {}): SourceFile[] {
  const merged: Record<string, string | null> = { ...BASE_FILES, ...overrides };
  return Object.entries(merged)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([path, text]) => ({ path, text }));
}

export type WordedBuild = Omit<BuildResult, 'diagnostics'> & { diagnostics: WordedDiagnostic[] };

/** The core's build with every diagnostic in words, as the validator prints them. */
export function buildWorded(...args: Parameters<typeof buildModel>): WordedBuild {
  const result = buildModel(...args);
  return { ...result, diagnostics: wordDiagnostics(result.diagnostics, result.model) };
}

export function build(overrides: Record<string, string | null> = {}, context?: BuildContext): WordedBuild {
  return buildWorded(filesOf(overrides), undefined, context);
}

/**
 * Compact "file:line:column code" strings: what a staff member sees first, the root causes (the
 * errors that follow from one, `causedBy`, are folded under it in the report; tests/core/validate/
 * rootCause.test.ts checks them).
 */
export function locations(diagnostics: readonly DiagnosticCommon[], severity: DiagnosticCommon['severity'] = 'error'): string[] {
  return diagnostics.filter((d) => d.severity === severity && !d.causedBy).map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);
}

/** Replaces one exact snippet in a base file, failing loudly if the snippet is not there. */
export function edit(path: string, from: string, to: string): Record<string, string> {
  const original = BASE_FILES[path];
  if (original === undefined || !original.includes(from)) throw new Error(`fixture ${path} has no "${from}"`);
  return { [path]: original.replace(from, to) };
}

/** A figures file stating the 10 communes' production-support projects for 2023, as the article quotes it. */
export const projectsFigureFile = (value: number) => `observations:
  - indicator: so-du-an
    territory: nhom-xa-ngheo
    period: 2023
    value: ${value}
    status: reported
    source: { document: bai-2023, quote: "triển khai, thực hiện ${value} dự án hỗ trợ phát triển sản xuất" }
`;
