import type { BuildContext } from '../../../src/core/buildModel.ts';
import type { Bilingual, DiagnosticCode, Severity } from '../../../src/core/diagnostics.ts';
import { BASE_FILES, edit } from '../projectFixture.ts';

/** One real mistake per diagnostic code, and exactly what the validator says about it. */
export interface DiagnosticExample {
  /** The mistake in words, as CONTRIBUTING.md lists it. */
  mistake: Bilingual;
  /** Changes to the base fixture (tests/core/projectFixture.ts) that make the mistake. */
  files: Record<string, string | null>;
  /** What the checks are told beyond the files (the data's date), when the example needs it. */
  context?: BuildContext;
  /** The lines of the file to show (default: two before the message's line to one after), and a note on them. */
  snippet?: { lines?: [number, number]; note?: Bilingual };
  /** file:line:column, severity, and the exact message and hint in both languages. */
  expected: { at: string; severity: Severity; message: Bilingual; hint: Bilingual };
}

const FIGURES = 'plans/bai-2023.yaml';
const TERRITORIES = 'content/territories/test.yaml';

export const projects = (value: number | string, source = 'bai-2023') => `observations:
  - indicator: so-du-an
    territory: nhom-xa-ngheo
    period: 2023
    value: ${value}
    status: reported
    source: { document: ${source}, quote: "thực hiện ${value} dự án" }
`;

/**
 * Every code the validator can report; the Record type makes a new code fail the type check
 * until it has an example.
 */
