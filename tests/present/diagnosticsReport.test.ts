import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/present/diagnosticsReport.ts';
import { build, edit } from '../core/projectFixture.ts';

/** A document whose front matter never closes: everything citing it follows from that one line. */
const unclosed = () => build(edit('plans/bai-2023.md', '---\nTóm tắt.', 'Tóm tắt.')).diagnostics;

describe('the validator report puts the root cause first and folds its cascade under it', () => {
  it('prints the cause, then the errors that follow from it, indented and counted', () => {
    const report = formatDiagnostics(unclosed(), { language: 'vi', verbose: false });
    expect(report).toMatchInlineSnapshot(`
      "Kết quả kiểm tra: 1 lỗi, 0 cảnh báo, 0 lưu ý (và 4 lỗi kéo theo) trong 1 tệp.
        plans/bai-2023.md: 1 lỗi, 0 cảnh báo

      plans/bai-2023.md
        plans/bai-2023.md:9:1  lỗi  [front-matter-unclosed]
          Phần thông tin đầu tệp mở bằng dòng "---" ở dòng 1 nhưng không có dòng "---" đóng lại, nên cả tài liệu không đọc được.
          → Cách sửa: Thêm một dòng chỉ có "---" ngay trước dòng 9, nơi nội dung bắt đầu (sau dòng thông tin cuối cùng).
          … và 4 lỗi kéo theo, tự hết khi sửa lỗi trên:
            plans/bai-2023.yaml:8:25  lỗi  [dangling-reference]
              Không có tài liệu nào có mã "bai-2023".
            plans/bai-2023.yaml:14:25  lỗi  [dangling-reference]
              Không có tài liệu nào có mã "bai-2023".
            plans/bai-2023.yaml:20:25  lỗi  [dangling-reference]
              Không có tài liệu nào có mã "bai-2023".
            plans/kh-239.yaml:8:25  lỗi  [dangling-reference]
              Không có tài liệu nào có mã "bai-2023"."
    `);
  });

  it('folds the references still using a renamed id under the rename, each pointing at it', () => {
    const { diagnostics } = build(edit('content/territories/test.yaml', '  - id: nam-chay', '  - id: xa-nam-chay'), {
      committedIds: [{ file: 'content/territories/test.yaml', ids: ['lao-cai', 'van-ban', 'nam-chay', 'nhom-xa-ngheo'] }],
    });
    const folded = diagnostics.filter((d) => d.causedBy).map((d) => `${d.file}:${d.line}:${d.column} ${d.code} <- ${d.causedBy!.file}:${d.causedBy!.line}:${d.causedBy!.column} ${d.causedBy!.code}`);
    // The group's `members: [nam-chay]` (line 20, column 15) is the one reference to the old id.
    expect(folded).toEqual(['content/territories/test.yaml:20:15 dangling-reference <- content/territories/test.yaml:11:9 id-renamed']);
    const report = formatDiagnostics(diagnostics, { language: 'en', verbose: false }).split('\n');
    expect(report[0]).toBe('Validation: 1 error, 0 warnings, 0 notes (and 1 consequent error) in 1 file.');
    expect(report.slice(-3)).toEqual([
      '    … and 1 consequent error, cleared by fixing the one above:',
      '      content/territories/test.yaml:20:15  error  [dangling-reference]',
      '        There is no territory or group with the id "nam-chay".',
    ]);
  });

  it('counts the folded errors apart in English too', () => {
    const report = formatDiagnostics(unclosed(), { language: 'en', verbose: false });
    expect(report.split('\n').slice(0, 2)).toMatchInlineSnapshot(`
      [
        "Validation: 1 error, 0 warnings, 0 notes (and 4 consequent errors) in 1 file.",
        "  plans/bai-2023.md: 1 error, 0 warnings",
      ]
    `);
  });
});
