import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/core/history/diffSnapshots.ts';
import { snapshotOf } from '../../src/core/history/figureSnapshot.ts';
import { formatDiffMarkdown } from '../../src/present/diffMarkdown.ts';
import { BASE_FILES, build, edit, type WordedBuild } from '../core/projectFixture.ts';

function markdown(before: WordedBuild, after: WordedBuild, maxRows?: number): string {
  const diff = diffSnapshots(snapshotOf(before.model, before.diagnostics), snapshotOf(after.model, after.diagnostics));
  const errorsAfter = after.diagnostics.filter((d) => d.severity === 'error').length;
  return formatDiffMarkdown(diff, { before: before.model, after: after.model, base: { ref: 'origin/main', commit: 'abc1234' }, errorsAfter, ...(maxRows ? { maxRows } : {}) });
}

const section = (text: string, heading: string) => text.split(`### ${heading}\n\n`)[1]!.split('\n\n')[0]!.trimEnd();

describe('the data diff as a pull-request comment', () => {
  it('shows a target with its comparator and due year, in Vietnamese number format', () => {
    const after = build(edit('plans/kh-239.yaml', 'value: 17.26', 'value: 17.5'));
    expect(section(markdown(build(), after), 'Số liệu sửa / Figures changed').split('\n').at(-1)).toBe(
      '| Tỷ lệ hộ nghèo | 10 xã có tỷ lệ hộ nghèo cao | chỉ tiêu đến 2025 | không quá 17,26% → **không quá 17,5%** | giá trị | `bai-2023` |',
    );
  });

  it('shows a change of quote alone without an arrow', () => {
    const after = build(edit('plans/bai-2023.yaml', 'quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%"', 'quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%."'));
    expect(section(markdown(build(), after), 'Số liệu sửa / Figures changed')).toContain('| 2023 | 10,41 điểm % | câu trích | `bai-2023` |');
  });

  it('lists documents added and changed, and warnings introduced and resolved', () => {
    const report = `---
id: bc-2024
type: bao-cao
number: 12/BC-UBND
issuer: ubnd-lao-cai
issued: 2024-12-20
status: ban-hanh
title: { vi: Báo cáo kết quả năm 2024 }
---
`;
    const conflicted = build(edit('plans/bai-2023.yaml', 'value: 10.41', 'value: 11.41'));
    const after = build({ 'plans/bc-2024.md': report, ...edit('plans/kh-239.md', 'Kế hoạch số 239/KH-UBND.', 'Kế hoạch số 239/KH-UBND của UBND tỉnh.') });
    const text = markdown(conflicted, after);
    expect(section(text, 'Tài liệu thêm mới / Documents added')).toBe('- `bc-2024` — Báo cáo kết quả năm 2024 (12/BC-UBND, 20/12/2024)');
    expect(section(text, 'Tài liệu sửa / Documents changed')).toBe('- `kh-239` — Kế hoạch phát triển 10 xã nghèo (239/KH-UBND, 19/5/2021)');
    expect(section(text, 'Cảnh báo đã hết / Warnings resolved')).toBe(
      '- `plans/bai-2023.yaml` [stated-vs-derived] Số nêu là 11,41, nhưng tính từ số liệu năm 2022 và 2023: 60,95 − 50,54 = 10,41. / The stated figure is 11.41, but from the 2022 and 2023 figures: 60.95 − 50.54 = 10.41.',
    );
    expect(text).not.toContain('### Cảnh báo mới');
  });

  it('keeps names from opening Markdown, and caps long tables', () => {
    const names = edit('content/territories/test.yaml', 'name: Nậm Chày', 'name: "Nậm | Chày *mới*"');
    const rows = Array.from({ length: 3 }, (_, i) => `  - indicator: ty-le-ho-ngheo\n    territory: nam-chay\n    period: ${2010 + i}\n    value: ${50 + i}\n    status: reported\n    source: { document: bai-2023, quote: "q" }\n`).join('');
    const after = build({ ...names, 'plans/rows.yaml': `observations:\n${rows}` });
    const text = markdown(build(names), after, 2);
    expect(text).toContain('| Tỷ lệ hộ nghèo | Nậm \\| Chày \\*mới\\* | 2010 | 50% | `bai-2023` |');
    expect(text).toContain('… và 1 mục khác (xem tất cả: `npm run diff -- <ref> --json`) / … and 1 more (all of them: `npm run diff -- <ref> --json`)');
    expect(text).not.toContain('| 2012 |');
  });

  it('names a removed figure from the data it was removed from', () => {
    const after = build({ 'plans/bai-2023.yaml': BASE_FILES['plans/bai-2023.yaml']!.split('  - indicator: muc-giam-ty-le-ho-ngheo')[0]! });
    expect(section(markdown(build(), after), 'Số liệu bị xóa / Figures removed').split('\n').at(-1)).toBe(
      '| Mức giảm tỷ lệ hộ nghèo | 10 xã có tỷ lệ hộ nghèo cao | 2023 | 10,41 điểm % | `bai-2023` |',
    );
  });
});
