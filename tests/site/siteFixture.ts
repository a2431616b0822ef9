import { buildModel } from '../../src/core/buildModel.ts';
import type { Model } from '../../src/core/model/types.ts';

/**
 * A small project for the view helpers: a commune that merged in 2025, its group, a resolution →
 * plan → draft yearly plan → report chain, a target with a baseline, and two sources that
 * disagree (31 vs 30 projects).
 */
export const SITE_FILES: Record<string, string> = {
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
    valid_to: 2025-06-30
  - id: nam-chay
    code: "03076"
    level: commune
    name: Nậm Chày
    parent: van-ban
    valid_to: 2025-06-30
    successor: nam-chay-2025
  - id: dan-thang
    level: commune
    name: Dần Thàng
    parent: van-ban
    valid_to: 2025-06-30
    successor: nam-chay-2025
  - id: nam-chay-2025
    code: "03076"
    level: commune
    name: Nậm Chày
    parent: lao-cai
    valid_from: 2025-07-01
    predecessors: [nam-chay, dan-thang]
groups:
  - id: nhom-xa-ngheo
    name: { vi: 10 xã có tỷ lệ hộ nghèo cao, en: The 10 high-poverty communes }
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
    headline: true
  - id: so-du-an
    name: { vi: Số dự án hỗ trợ sản xuất }
    unit: dự án
    kind: count
    direction: increase
    decimals: 0
    category: production
`,
  'content/agencies/test.yaml': `agencies:
  - id: ubnd-lao-cai
    name: { vi: UBND tỉnh Lào Cai, en: Lào Cai People's Committee }
    territory: lao-cai
  - id: ubnd-van-ban
    name: { vi: UBND huyện Văn Bàn }
    territory: van-ban
  - id: bao-lao-cai
    name: { vi: Báo Lào Cai }
`,
  'plans/nq-20.md': `---
id: nq-20
type: nghi-quyet
number: 20-NQ/TU
issuer: ubnd-lao-cai
issued: 2019-05-24
status: ban-hanh
title: { vi: Nghị quyết về 10 xã nghèo }
---
`,
  'plans/kh-239.md': `---
id: kh-239
type: ke-hoach
number: 239/KH-UBND
issuer: ubnd-lao-cai
issued: 2021-05-19
status: ban-hanh
period: 2021-2025
scope: [nhom-xa-ngheo]
title: { vi: Kế hoạch 10 xã nghèo, en: Plan for the 10 poor communes }
relations:
  - { type: implements, document: nq-20 }
---
`,
  'plans/kh-2024.md': `---
id: kh-2024
type: ke-hoach
issuer: ubnd-lao-cai
status: du-thao
period: 2024
title: { vi: Kế hoạch năm 2024 }
relations:
  - { type: implements, document: kh-239 }
  - { type: mentions, document: qd-1 }
---
`,
  'plans/kh-2024.yaml': `plan: kh-2024
tasks:
  - section: III.1
    lead: ubnd-van-ban
    content: { vi: Triển khai kế hoạch tại các xã }
`,
  'plans/qd-1.md': `---
id: qd-1
type: quyet-dinh
number: 1/QĐ-UBND
issuer: ubnd-lao-cai
issued: 2020-01-02
status: ban-hanh
title: { vi: Một quyết định được nhắc đến }
---
`,
  'plans/bai-bao.md': `---
id: bai-bao
type: bai-bao
issuer: bao-lao-cai
status: ban-hanh
title: { vi: Bài báo về kết quả năm 2023 }
relations:
  - { type: reports-on, document: kh-239 }
---
Tỷ lệ hộ nghèo của xã giảm còn 40,8%. Có 31 dự án.
`,
  'plans/bai-bao-2.md': `---
id: bai-bao-2
type: bai-bao
issuer: bao-lao-cai
issued: 2024-03-01
status: ban-hanh
title: { vi: Bài báo hội nghị }
---
Có 30 dự án.
`,
  'plans/bai-bao.yaml': `targets:
  - indicator: ty-le-ho-ngheo
    territory: nam-chay
    comparator: "<"
    value: 15
    by: 2025
    plan: kh-239
    source: { document: bai-bao }
observations:
  - indicator: ty-le-ho-ngheo
    territory: nam-chay
    period: 2022
    value: 48.46
    status: reported
    source: { document: bai-bao }
  - indicator: ty-le-ho-ngheo
    territory: nam-chay
    period: 2023-10-31
    value: 40.8
    status: reported
    source: { document: bai-bao, quote: "Tỷ lệ hộ nghèo của xã giảm còn 40,8%." }
  - indicator: so-du-an
    territory: nhom-xa-ngheo
    period: 2023
    value: 31
    status: reported
    source: { document: bai-bao, quote: Có 31 dự án. }
`,
  'plans/bai-bao-2.yaml': `observations:
  - indicator: so-du-an
    territory: nhom-xa-ngheo
    period: 2023
    value: 30
    status: reported
    source: { document: bai-bao-2, quote: Có 30 dự án. }
`,
  'content/pages/phuong-phap.vi.md': '# Phương pháp\n\nNội dung.\n',
};

export function siteModel(files: Record<string, string> = SITE_FILES): Model {
  const { model, diagnostics } = buildModel(Object.entries(files).map(([path, text]) => ({ path, text })));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`fixture has errors: ${JSON.stringify(errors, null, 2)}`);
  return model;
}