export const DIAGNOSTIC_EXAMPLES: Record<DiagnosticCode, DiagnosticExample> = {
  'yaml-syntax': {
    mistake: { vi: 'Quên dấu hai chấm sau tên trường: `period 2022`.', en: 'A colon is missing after a field name: `period 2022`.' },
    files: edit(FIGURES, '    period: 2022\n', '    period 2022\n'),
    expected: {
      at: 'plans/bai-2023.yaml:5:5',
      severity: 'error',
      message: {
        vi: 'Dòng này thiếu dấu ":" sau tên trường (hoặc là phần tiếp của dòng trên).',
        en: 'This line has no ":" after its field name (or it continues the line above).',
      },
      hint: {
        vi: 'Viết "tên: giá trị", có một dấu cách sau dấu hai chấm, ví dụ period: 2024. Nếu đây là phần tiếp của một câu dài, đặt cả câu trong dấu nháy kép trên một dòng.',
        en: 'Write "name: value" with a space after the colon, e.g. period: 2024. If this continues a long sentence, put the whole sentence in double quotes on one line.',
      },
    },
  },
  'front-matter-missing': {
    mistake: { vi: 'Tài liệu .md không có hai dòng `---` bao quanh phần thông tin đầu tệp.', en: 'A .md document without the two `---` lines around its front matter.' },
    files: { 'plans/bai-2023.md': 'id: bai-2023\ntype: bai-bao\n' },
    expected: {
      at: 'plans/bai-2023.md:1:1',
      severity: 'error',
      message: {
        vi: 'Tài liệu thiếu phần thông tin đầu tệp (front matter) giữa hai dòng "---".',
        en: 'The document has no front matter between two "---" lines.',
      },
      hint: {
        vi: 'Bắt đầu tệp bằng dòng "---", các dòng id/type/issuer/status/title, rồi một dòng "---".',
        en: 'Start the file with a "---" line, then id/type/issuer/status/title lines, then a "---" line.',
      },
    },
  },
  'front-matter-unclosed': {
    mistake: { vi: 'Dòng `---` đóng phần thông tin đầu tệp bị xóa khi sửa tài liệu.', en: 'The `---` line closing the front matter deleted while editing the document.' },
    files: edit('plans/bai-2023.md', '---\nTóm tắt.', 'Tóm tắt.'),
    expected: {
      at: 'plans/bai-2023.md:9:1',
      severity: 'error',
      message: {
        vi: 'Phần thông tin đầu tệp mở bằng dòng "---" ở dòng 1 nhưng không có dòng "---" đóng lại, nên cả tài liệu không đọc được.',
        en: 'The front matter opens with "---" on line 1 but its closing "---" line is missing, so the whole document cannot be read.',
      },
      hint: {
        vi: 'Thêm một dòng chỉ có "---" ngay trước dòng 9, nơi nội dung bắt đầu (sau dòng thông tin cuối cùng).',
        en: 'Add a line with only "---" just before line 9, where the text begins (after the last details line).',
      },
    },
  },
  'file-unreadable': {
    mistake: { vi: 'Một tệp Word được đổi tên thành .yaml.', en: 'A Word file renamed to .yaml.' },
    files: { 'plans/bao-cao-2024.yaml': 'PK\u0003\u0004\u0000\u0000word/document.xml' },
    expected: {
      at: 'plans/bao-cao-2024.yaml:1:1',
      severity: 'error',
      message: {
        vi: 'Tệp này không phải văn bản thuần UTF-8: có thể là tệp Word, PDF, ảnh, hoặc được lưu bằng bảng mã khác.',
        en: 'This file is not plain UTF-8 text: it may be a Word file, a PDF, an image, or saved in another encoding.',
      },
      hint: {
        vi: 'Chép nội dung vào một tệp .md hoặc .yaml lưu bằng UTF-8, rồi xóa tệp này khỏi thư mục dữ liệu.',
        en: 'Copy the content into a .md or .yaml file saved as UTF-8, then remove this file from the data folders.',
      },
    },
  },
  'invisible-character': {
    mistake: { vi: 'Tên xã chép từ tệp PDF, có một dấu cách vô hình giữa hai chữ.', en: 'A commune name copied from a PDF, with an invisible space between two words.' },
    files: edit(TERRITORIES, 'name: Nậm Chày', 'name: Nậm\u200bChày'),
    snippet: { lines: [14, 14], note: { vi: 'giữa "Nậm" và "Chày" có U+200B', en: 'U+200B between "Nậm" and "Chày"' } },
    expected: {
      at: 'content/territories/test.yaml:14:14',
      severity: 'error',
      message: {
        vi: 'Có một ký tự vô hình (U+200B) ở đây: không nhìn thấy được, nhưng làm tên hoặc câu trích dẫn khác đi, nên tìm kiếm và đối chiếu không khớp.',
        en: 'There is an invisible character (U+200B) here: it cannot be seen, but it makes a name or quote different, so search and matching fail.',
      },
      hint: {
        vi: 'Xóa ký tự này (thường do chép từ Word hoặc PDF): đặt con trỏ ở vị trí được chỉ ra rồi xóa, hoặc gõ lại từ đó.',
        en: 'Delete it (it usually comes from copying out of Word or a PDF): put the cursor at the position shown and delete it, or retype the word.',
      },
    },
  },
  'file-unknown-kind': {
    mistake: { vi: 'Một tệp .txt đặt trong plans/.', en: 'A .txt file in plans/.' },
    files: { 'plans/bao-cao-2024.txt': 'Báo cáo kết quả năm 2024\n' },
    expected: {
      at: 'plans/bao-cao-2024.txt:1:1',
      severity: 'warning',
      message: {
        vi: 'Tệp này không được đọc: không phải YAML (.yaml) hay Markdown (.md) ở đúng thư mục.',
        en: 'This file is not read: it is not YAML (.yaml) or Markdown (.md) in a data folder.',
      },
      hint: {
        vi: 'Tài liệu đặt trong plans/ dạng .md, số liệu dạng .yaml; dữ liệu tham chiếu trong content/ dạng .yaml.',
        en: 'Documents go in plans/ as .md, figures as .yaml; reference data in content/ as .yaml.',
      },
    },
  },
  'file-wrong-folder': {
    mistake: { vi: 'Tệp số liệu kết quả lưu nhầm vào content/ thay vì plans/.', en: 'A results file saved in content/ instead of plans/.' },
    files: { [FIGURES]: null, 'content/bai-2023.yaml': BASE_FILES[FIGURES]! },
    expected: {
      at: 'content/bai-2023.yaml:2:1',
      severity: 'error',
      message: {
        vi: 'Tệp này chứa số liệu ("observations:"), mà số liệu chỉ được đọc trong thư mục plans/, không phải content/.',
        en: 'This file holds figures ("observations:"), which are read only from plans/, not content/.',
      },
      hint: {
        vi: 'Chuyển tệp sang plans/, đặt cạnh tài liệu mà số liệu dẫn nguồn, ví dụ plans/bai-2023.yaml (git mv content/bai-2023.yaml plans/bai-2023.yaml).',
        en: 'Move the file to plans/, beside the document its figures cite, e.g. plans/bai-2023.yaml (git mv content/bai-2023.yaml plans/bai-2023.yaml).',
      },
    },
  },
  'file-empty': {
    mistake: { vi: 'Một tệp số liệu bị xóa trắng trong trình soạn thảo.', en: 'A figures file blanked in the editor.' },
    files: { [FIGURES]: '# Kết quả năm 2023\n' },
    expected: {
      at: 'plans/bai-2023.yaml:1:1',
      severity: 'error',
      message: { vi: 'Tệp dữ liệu này trống: không có số liệu hay bản ghi nào.', en: 'This data file is empty: it holds no figures or records.' },
      hint: {
        vi: 'Nếu tệp bị xóa trắng do nhầm, khôi phục nội dung cũ (trên GitHub: History của tệp). Nếu không cần tệp nữa, hãy xóa hẳn tệp.',
        en: "If the file was blanked by mistake, restore its content (on GitHub: the file's History). If it is no longer needed, delete the file itself.",
      },
    },
  },
  'page-unknown': {
    mistake: { vi: 'Tên trang văn bản gõ thiếu dấu gạch nối: `gioithieu.vi.md`.', en: 'A prose page named without its hyphen: `gioithieu.vi.md`.' },
    files: { 'content/pages/gioithieu.vi.md': '# Giới thiệu\n' },
    expected: {
      at: 'content/pages/gioithieu.vi.md:1:1',
      severity: 'warning',
      message: {
        vi: 'Trang "gioithieu.vi.md" không được hiện: trang văn bản chỉ gồm gioi-thieu.vi.md, gioi-thieu.en.md, phuong-phap.vi.md, phuong-phap.en.md, trich-dan.vi.md, trich-dan.en.md.',
        en: 'The page "gioithieu.vi.md" is not shown: the prose pages are gioi-thieu.vi.md, gioi-thieu.en.md, phuong-phap.vi.md, phuong-phap.en.md, trich-dan.vi.md, trich-dan.en.md.',
      },
      hint: { vi: 'Đổi tên tệp thành content/pages/gioi-thieu.vi.md.', en: 'Rename the file to content/pages/gioi-thieu.vi.md.' },
    },
  },
  'schema-type': {
    mistake: { vi: 'Mã GSO viết không có dấu nháy: `code: 89` (số 0 ở đầu bị mất).', en: 'A GSO code without quotes: `code: 89` (the leading zero is lost).' },
    files: edit(TERRITORIES, 'code: "089"', 'code: 89'),
    expected: {
      at: 'content/territories/test.yaml:7:11',
      severity: 'error',
      message: {
        vi: '"code" phải là một chuỗi chữ, nhưng đang là số 89.',
        en: '"code" must be text, but is the number 89.',
      },
      hint: {
        vi: 'Đặt giá trị trong dấu nháy kép, ví dụ code: "02791".',
        en: 'Put the value in double quotes, e.g. code: "02791".',
      },
    },
  },
  'schema-required': {
    mistake: { vi: 'Để trống số liệu: `value:` (như trong tệp do `npm run new` tạo).', en: 'A value left blank: `value:` (as in a file made by `npm run new`).' },
    files: edit(FIGURES, 'value: 60.95', 'value:   # số liệu, dấu chấm thập phân'),
    expected: {
      at: 'plans/bai-2023.yaml:6:5',
      severity: 'error',
      message: {
        vi: '"value" đang để trống: hãy điền vào.',
        en: '"value" is blank: fill it in.',
      },
      hint: {
        vi: 'Viết con số sau dấu hai chấm, dấu chấm cho phần thập phân, không ghi đơn vị: value: 10.41',
        en: 'Write the number after the colon, with a dot for decimals and no unit: value: 10.41',
      },
    },
  },
  'schema-value': {
    mistake: { vi: 'Ngày viết kiểu ngày/tháng/năm: `issued: 19/5/2021`.', en: 'A date written day/month/year: `issued: 19/5/2021`.' },
    files: edit('plans/kh-239.md', 'issued: 2021-05-19', 'issued: 19/5/2021'),
    expected: {
      at: 'plans/kh-239.md:6:9',
      severity: 'error',
      message: {
        vi: '"issued" không hợp lệ (chuỗi "19/5/2021"): ngày viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2021-05-19.',
        en: '"issued" is not valid (the text "19/5/2021"): a date is written YYYY-MM-DD, e.g. 2021-05-19.',
      },
      hint: {
        vi: 'Viết 2021-05-19 (năm-tháng-ngày).',
        en: 'Write 2021-05-19 (year-month-day).',
      },
    },
  },
  'schema-unknown-key': {
    mistake: { vi: 'Tên trường gõ sai: `comprator`.', en: 'A misspelt field name: `comprator`.' },
    files: edit('plans/kh-239.yaml', '    comparator: "<="', '    comprator: "<="'),
    expected: {
      at: 'plans/kh-239.yaml:5:5',
      severity: 'error',
      message: {
        vi: 'Không có trường nào tên "comprator": tên trường viết sai, hoặc trường đặt nhầm chỗ.',
        en: 'There is no field called "comprator": the name is misspelt, or the line is in the wrong place.',
      },
      hint: {
        vi: 'Có phải ý bạn là "comparator"?',
        en: 'Did you mean "comparator"?',
      },
    },
  },
  'number-with-comma': {
    mistake: { vi: 'Dấu phẩy thập phân: `value: 60,95`.', en: 'A decimal comma: `value: 60,95`.' },
    files: edit(FIGURES, 'value: 60.95', 'value: 60,95'),
    expected: {
      at: 'plans/bai-2023.yaml:6:12',
      severity: 'error',
      message: {
        vi: '"value" là "60,95": số thập phân trong tệp dữ liệu phải dùng dấu chấm.',
        en: '"value" is "60,95": decimals in data files use a dot.',
      },
      hint: {
        vi: 'Viết 60.95 (trang web sẽ tự hiển thị 60,95).',
        en: 'Write 60.95 (the site will still show 60,95 in Vietnamese).',
      },
    },
  },
  'number-notation': {
    mistake: { vi: 'Số viết theo hệ mười sáu: `value: 0x10`.', en: 'A number in hexadecimal: `value: 0x10`.' },
    files: edit(FIGURES, 'value: 60.95', 'value: 0x10'),
    expected: {
      at: 'plans/bai-2023.yaml:6:12',
      severity: 'error',
      message: {
        vi: '"0x10" là cách viết số của lập trình viên, sẽ bị đọc thành 16.',
        en: '"0x10" is a programmer\'s way of writing a number and would be read as 16.',
      },
      hint: {
        vi: 'Viết số bằng chữ số thông thường như trong văn bản nguồn; nếu đây là mã hay chữ, đặt trong dấu nháy kép: "0x10".',
        en: 'Write the number in plain digits, as the source document does; if it is a code or text, put it in double quotes: "0x10".',
      },
    },
  },
  'duplicate-id': {
    mistake: { vi: 'Hai địa bàn cùng mã `nam-chay`.', en: 'Two territories with the id `nam-chay`.' },
    files: edit(TERRITORIES, '  - id: van-ban', '  - id: nam-chay'),
    expected: {
      at: 'content/territories/test.yaml:11:9',
      severity: 'error',
      message: {
        vi: 'Mã "nam-chay" đã được dùng cho một địa bàn hoặc nhóm địa bàn khác ở content/territories/test.yaml:6.',
        en: 'The id "nam-chay" is already used by another territory or group at content/territories/test.yaml:6.',
      },
      hint: {
        vi: 'Mỗi mã phải là duy nhất: đổi mã này, hoặc xóa bản trùng.',
        en: 'Ids must be unique: change this id, or remove the duplicate.',
      },
    },
  },
  'catalogue-override': {
    mistake: {
      vi: 'Thư mục dữ liệu định nghĩa lại một chỉ số của danh mục chuẩn theo cách khác, mà không ghi `catalogue_note`.',
      en: 'A data folder redefines an indicator of the standard catalogue differently, without a `catalogue_note`.',
    },
    files: {
      'src/catalogue/indicators/standard.yaml': `indicators:
  - id: so-du-an
    name: { vi: Số dự án hỗ trợ phát triển sản xuất, en: Projects supporting production }
    unit: dự án
    kind: count
    direction: increase
    decimals: 0
    category: production
`,
    },
    expected: {
      at: 'content/indicators/test.yaml:33:9',
      severity: 'warning',
      message: {
        vi: 'Chỉ số "so-du-an" đã có trong danh mục chỉ số chuẩn (src/catalogue/indicators/standard.yaml:2) với định nghĩa khác.',
        en: 'The indicator "so-du-an" is in the standard indicator catalogue (src/catalogue/indicators/standard.yaml:2) with a different definition.',
      },
      hint: {
        vi: 'Nếu dùng đúng chỉ số chuẩn, xóa bản này (số liệu vẫn dùng mã đó). Nếu địa phương định nghĩa khác, thêm catalogue_note: { vi: …, en: … } nói rõ khác thế nào; ghi chú được hiện cùng định nghĩa.',
        en: 'If you mean the standard indicator, delete this copy (figures keep using the id). If yours differs, add catalogue_note: { vi: …, en: … } saying how; the note is shown with the definition.',
      },
    },
  },
  'id-renamed': {
    mistake: { vi: 'Mã đã công bố `nam-chay` bị đổi thành `xa-nam-chay`.', en: 'The published id `nam-chay` changed to `xa-nam-chay`.' },
    files: edit(TERRITORIES, '  - id: nam-chay', '  - id: xa-nam-chay'),
    context: { committedIds: [{ file: TERRITORIES, ids: ['lao-cai', 'van-ban', 'nam-chay', 'nhom-xa-ngheo'] }] },
    expected: {
      at: 'content/territories/test.yaml:11:9',
      severity: 'error',
      message: {
        vi: 'Mã "xa-nam-chay" thay cho mã "nam-chay" đã công bố ở lần lưu trước. Mã là địa chỉ trang web: đổi mã làm hỏng mọi liên kết và trích dẫn tới trang cũ.',
        en: 'The id "xa-nam-chay" replaces "nam-chay", published in the last commit. An id is the page\'s address: changing it breaks every link and citation to the old page.',
      },
      hint: {
        vi: 'Đặt lại id: nam-chay; tên hiển thị thì sửa ở "name" hoặc "title", không sửa mã. Nếu đây thật sự là một bản ghi mới, giữ bản ghi "nam-chay" và thêm bản ghi mới bên cạnh (địa bàn sáp nhập thì ghi successor/predecessors để trang cũ dẫn sang).',
        en: 'Put back id: nam-chay; change the shown name in "name" or "title", not the id. If this really is a new record, keep "nam-chay" and add the new one beside it (for a merged territory, successor/predecessors make the old page lead to the new).',
      },
    },
  },
  'duplicate-figure': {
    mistake: { vi: 'Mục chép từ mục năm 2022 mà quên đổi năm: hai số khác nhau cho cùng chỉ số, địa bàn, năm và nguồn.', en: 'An entry copied from the 2022 one without changing its year: two different numbers for one indicator, place, year and source.' },
    files: edit(FIGURES, 'period: 2023\n    value: 50.54', 'period: 2022\n    value: 50.54'),
    expected: {
      at: 'plans/bai-2023.yaml:9:5',
      severity: 'error',
      message: {
        vi: 'Số liệu này (50.54, dòng 9) có cùng chỉ số, địa bàn, kỳ và nguồn với số liệu 60.95 ở plans/bai-2023.yaml:3, nhưng hai giá trị khác nhau.',
        en: 'This figure (50.54, line 9) has the same indicator, place, period and source as the figure 60.95 at plans/bai-2023.yaml:3, but the values differ.',
      },
      hint: {
        vi: 'Đừng xóa: hai số khác nhau. Nếu mục này được chép từ mục ở plans/bai-2023.yaml:3, sửa "period" (hoặc "territory") cho đúng số 50.54. Nếu nguồn thật sự nêu cả hai số cho cùng một thứ, đặt "id:" riêng cho mỗi số.',
        en: 'Do not delete either: the numbers differ. If this entry was copied from the one at plans/bai-2023.yaml:3, correct its "period" (or "territory") for 50.54. If the source really states both for the same thing, give each its own "id:".',
      },
    },
  },
  'dangling-reference': {
    mistake: { vi: 'Mã địa bàn gõ sai: `nhom-xa-ngeo`.', en: 'A misspelt place id: `nhom-xa-ngeo`.' },
    files: edit(FIGURES, 'territory: nhom-xa-ngheo\n    period: 2022', 'territory: nhom-xa-ngeo\n    period: 2022'),
    expected: {
      at: 'plans/bai-2023.yaml:4:16',
      severity: 'error',
      message: {
        vi: 'Không có địa bàn hoặc nhóm địa bàn nào có mã "nhom-xa-ngeo".',
        en: 'There is no territory or group with the id "nhom-xa-ngeo".',
      },
      hint: {
        vi: 'Có phải ý bạn là "nhom-xa-ngheo"?',
        en: 'Did you mean "nhom-xa-ngheo"?',
      },
    },
  },
  'wrong-reference-kind': {
    mistake: { vi: '`plan:` ghi mã của một bài báo thay vì kế hoạch.', en: '`plan:` names a press article instead of a plan.' },
    files: edit(FIGURES, 'plan: kh-239', 'plan: bai-2023'),
    expected: {
      at: 'plans/bai-2023.yaml:1:7',
      severity: 'error',
      message: {
        vi: '"bai-2023" là bài báo (type: bai-bao), không phải kế hoạch, chương trình hay đề án.',
        en: '"bai-2023" is a press article (type: bai-bao), not a plan, programme or scheme.',
      },
      hint: {
        vi: 'Ghi mã của kế hoạch mà số liệu thuộc về (type: ke-hoach, chuong-trinh hoặc de-an); văn bản nêu số liệu thì ghi ở source.document.',
        en: 'Name the plan the figures belong to (type: ke-hoach, chuong-trinh or de-an); the document that states the figures goes in source.document.',
      },
    },
  },
  'value-out-of-range': {
    mistake: { vi: 'Tỷ lệ hộ nghèo 150,54%.', en: 'A poverty rate of 150.54%.' },
    files: edit(FIGURES, 'value: 50.54', 'value: 150.54'),
    expected: {
      at: 'plans/bai-2023.yaml:12:12',
      severity: 'error',
      message: {
        vi: 'Tỷ lệ 150.54% nằm ngoài khoảng 0–100.',
        en: 'The share 150.54% is outside 0–100.',
      },
      hint: {
        vi: 'Kiểm tra lại số trong nguồn. Nếu nguồn nói "đạt 150.54% kế hoạch", đó là một chỉ số khác ("% so với kế hoạch", kind: ratio), không phải "ty-le-ho-ngheo".',
        en: 'Check the source. If it says "150.54% of the plan", that is another indicator ("% of plan", kind: ratio), not "ty-le-ho-ngheo".',
      },
    },
  },
  'value-not-whole': {
    mistake: { vi: 'Số dự án chép kiểu Việt Nam: `value: 1.306` (một nghìn ba trăm linh sáu).', en: 'A count copied Vietnamese-style: `value: 1.306` (one thousand three hundred and six).' },
    files: { 'plans/du-an.yaml': projects('1.306') },
    expected: {
      at: 'plans/du-an.yaml:5:12',
      severity: 'error',
      message: {
        vi: 'Số dự án phải là số nguyên, nhưng giá trị là 1.306.',
        en: 'A number of projects must be whole, but the value is 1.306.',
      },
      hint: {
        vi: 'Nếu nguồn ghi "1.306" với dấu chấm ngăn cách hàng nghìn (kiểu Việt Nam), hãy viết 1306: trong tệp dữ liệu không dùng dấu ngăn cách hàng nghìn.',
        en: 'If the source writes "1.306" with a dot between thousands (Vietnamese style), write 1306: data files use no thousands separator.',
      },
    },
  },
  'value-too-precise': {
    mistake: { vi: 'Số có 3 chữ số thập phân cho chỉ số chỉ hiển thị 2.', en: 'A value with 3 decimals for an indicator that shows 2.' },
    files: { 'plans/du-an.yaml': null, ...edit(FIGURES, 'value: 10.41', 'value: 10.413') },
    expected: {
      at: 'plans/bai-2023.yaml:18:12',
      severity: 'warning',
      message: {
        vi: 'Giá trị 10.413 có 3 chữ số thập phân, nhưng chỉ số "muc-giam-ty-le-ho-ngheo" chỉ hiển thị 2 chữ số thập phân: trang web sẽ làm tròn số này.',
        en: 'The value 10.413 has 3 decimals, but "muc-giam-ty-le-ho-ngheo" shows 2: the site would round it.',
      },
      hint: {
        vi: 'Tăng "decimals" của chỉ số lên 3 để số liệu hiển thị đúng như nguồn.',
        en: 'Raise the indicator\'s "decimals" to 3 so the figure shows exactly as the source states it.',
      },
    },
  },
  'date-order': {
    mistake: { vi: 'Ngày hiệu lực trước ngày ban hành.', en: 'An effective date before the issue date.' },
    files: edit('plans/kh-239.md', 'issued: 2021-05-19\n', 'issued: 2021-05-19\neffective: 2021-05-09\n'),
    expected: {
      at: 'plans/kh-239.md:7:12',
      severity: 'error',
      message: {
        vi: 'Ngày hiệu lực 2021-05-09 sớm hơn ngày ban hành 2021-05-19.',
        en: 'The effective date 2021-05-09 is before the issue date 2021-05-19.',
      },
      hint: {
        vi: 'Đối chiếu hai ngày với bản gốc; ngày hiệu lực không thể trước ngày ban hành.',
        en: 'Check both dates against the original; a document cannot take effect before it is issued.',
      },
    },
  },
  'document-number-grammar': {
    mistake: { vi: 'Số hiệu không đúng thể thức: `KH 239`.', en: 'A document number in no official form: `KH 239`.' },
    files: edit('plans/kh-239.md', 'number: 239/KH-UBND', 'number: KH 239'),
    expected: {
      at: 'plans/kh-239.md:4:9',
      severity: 'error',
      message: {
        vi: 'Số hiệu "KH 239" không đúng thể thức văn bản.',
        en: 'The number "KH 239" does not follow the official format.',
      },
      hint: {
        vi: 'Chép đúng số hiệu như in trên văn bản, ví dụ 239/KH-UBND (hành chính), 111/2024/QH15 (quy phạm pháp luật), 20-NQ/TU (văn bản của Đảng).',
        en: 'Copy the number exactly as printed, e.g. 239/KH-UBND (administrative), 111/2024/QH15 (legal), 20-NQ/TU (Party).',
      },
    },
  },
  'document-number-year': {
    mistake: { vi: 'Năm trong số hiệu khác năm ban hành: `239/2020/KH-UBND` ban hành năm 2021.', en: 'The year in the number differs from the issue date: `239/2020/KH-UBND` issued in 2021.' },
    files: edit('plans/kh-239.md', 'number: 239/KH-UBND', 'number: 239/2020/KH-UBND'),
    expected: {
      at: 'plans/kh-239.md:4:9',
      severity: 'error',
      message: {
        vi: 'Số hiệu ghi năm 2020 nhưng ngày ban hành là 2021-05-19.',
        en: 'The number says 2020 but the issue date is 2021-05-19.',
      },
      hint: {
        vi: 'Một trong hai bị gõ nhầm: đối chiếu với bản gốc.',
        en: 'One of the two is mistyped: check against the original.',
      },
    },
  },
  'document-number-type': {
    mistake: { vi: 'Kế hoạch mang số hiệu của quyết định: `239/QĐ-UBND`.', en: 'A plan numbered like a decision: `239/QĐ-UBND`.' },
    files: edit('plans/kh-239.md', 'number: 239/KH-UBND', 'number: 239/QĐ-UBND'),
    expected: {
      at: 'plans/kh-239.md:4:9',
      severity: 'warning',
      message: {
        vi: 'Số hiệu có ký hiệu loại "QĐ", nhưng văn bản được ghi là kế hoạch (type: ke-hoach), thường có ký hiệu KH.',
        en: 'The number has the type code "QĐ", but the document is recorded as a plan (type: ke-hoach), usually KH.',
      },
      hint: {
        vi: 'Đối chiếu với bản gốc rồi sửa "type" hoặc "number" cho khớp.',
        en: 'Check the original, then correct "type" or "number" to match.',
      },
    },
  },
  'citation-date-mismatch': {
    mistake: { vi: 'Văn bản dẫn Kế hoạch 239/KH-UBND với ngày sai (19/5/2024 thay vì 19/5/2021).', en: 'A text cites Plan 239/KH-UBND with the wrong date (19/5/2024 instead of 19/5/2021).' },
    files: edit('plans/bai-2023.md', 'Tóm tắt.', 'Theo Kế hoạch số 239/KH-UBND ngày 19/5/2024 của UBND tỉnh.'),
    expected: {
      at: 'plans/bai-2023.md:10:18',
      severity: 'warning',
      message: {
        vi: 'Văn bản dẫn "239/KH-UBND ngày 19/5/2024", nhưng 239/KH-UBND ban hành ngày 19/5/2021.',
        en: 'The text cites "239/KH-UBND of 19/5/2024", but 239/KH-UBND was issued on 19/5/2021.',
      },
      hint: {
        vi: 'Nếu đây là lỗi của chính văn bản gốc, giữ nguyên để trung thực với nguồn; cảnh báo sẽ hiện trên trang tài liệu.',
        en: 'If the original document itself has this error, keep it as printed; the warning is shown on the document page.',
      },
    },
  },
  'territory-code': {
    mistake: { vi: 'Mã xã mất số 0 ở đầu: `"3076"`.', en: 'A commune code missing its leading zero: `"3076"`.' },
    files: edit(TERRITORIES, 'code: "03076"', 'code: "3076"'),
    expected: {
      at: 'content/territories/test.yaml:12:11',
      severity: 'error',
      message: {
        vi: 'Mã GSO của một xã có 5 chữ số, nhưng "3076" có 4.',
        en: 'A commune GSO code has 5 digits, but "3076" has 4.',
      },
      hint: {
        vi: 'Giữ các số 0 ở đầu và đặt mã trong dấu nháy, ví dụ "02791".',
        en: 'Keep leading zeros and quote the code, e.g. "02791".',
      },
    },
  },
  'territory-history': {
    mistake: { vi: 'Xã mới (sau sáp nhập) ghi xã cũ, nhưng xã cũ không ghi xã mới.', en: 'A new (merged) commune lists the old one, but the old one does not name the new one.' },
    files: edit(TERRITORIES, 'groups:', `  - id: nam-chay-2025
    code: "03077"
    level: commune
    name: Nậm Chày
    valid_from: 2025-07-01
    predecessors: [nam-chay]
groups:`),
    expected: {
      at: 'content/territories/test.yaml:21:20',
      severity: 'warning',
      message: {
        vi: '"nam-chay-2025" ghi "nam-chay" là đơn vị cũ (predecessors), nhưng "nam-chay" chưa ghi đơn vị mới là "nam-chay-2025" (successor).',
        en: '"nam-chay-2025" lists "nam-chay" as a former unit (predecessors), but "nam-chay" does not name "nam-chay-2025" as the unit it became (successor).',
      },
      hint: {
        vi: 'Thêm "successor: nam-chay-2025" vào "nam-chay".',
        en: 'Add "successor: nam-chay-2025" to "nam-chay".',
      },
    },
  },
  'target-shape': {
    mistake: { vi: 'Khoảng chỉ tiêu ngược: `range: { min: 20, max: 15 }`.', en: 'A reversed target range: `range: { min: 20, max: 15 }`.' },
    files: edit('plans/kh-239.yaml', '    comparator: "<="\n    value: 17.26', '    comparator: between\n    range: { min: 20, max: 15 }'),
    expected: {
      at: 'plans/kh-239.yaml:5:17',
      severity: 'error',
      message: {
        vi: 'Khoảng chỉ tiêu ngược: min 20 lớn hơn max 15.',
        en: 'The target range is reversed: min 20 exceeds max 15.',
      },
      hint: {
        vi: 'Đổi chỗ min và max.',
        en: 'Swap min and max.',
      },
    },
  },
  'stated-vs-derived': {
    mistake: { vi: 'Mức giảm nêu trong bài (11,41) không khớp với hai tỷ lệ (60,95 − 50,54).', en: 'A stated reduction (11.41) that the two rates contradict (60.95 − 50.54).' },
    files: edit(FIGURES, 'value: 10.41', 'value: 11.41'),
    expected: {
      at: 'plans/bai-2023.yaml:18:12',
      severity: 'warning',
      message: {
        vi: 'Số nêu là 11,41, nhưng tính từ số liệu năm 2022 và 2023: 60,95 − 50,54 = 10,41.',
        en: 'The stated figure is 11.41, but from the 2022 and 2023 figures: 60.95 − 50.54 = 10.41.',
      },
      hint: {
        vi: 'Nếu số đã chép đúng từ nguồn, giữ nguyên: trang web sẽ hiện phép tính và đánh dấu "không khớp".',
        en: 'If the figure is copied correctly from its source, keep it: the site shows the arithmetic, marked "inconsistent".',
      },
    },
  },
  'conflicting-values': {
    mistake: { vi: 'Hai nguồn nêu số dự án khác nhau: 30 và 31.', en: 'Two sources give different project counts: 30 and 31.' },
    files: { 'plans/du-an.yaml': projects(30), 'plans/kh-239.yaml': `${BASE_FILES['plans/kh-239.yaml']}observations:\n  - indicator: so-du-an\n    territory: nhom-xa-ngheo\n    period: 2023\n    value: 31\n    status: reported\n    source: { document: kh-239, quote: "31 dự án" }\n` },
    expected: {
      at: 'plans/du-an.yaml:5:12',
      severity: 'warning',
      message: {
        vi: 'Các nguồn nêu số khác nhau cho "Số dự án hỗ trợ sản xuất", 10 xã có tỷ lệ hộ nghèo cao, 2023: 30 dự án (“Nỗ lực giảm nghèo”) và 31 dự án (239/KH-UBND).',
        en: 'Sources give different numbers for "Production-support projects", 10 xã có tỷ lệ hộ nghèo cao, 2023: 30 projects (“Nỗ lực giảm nghèo”) and 31 projects (239/KH-UBND).',
      },
      hint: {
        vi: 'Giữ cả hai số với nguồn của chúng; trang web sẽ hiện cả hai và đánh dấu "có tranh chấp". Chỉ sửa nếu đã nhập sai so với nguồn.',
        en: 'Keep both numbers with their sources; the site shows both, marked "disputed". Only change one if it was typed wrongly from its source.',
      },
    },
  },
  'figure-without-quote': {
    mistake: { vi: 'Số liệu không có câu trích (`source.quote`).', en: 'A figure without its quoted sentence (`source.quote`).' },
    files: edit(FIGURES, 'source: { document: bai-2023, quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%" }', 'source: { document: bai-2023 }'),
    expected: {
      at: 'plans/bai-2023.yaml:20:13',
      severity: 'info',
      message: {
        vi: 'Số liệu này không có câu trích dẫn từ nguồn.',
        en: 'This figure has no quoted sentence from its source.',
      },
      hint: {
        vi: 'Nếu có văn bản nguồn, chép nguyên văn câu nêu số liệu vào source.quote.',
        en: 'If you have the source text, copy the sentence that states the figure into source.quote.',
      },
    },
  },
  'quote-not-in-document': {
    mistake: { vi: 'Câu trích bị sửa chữ khi chép, nên không còn là câu của văn bản.', en: 'A quote reworded while copying, so it is no longer the document\'s sentence.' },
    files: edit(FIGURES, 'quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%"', 'quote: "tỷ lệ giảm nghèo bình quân các xã 10,41%"'),
    expected: {
      at: 'plans/bai-2023.yaml:20:42',
      severity: 'error',
      message: {
        vi: 'Không tìm thấy câu trích này trong nội dung của tài liệu "bai-2023" (plans/bai-2023.md).',
        en: 'This quote is not found in the text of the document "bai-2023" (plans/bai-2023.md).',
      },
      hint: {
        vi: 'Chép lại câu nguyên văn từ plans/bai-2023.md, không sửa chữ nào (khoảng trắng và kiểu dấu nháy không tính). Nếu câu ở một văn bản khác, sửa source.document cho đúng.',
        en: 'Copy the sentence again from plans/bai-2023.md, changing no word (spacing and quote-mark style do not matter). If it is from another document, correct source.document.',
      },
    },
  },
  'quote-missing-figure': {
    mistake: { vi: 'Số sửa từ 60.95 thành 60.97, câu trích vẫn ghi "60,95%".', en: 'A value changed from 60.95 to 60.97 while its quote still says "60,95%".' },
    files: edit(FIGURES, 'value: 60.95', 'value: 60.97'),
    expected: {
      at: 'plans/bai-2023.yaml:6:12',
      severity: 'error',
      message: {
        vi: 'Câu trích không nêu số 60,97 của "value": các số trong câu là 60,95; 50,54.',
        en: 'The quote does not state the value 60.97: the numbers it gives are 60,95; 50,54.',
      },
      hint: {
        vi: 'Nếu số bị gõ nhầm, viết value: 60.95 như câu trích. Nếu câu trích là của số liệu khác, chép câu nêu đúng số này. Nếu số được tính từ các số trong nguồn, bỏ dòng quote và ghi cách tính vào note.',
        en: 'If the number was mistyped, write value: 60.95 as the quote says. If the quote belongs to another figure, copy the sentence that states this one. If the number is computed from the source\'s figures, remove the quote line and give the arithmetic in note.',
      },
    },
  },
  'value-as-fraction': {
    mistake: { vi: 'Tỷ lệ ghi dạng phân số: `value: 0.5054` cho 50,54%.', en: 'A rate entered as a fraction: `value: 0.5054` for 50,54%.' },
    files: edit(FIGURES, 'value: 50.54', 'value: 0.5054'),
    expected: {
      at: 'plans/bai-2023.yaml:12:12',
      severity: 'error',
      message: {
        vi: 'Giá trị 0.5054 là một phân số, nhưng chỉ số "ty-le-ho-ngheo" tính bằng phần trăm: trang web sẽ hiện 0,51%, không phải 50,54%.',
        en: 'The value 0.5054 is a fraction, but "ty-le-ho-ngheo" is in percent: the site would show 0.51%, not 50.54%.',
      },
      hint: {
        vi: 'Nếu nguồn ghi 50,54%, viết 50.54 (tỷ lệ ghi theo phần trăm, không có dấu %). Nếu tỷ lệ thật sự nhỏ hơn 1%, đối chiếu lại với nguồn.',
        en: 'If the source says 50.54%, write 50.54 (rates are written in percent, without the % sign). If the rate really is below 1%, check it against the source.',
      },
    },
  },
  'value-over-total': {
    mistake: { vi: 'Số và tổng số đổi chỗ: `value: 551`, `out_of: 267` cho "267/551".', en: 'A value and its total swapped: `value: 551`, `out_of: 267` for "267/551".' },
    files: { 'plans/du-an.yaml': 'observations:\n  - indicator: so-du-an\n    territory: nhom-xa-ngheo\n    period: 2023\n    value: 551\n    out_of: 267\n    status: reported\n    source: { document: bai-2023 }\n' },
    expected: {
      at: 'plans/du-an.yaml:5:12',
      severity: 'error',
      message: {
        vi: 'Giá trị 551 lớn hơn tổng số 267 (out_of): phần không thể lớn hơn toàn bộ.',
        en: 'The value 551 is larger than its total 267 (out_of): a part cannot exceed the whole.',
      },
      hint: {
        vi: 'Có lẽ hai số bị đổi chỗ: "267/551" viết là value: 267 và out_of: 551. Đối chiếu với câu nguồn.',
        en: 'The two are probably swapped: "267 of 551" is value: 267 and out_of: 551. Check against the source sentence.',
      },
    },
  },
  'target-dates': {
    mistake: { vi: 'Năm gốc của chỉ tiêu sau hạn của nó: `baseline.period: 2026`, `by: 2025`.', en: 'A target\'s baseline after its deadline: `baseline.period: 2026`, `by: 2025`.' },
    files: edit('plans/kh-239.yaml', '    by: 2025\n', '    by: 2025\n    baseline: { value: 60.95, period: 2026 }\n'),
    expected: {
      at: 'plans/kh-239.yaml:8:39',
      severity: 'error',
      message: {
        vi: 'Năm gốc 2026 không trước hạn của chỉ tiêu (2025): mốc xuất phát phải trước hạn.',
        en: 'The baseline 2026 is not before the target\'s deadline (2025): a starting point must come before the deadline.',
      },
      hint: {
        vi: 'Đối chiếu với kế hoạch: "baseline.period" là năm của số liệu xuất phát (thường là năm trước kỳ kế hoạch), "by" là năm phải đạt chỉ tiêu.',
        en: 'Check the plan: "baseline.period" is the year of the starting figure (usually the year before the plan\'s period), "by" is when the target is due.',
      },
    },
  },
  'series-break-comparison': {
    mistake: {
      vi: 'Chỉ tiêu tỷ lệ hộ nghèo đến 2025 lấy năm gốc 2020, đo theo chuẩn nghèo cũ, trong khi chỉ số đổi chuẩn từ 2022.',
      en: 'A poverty-rate target for 2025 with its baseline in 2020, measured by the old poverty standard, while the indicator changed standard from 2022.',
    },
    files: {
      ...edit(
        'content/indicators/test.yaml',
        '    category: poverty\n  - id: muc-giam-ty-le-ho-ngheo\n',
        `    category: poverty
    breaks:
      - from: 2022
        note: { vi: Chuẩn nghèo đa chiều giai đoạn 2022–2025 thay chuẩn 2016–2020., en: The 2022–2025 multidimensional poverty standard replaced that of 2016–2020. }
        source: { document: Nghị định 07/2021/NĐ-CP }
  - id: muc-giam-ty-le-ho-ngheo
`,
      ),
      ...edit('plans/kh-239.yaml', '    by: 2025\n', '    by: 2025\n    baseline: { value: 60.95, period: 2020 }\n'),
    },
    expected: {
      at: 'plans/kh-239.yaml:8:39',
      severity: 'warning',
      message: {
        vi: 'Năm gốc 2020 đo theo phương pháp cũ của chỉ số "ty-le-ho-ngheo", mà hạn 2025 thuộc phương pháp mới từ 2022 (Chuẩn nghèo đa chiều giai đoạn 2022–2025 thay chuẩn 2016–2020; Nghị định 07/2021/NĐ-CP): so sánh hai bên là so hai thứ khác nhau.',
        en: 'The baseline 2020 was measured by the old method of "ty-le-ho-ngheo", while the deadline 2025 falls under the new one from 2022 (The 2022–2025 multidimensional poverty standard replaced that of 2016–2020; Nghị định 07/2021/NĐ-CP): comparing them compares two different things.',
      },
      hint: {
        vi: 'Nếu kế hoạch có nêu số gốc theo phương pháp mới (ví dụ số rà soát đầu kỳ theo Nghị định 07/2021/NĐ-CP), ghi số đó vào "baseline" với period từ 2022 trở đi (số đầu kỳ ghi là ngày: period: "2022-01-01"). Nếu kế hoạch chỉ nêu số gốc theo phương pháp cũ, giữ nguyên: trang web ghi chỉ tiêu này là không đánh giá được qua lần đổi phương pháp, thay vì tính tốc độ qua hai phương pháp.',
        en: 'If the plan gives a baseline under the new method (e.g. the start-of-period review under Nghị định 07/2021/NĐ-CP), enter that figure as "baseline" with a period from 2022 on (a start-of-period figure as a date: period: "2022-01-01"). If the plan gives only the old-method baseline, keep it: the site marks the target as not judgeable across the change of method instead of computing a pace across two methods.',
      },
    },
  },
  'comparator-direction': {
    mistake: { vi: 'Chỉ tiêu tỷ lệ hộ nghèo ghi "trên" (`comparator: ">"`) thay vì "dưới".', en: 'A poverty-rate target written "above" (`comparator: ">"`) instead of "below".' },
    files: edit('plans/kh-239.yaml', '    comparator: "<="', '    comparator: ">"'),
    expected: {
      at: 'plans/kh-239.yaml:5:17',
      severity: 'warning',
      message: {
        vi: 'Chỉ tiêu "trên 17,26%" (comparator: ">") ngược chiều với chỉ số "ty-le-ho-ngheo", mà giảm là tốt (direction: decrease): kết quả cao hơn mức này sẽ bị tính là đã đạt.',
        en: 'The target "more than 17.26%" (comparator: ">") runs against "ty-le-ho-ngheo", for which lower is better (direction: decrease): a result above it would count as achieved.',
      },
      hint: {
        vi: 'Chỉ tiêu của chỉ số này thường là "<=" (không quá) hoặc "<" (dưới): đối chiếu với câu nguồn rồi sửa comparator. Nếu kế hoạch thật sự đặt như vậy, giữ nguyên: trang web hiện cảnh báo này cạnh chỉ tiêu.',
        en: 'A target for this indicator is usually "<=" (at most) or "<" (less than): check the source sentence and correct the comparator. If the plan really sets it this way, keep it: the site shows this warning beside the target.',
      },
    },
  },
  'after-data-date': {
    mistake: { vi: 'Năm của số liệu gõ nhầm thành 2032, sau ngày của dữ liệu (2/12/2026).', en: 'A figure\'s year mistyped as 2032, after the data\'s date (2 December 2026).' },
    files: edit(FIGURES, 'period: 2023\n    value: 50.54', 'period: 2032\n    value: 50.54'),
    context: { dataDate: '2026-12-02' },
    expected: {
      at: 'plans/bai-2023.yaml:11:13',
      severity: 'error',
      message: {
        vi: 'Kỳ 2032 bắt đầu sau ngày của dữ liệu (2/12/2026): chưa thể có số liệu cho kỳ này.',
        en: 'The period 2032 starts after the data\'s date (2 December 2026): there cannot be a figure for it yet.',
      },
      hint: {
        vi: 'Năm hoặc ngày bị gõ nhầm: đối chiếu "period" với câu nguồn (số liệu năm nào, hay tính đến ngày nào).',
        en: 'The year or date is mistyped: check "period" against the source sentence (which year the figure is for, or the date it runs to).',
      },
    },
  },
  'duplicate-document': {
    mistake: { vi: 'Cùng một kế hoạch (số 239/KH-UBND, cùng cơ quan, cùng năm) nhập hai lần với hai mã.', en: 'One plan (239/KH-UBND, same issuer, same year) entered twice under two ids.' },
    files: { 'plans/lao-cai/kh-239-2021.md': BASE_FILES['plans/kh-239.md']!.replace('id: kh-239', 'id: kh-239-2021') },
    expected: {
      at: 'plans/lao-cai/kh-239-2021.md:4:9',
      severity: 'error',
      message: {
        vi: 'Văn bản số 239/KH-UBND của "ubnd-lao-cai" đã có ở plans/kh-239.md (mã "kh-239"): một văn bản sẽ hiện thành hai.',
        en: 'Document 239/KH-UBND of "ubnd-lao-cai" is already at plans/kh-239.md (id "kh-239"): one document would be published as two.',
      },
      hint: {
        vi: 'Nếu là cùng một văn bản, đổi source.document và các mã khác đang trỏ tới "kh-239-2021" thành "kh-239", rồi xóa tệp này. Nếu là hai văn bản khác nhau, đối chiếu số hiệu và ngày ban hành với bản gốc.',
        en: 'If it is the same document, point source.document and other references from "kh-239-2021" to "kh-239", then delete this file. If they are two documents, check the number and issue date against the originals.',
      },
    },
  },
  'period-range-single-year': {
    mistake: { vi: 'Số liệu ghi cho giai đoạn 2021-2023, nhưng câu nguồn nói về năm 2023.', en: 'A figure recorded for 2021-2023 whose source sentence is about 2023.' },
    files: {
      [FIGURES]: BASE_FILES[FIGURES]!.replace('period: 2023\n    value: 10.41', 'period: "2021-2023"\n    value: 10.41').replace(
        'quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%"',
        'quote: "Năm 2023, tỷ lệ hộ nghèo giảm từ 60,95% giảm xuống còn 50,54%; tỷ lệ giảm nghèo bình quân 10 xã 10,41%"',
      ),
    },
    expected: {
      at: 'plans/bai-2023.yaml:17:13',
      severity: 'warning',
      message: {
        vi: 'Số liệu ghi cho giai đoạn 2021-2023, nhưng câu trích chỉ nêu năm 2023.',
        en: 'The figure is recorded for 2021-2023, but its quote names only the year 2023.',
      },
      hint: {
        vi: 'Nếu số liệu là của riêng năm 2023, viết period: 2023. Nếu câu nói về cả giai đoạn, giữ nguyên: trang web hiện cảnh báo này cạnh số liệu.',
        en: 'If the figure is for 2023 alone, write period: 2023. If the sentence is about the whole span, keep it: the site shows this warning beside the figure.',
      },
    },
  },
};
