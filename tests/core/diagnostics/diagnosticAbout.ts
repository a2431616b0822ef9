import type { Bilingual, DiagnosticCode } from '../../../src/core/diagnostics.ts';

/**
 * What each message means and why it matters, for the validator's catalogue in CONTRIBUTING.md
 * (written by messageCatalogue.ts, with each code's example from diagnosticExamples.ts).
 */
export const DIAGNOSTIC_ABOUT: Record<DiagnosticCode, Bilingual> = {
  'yaml-syntax': {
    vi: "Tệp viết sai cách viết YAML, nên không đọc được. Thường gặp: thiếu dấu \":\" sau tên trường, thụt lề lệch cột, dùng phím Tab, giá trị có dấu \": \" hoặc \"#\" mà không đặt trong dấu nháy kép, dấu nháy hoặc dấu [ không được đóng. Khi có lỗi này, cả tệp bị bỏ qua, nên các tệp khác có thể báo thêm lỗi \"không có mã\" theo sau: sửa lỗi cú pháp trước.",
    en: "The file breaks the YAML rules and cannot be read. Usual causes: a missing \":\" after a field name, misaligned indentation, a tab, a value containing \": \" or \"#\" without double quotes, an unclosed quote or [. The whole file is skipped, so other files may then report \"no such id\" errors: fix the syntax first.",
  },
  'front-matter-missing': {
    vi: "Mỗi tài liệu .md bắt đầu bằng phần thông tin (front matter) nằm giữa hai dòng \"---\". Thiếu phần này thì tài liệu không được đọc, và các số liệu dẫn nguồn tới nó sẽ báo lỗi theo.",
    en: "Every .md document starts with its details (front matter) between two \"---\" lines. Without them the document is not read, and the figures that cite it report errors too.",
  },
  'front-matter-unclosed': {
    vi: "Tài liệu .md mở phần thông tin đầu tệp bằng dòng \"---\" nhưng thiếu dòng \"---\" đóng lại (thường bị xóa khi sửa). Thông báo chỉ đúng dòng cần thêm. Các số liệu dẫn nguồn tới tài liệu này không báo thêm lỗi \"không có mã\": chỉ cần sửa ở đây.",
    en: "A .md document opens its front matter with \"---\" but the closing \"---\" line is missing (usually deleted while editing). The message names the line where it belongs. The figures citing this document do not report \"no such id\" as well: the one fix is here.",
  },
  'file-unreadable': {
    vi: "Tệp không phải văn bản thuần. Không đặt tệp Word, PDF hay ảnh vào plans/ hoặc content/: chép nội dung cần thiết vào tệp .md hoặc .yaml; nếu muốn dẫn bản gốc, ghi địa chỉ của nó ở trường url.",
    en: "The file is not plain text. Do not put Word files, PDFs or images in plans/ or content/: copy what is needed into a .md or .yaml file, and link the original with the url field.",
  },
  'invisible-character': {
    vi: "Có ký tự không nhìn thấy được (dấu cách rộng 0, dấu gạch nối mềm, ký tự đổi chiều chữ…), thường do chép từ Word hoặc PDF. Tên có ký tự này không khớp với tên gõ tay, tìm kiếm không thấy, câu trích dẫn không tìm được trong văn bản; ký tự đổi chiều còn làm câu hiển thị khác với nội dung thật.",
    en: "There is a character that cannot be seen (a zero-width space, a soft hyphen, a bidirectional control…), usually copied out of Word or a PDF. A name containing one does not match the same name typed by hand, search misses it, and a quote is not found in its document; a bidirectional control can even make text display differently from what it says.",
  },
  'file-unknown-kind': {
    vi: "Chỉ tệp .yaml và .md trong plans/ và content/ được đọc. Tệp khác bị bỏ qua; cảnh báo này để không ai tưởng nhầm là dữ liệu đã được đưa vào.",
    en: "Only .yaml and .md files in plans/ and content/ are read. Anything else is skipped; the warning makes sure nobody thinks it was taken in.",
  },
  'page-unknown': {
    vi: "Một tệp trong `content/pages/` không phải trang văn bản nào của trang web. Các trang là Giới thiệu (`gioi-thieu`), Phương pháp (`phuong-phap`) và Cách trích dẫn (`trich-dan`), mỗi trang một tệp `.vi.md` và một tệp `.en.md`; trang nào thư mục dữ liệu không có thì trang web dùng mẫu có sẵn, điền từ `content/site.yaml`.",
    en: "A file in `content/pages/` that is none of the site's prose pages. They are About (`gioi-thieu`), Methodology (`phuong-phap`) and How to cite (`trich-dan`), each as a `.vi.md` and an `.en.md` file; any the data folder does not have comes from the engine's template, filled from `content/site.yaml`.",
  },
  'file-wrong-folder': {
    vi: "Tệp đặt sai thư mục: số liệu (observations, targets, tasks) chỉ được đọc trong plans/, dữ liệu tham chiếu (territories, groups, indicators, agencies) chỉ trong content/. Thông báo nói tệp cần chuyển tới đâu, thay vì báo từng trường là \"không có trường này\".",
    en: "A file in the wrong folder: figures (observations, targets, tasks) are read only from plans/, reference data (territories, groups, indicators, agencies) only from content/. The message says where the file belongs, instead of calling each of its fields unknown.",
  },
  'file-empty': {
    vi: "Tệp số liệu hoặc dữ liệu tham chiếu không có gì (chỉ có dòng chú thích, hoặc trắng hoàn toàn). Thường là do lỡ tay xóa trắng khi sửa trên trang GitHub; nếu công bố, mọi số liệu của tệp sẽ biến mất khỏi trang.",
    en: "A figures or reference file holds nothing (only comments, or nothing at all). It usually happens by accident while editing on GitHub; published, it would remove every figure the file held from the site.",
  },
  'schema-type': {
    vi: "Giá trị sai loại: cần chữ mà viết số (mã GSO như 89 sẽ mất số 0 ở đầu), cần số mà viết chữ, cần danh sách mà viết một giá trị.",
    en: "The value has the wrong kind: a number where text is needed (a GSO code such as 89 loses its leading zero), text where a number is needed, a single value where a list is needed.",
  },
  'schema-required': {
    vi: "Thiếu một trường bắt buộc, hoặc trường có nhưng để trống (như các chỗ trống trong tệp do `npm run new` tạo). Điền giá trị vào; với trường không bắt buộc (thông báo ghi \"hoặc xóa cả dòng\"), có thể xóa dòng đó nếu không có thông tin.",
    en: "A required field is missing, or present but blank (like the blanks in a file made by `npm run new`). Fill it in; an optional field (the message says \"or delete the line\") can be deleted when there is nothing to write.",
  },
  'schema-value': {
    vi: "Giá trị đúng loại nhưng không hợp lệ: ngày không theo dạng NĂM-THÁNG-NGÀY, mã có chữ hoa hoặc dấu, giá trị không nằm trong danh sách được phép. Gợi ý cho biết nên viết thế nào.",
    en: "The value has the right kind but is not valid: a date not written YYYY-MM-DD, an id with capitals or diacritics, a value outside the allowed list. The hint says what to write.",
  },
  'schema-unknown-key': {
    vi: "Tên trường không có trong mẫu dữ liệu: thường là gõ sai (gợi ý \"Có phải ý bạn là…\"), hoặc dòng bị thụt lề nhầm nên rơi vào mục khác. Trường lạ không được bỏ qua âm thầm, vì dữ liệu trong đó sẽ mất.",
    en: "The field name is not one the data format has: usually a typo (the hint suggests the right name), or a line indented into the wrong item. Unknown fields are not silently ignored, since their data would be lost.",
  },
  'number-with-comma': {
    vi: "Trong tệp dữ liệu, số thập phân dùng dấu chấm (10.41), dù văn bản tiếng Việt viết 10,41. Trang web tự hiển thị lại theo kiểu Việt Nam.",
    en: "Data files write decimals with a dot (10.41), even though Vietnamese texts write 10,41. The site shows them the Vietnamese way again.",
  },
  'number-notation': {
    vi: "Số viết theo kiểu của lập trình viên: hệ mười sáu (`0x10`), hệ tám (`0o17`), hệ hai (`0b101`) hay lũy thừa (`1e3`). Máy sẽ đọc thành một số khác hẳn điều người gõ muốn, nên trình kiểm tra không đoán mà báo lỗi.",
    en: "A number in a programmer's notation: hexadecimal (`0x10`), octal (`0o17`), binary (`0b101`) or exponent (`1e3`). It would be read as a number quite unlike what was meant, so the validator reports it instead of guessing.",
  },
  'duplicate-id': {
    vi: "Hai bản ghi cùng loại dùng chung một mã. Mã là địa chỉ trang web của bản ghi, nên phải duy nhất. Thông báo chỉ ra chỗ dùng mã lần đầu.",
    en: "Two records of one kind share an id. The id is the record's web address, so it must be unique. The message names where it is used first.",
  },
  'id-renamed': {
    vi: "Một mã đã công bố (có trong lần lưu git trước) bị đổi. Mã là địa chỉ trang web, nên đổi mã làm hỏng mọi liên kết và trích dẫn tới trang cũ; quy tắc là mã đã công bố không bao giờ đổi. Thông báo ở chỗ mã bị đổi, một lần; các chỗ còn dùng mã cũ không báo thêm, vì đặt lại mã cũ là sửa xong.",
    en: "A published id (one in the last git commit) was changed. An id is the page's address, so changing it breaks every link and citation to the old page; the rule is that published ids never change. Reported once, where the id was changed; the places still using the old id are not reported as well, since putting the id back fixes them.",
  },
  'duplicate-figure': {
    vi: "Cùng một số liệu (chỉ số, địa bàn, kỳ, nguồn) được ghi hai lần, thường do chép trùng. Nếu nguồn thật sự nêu hai số khác nhau cho cùng một thứ, đặt trường id riêng cho mỗi số.",
    en: "The same figure (indicator, place, period, source) is entered twice, usually by copying. If the source really states two numbers for the same thing, give each its own id.",
  },
  'catalogue-override': {
    vi: "Thư mục dữ liệu định nghĩa lại một chỉ số đã có trong danh mục chỉ số chuẩn của phần mềm (`src/catalogue/indicators/`) theo cách khác, mà không nói vì sao. Người đọc so sánh \"tỷ lệ hộ nghèo\" của hai tỉnh cần biết khi một tỉnh hiểu nó khác đi. Bản sao giống hệt danh mục thì không bị báo.",
    en: "A data folder redefines an indicator of the engine's standard catalogue (`src/catalogue/indicators/`) differently without saying why. A reader comparing two provinces' \"poverty rate\" must be told when one means something else. A copy identical to the catalogue's is not reported.",
  },
  'dangling-reference': {
    vi: "Một mã được nhắc đến (địa bàn, chỉ số, cơ quan, tài liệu) nhưng không có bản ghi nào mang mã đó: gõ sai, hoặc chưa thêm bản ghi. Gợi ý \"Có phải ý bạn là…\" khi có mã gần giống.",
    en: "An id is referred to (a place, indicator, agency or document) but no record has it: a typo, or the record is not added yet. The hint suggests a close id when there is one.",
  },
  'wrong-reference-kind': {
    vi: "Trường plan: phải là mã của một kế hoạch, chương trình hoặc đề án. Văn bản nêu số liệu (bài báo, báo cáo) thì ghi ở source.document.",
    en: "The plan: field must name a plan, programme or scheme. The document that states the figures (an article, a report) goes in source.document.",
  },
  'value-out-of-range': {
    vi: "Giá trị không thể đúng với đơn vị của chỉ số: tỷ lệ ngoài 0–100, số đếm âm. Thường là chép nhầm số, hoặc chọn nhầm chỉ số (ví dụ \"đạt 130% kế hoạch\" là một chỉ số khác với \"tỷ lệ\").",
    en: "The value cannot be right for the indicator's unit: a share outside 0–100, a negative count. Usually a mistyped number or the wrong indicator (\"130% of the plan\" is another indicator than a rate).",
  },
  'value-not-whole': {
    vi: "Số hộ, số người, số dự án… phải là số nguyên. Hay gặp nhất: chép \"1.306 hộ\" từ văn bản (dấu chấm ngăn cách hàng nghìn) thành 1.306, tức một phẩy ba. Viết 1306.",
    en: "Counts of households, people, projects… are whole numbers. The usual cause: \"1.306 hộ\" copied from a text (a dot between thousands) becomes 1.306, one point three. Write 1306.",
  },
  'value-too-precise': {
    vi: "Số có nhiều chữ số thập phân hơn số chỉ số hiển thị, nên trang web sẽ làm tròn. Nếu nguồn ghi đúng như vậy, tăng decimals của chỉ số; nếu không, sửa lại số.",
    en: "The value has more decimals than the indicator shows, so the site would round it. If the source states it so, raise the indicator's decimals; otherwise correct the value.",
  },
  'date-order': {
    vi: "Hai ngày ngược thứ tự: ngày hiệu lực trước ngày ban hành, hoặc valid_to của một địa bàn trước valid_from. Thường do gõ nhầm hoặc đảo ngày và tháng.",
    en: "Two dates are in the wrong order: an effective date before the issue date, or a territory's valid_to before its valid_from. Usually a typo, or day and month swapped.",
  },
  'document-number-grammar': {
    vi: "Số hiệu văn bản có thể thức riêng (Nghị định 30/2020/NĐ-CP): văn bản hành chính \"239/KH-UBND\", văn bản quy phạm \"111/2024/QH15\", văn bản của Đảng \"20-NQ/TU\". Chép đúng như in trên bản gốc. Văn bản chưa có số (dự thảo) thì xóa dòng number.",
    en: "Document numbers have a set form (Decree 30/2020/NĐ-CP): administrative \"239/KH-UBND\", legal \"111/2024/QH15\", Party \"20-NQ/TU\". Copy it exactly as printed. A draft without a number has no number line.",
  },
  'document-number-year': {
    vi: "Số hiệu có năm (văn bản quy phạm) nhưng năm đó khác năm của ngày ban hành: một trong hai bị gõ nhầm.",
    en: "The number carries a year (legal documents) that differs from the issue date's year: one of them is mistyped.",
  },
  'document-number-type': {
    vi: "Ký hiệu loại trong số hiệu (KH, QĐ, NQ, BC…) không khớp với type của văn bản. Đây là cảnh báo: có văn bản thật sự mang ký hiệu khác thường; nếu vậy, giữ nguyên.",
    en: "The type code in the number (KH, QĐ, NQ, BC…) does not match the document's type. It is a warning: some real documents carry an unusual code; if so, keep it.",
  },
  'citation-date-mismatch': {
    vi: "Nội dung một tài liệu dẫn một văn bản khác với ngày không khớp ngày ban hành của văn bản đó. Nếu chính bản gốc viết sai, giữ nguyên để trung thực với nguồn: trang tài liệu sẽ hiện cảnh báo.",
    en: "A document's text cites another document with a date that is not its issue date. If the original itself is wrong, keep it as printed: the document page shows the warning.",
  },
  'territory-code': {
    vi: "Mã GSO có số chữ số theo cấp (tỉnh 2, huyện 3, xã 5) và không bao giờ dùng lại cho đơn vị khác cùng lúc. Luôn đặt mã trong dấu nháy kép để giữ số 0 ở đầu.",
    en: "A GSO code has a width per level (province 2, district 3, commune 5) and is never held by two units at once. Always quote it to keep the leading zeros.",
  },
  'territory-history': {
    vi: "Sáp nhập phải được ghi ở cả hai phía: đơn vị cũ ghi successor (đơn vị mới) và valid_to (ngày cuối), đơn vị mới ghi predecessors (các đơn vị cũ). Nhờ vậy trang của xã cũ chỉ sang xã mới và ngược lại.",
    en: "A merger is recorded on both sides: the old unit has successor (the new unit) and valid_to (its last day), the new one has predecessors (the old units). That is how old and new commune pages link to each other.",
  },
  'target-shape': {
    vi: "Chỉ tiêu phải khớp với phép so sánh: \">=\", \"<=\", \"=\" … cần value; \"between\" cần range với min nhỏ hơn max, và không có value.",
    en: "A target must fit its comparator: \">=\", \"<=\", \"=\" … need a value; \"between\" needs a range with min below max, and no value.",
  },
  'stated-vs-derived': {
    vi: "Một số do nguồn nêu (mức giảm, % đạt kế hoạch…) không khớp với phép tính trên các số khác. Đây là cảnh báo về nguồn, không phải lỗi nhập: nếu đã chép đúng, giữ nguyên, trang web sẽ hiện phép tính và đánh dấu \"không khớp\".",
    en: "A figure the source states (a reduction, a % of plan…) disagrees with the arithmetic on other figures. It is a warning about the source, not a typing mistake: if copied correctly, keep it; the site shows the arithmetic, marked \"inconsistent\".",
  },
  'conflicting-values': {
    vi: "Hai nguồn nêu hai số khác nhau cho cùng một số liệu. Giữ cả hai, mỗi số với nguồn của nó: trang web hiện cả hai và đánh dấu \"có tranh chấp\", không tự chọn một.",
    en: "Two sources give different numbers for the same figure. Keep both, each with its source: the site shows both, marked \"disputed\", and never picks one.",
  },
  'figure-without-quote': {
    vi: "Lưu ý (chỉ hiện với --verbose): số liệu không có câu trích nguyên văn, nên người đọc không tự kiểm tra được. Được phép (có nguồn chỉ có đường dẫn), nhưng nên thêm câu trích khi có văn bản.",
    en: "A note (shown with --verbose): the figure has no quoted sentence, so readers cannot check it themselves. Allowed (some sources are only a link), but add the quote when you have the text.",
  },
  'quote-not-in-document': {
    vi: "Tài liệu nguồn có nội dung trong minhbach (phần sau front matter của tệp .md), nhưng câu trích không có trong đó. Câu trích là bằng chứng cho người đọc: nó phải là câu nguyên văn của tài liệu. Khoảng trắng, xuống dòng, dấu nháy cong hay thẳng và dấu Markdown không tính. Tài liệu chỉ có đường dẫn, không có nội dung, thì không kiểm tra được.",
    en: "The source document's text is on file (the .md body after its front matter), but the quote is not in it. The quote is the reader's evidence: it must be the document's own sentence. Spacing, line breaks, curly or straight quote marks and Markdown marks do not count. A document kept as a link only, without its text, cannot be checked.",
  },
  'quote-missing-figure': {
    vi: "Câu trích không nêu con số của số liệu, dưới bất kỳ cách viết nào (60,95 / 60.95 / 3.124 / 3 124 / 3,124 / 1,5 triệu / 304.800 triệu đồng cho 304,8 tỷ đồng), ở độ chính xác của số liệu. Đây là lỗi, vì một trong hai chắc chắn sai: số gõ nhầm, hoặc câu trích của số liệu khác. Số liệu tự tính từ các số trong nguồn (không câu nào nêu nó) thì không có câu trích: ghi cách tính vào note; trang web hiện số liệu đó không kèm câu trích. Tổng số (out_of) có thể nằm ở câu khác của cùng tài liệu.",
    en: "The quote does not state the figure's number in any way a text writes it (60,95 / 60.95 / 3.124 / 3 124 / 3,124 / 1,5 triệu / 304.800 triệu đồng for 304,8 tỷ đồng), at the figure's precision. An error, since one of the two must be wrong: a mistyped number, or the quote of another figure. A figure computed from the source's numbers (no sentence states it) has no quote: give the arithmetic in note; the site then shows it without a quote. A total (out_of) may be stated in another sentence of the same document.",
  },
  'value-as-fraction': {
    vi: "Tỷ lệ phần trăm được ghi dạng phân số (0.4846 cho 48,46%). Trang web sẽ hiện 0,48%. Cách sửa là viết số phần trăm; không tăng số chữ số thập phân của chỉ số, vì điều đó đổi cách hiện mọi số liệu khác của chỉ số.",
    en: "A percentage entered as a fraction (0.4846 for 48,46%). The site would show 0.48%. The fix is to write the percent; not to raise the indicator's decimals, which would change how every other figure of the indicator is shown.",
  },
  'value-over-total': {
    vi: "Số liệu có tổng số (out_of, như 267/551 hộ) mà phần lớn hơn toàn bộ, thường do hai số bị đổi chỗ. Trang web sẽ hiện \"551/267 hộ\".",
    en: "A figure with a total (out_of, as in 267/551 households) whose part exceeds the whole, usually the two swapped. The site would show \"551/267 households\".",
  },
  'target-dates': {
    vi: "Năm gốc (baseline) của chỉ tiêu không trước hạn của chỉ tiêu (by). Phương pháp đánh giá tiến độ đi từ năm gốc tới hạn, nên thứ tự ngược không thể đúng.",
    en: "A target's baseline is not before its deadline (by). Progress is judged on the way from the baseline to the deadline, so the reverse order cannot be right.",
  },
  'comparator-direction': {
    vi: "Chỉ tiêu đặt ngược chiều với chỉ số: \"trên 15%\" cho tỷ lệ hộ nghèo (giảm là tốt), hoặc \"không quá\" cho một chỉ số mà tăng là tốt. Thường là gõ nhầm dấu so sánh, và khi đó một chỉ tiêu trượt sẽ hiện là \"đã đạt\". Vì kế hoạch đôi khi thật sự đặt như vậy, đây là cảnh báo: trang web hiện nó ngay cạnh chỉ tiêu.",
    en: "A target set against its indicator: \"more than 15%\" for a poverty rate (lower is better), or \"at most\" for one where higher is better. Usually a mistyped comparator, which would show a missed target as \"achieved\". Since a plan may really set it so, this is a warning, shown on the site beside the target.",
  },
  'after-data-date': {
    vi: "Một ngày hoặc kỳ sau ngày của dữ liệu (ngày của lần lưu git cuối, ngày in ở chân mỗi trang; khi có thay đổi chưa lưu thì là hôm nay): số liệu cho năm 2032, văn bản ban hành năm 2031. Lỗi nếu kỳ bắt đầu sau ngày đó hoặc văn bản ban hành sau ngày đó. Cảnh báo nếu kỳ chưa kết thúc mà số liệu ghi là đã báo cáo (reported): số cả năm nêu trước khi hết năm là số ước tính.",
    en: "A date or period after the data's date (the date of the last git commit, printed at the foot of every page; today while there are changes not yet committed): a figure for 2032, a plan issued in 2031. An error when the period starts, or the document is issued, after that date. A warning when the period has not ended yet the figure is recorded as reported: a whole-year figure given before the year ends is an estimate.",
  },
  'duplicate-document': {
    vi: "Hai tài liệu cùng số hiệu, cùng cơ quan ban hành và cùng năm là một văn bản nhập hai lần; trang web sẽ công bố thành hai kế hoạch. Số hiệu văn bản hành chính đánh lại từ đầu mỗi năm, nên 239/KH-UBND năm 2021 và năm 2024 là hai văn bản khác nhau.",
    en: "Two documents with the same number, issuer and year are one document entered twice; the site would publish it as two plans. Administrative numbers restart every year, so 239/KH-UBND of 2021 and of 2024 are two different documents.",
  },
  'period-range-single-year': {
    vi: "Số liệu ghi cho một giai đoạn (\"2021-2023\") nhưng câu trích chỉ nêu một năm, không có từ chỉ giai đoạn (giai đoạn, từ năm, đến nay, lũy kế…). Thường là số của riêng năm đó. Cảnh báo, hiện cạnh số liệu trên trang web.",
    en: "A figure recorded for a span (\"2021-2023\") whose quote names one year and no span (giai đoạn, từ năm, đến nay, lũy kế…). Usually the figure is for that year alone. A warning, shown beside the figure on the site.",
  },
  'series-break-comparison': {
    vi: "Chỉ tiêu có năm gốc (baseline) trước một lần đổi phương pháp của chỉ số (breaks, như chuẩn nghèo 2022–2025 theo Nghị định 07/2021/NĐ-CP thay chuẩn 2016–2020) và hạn sau lần đổi đó: năm gốc và kết quả đo hai thứ khác nhau. Cảnh báo, vì kế hoạch có thể thật sự đặt như vậy; trang web ghi chỉ tiêu là không đánh giá được qua lần đổi phương pháp, không tính tốc độ qua hai phương pháp.",
    en: "A target whose baseline is before a change of the indicator's method (breaks, such as the 2022–2025 poverty standard of Nghị định 07/2021/NĐ-CP replacing that of 2016–2020) and whose deadline is after it: the baseline and the results measure different things. A warning, since a plan may really be set so; the site marks the target as not judgeable across the change and computes no pace across two methods.",
  },
};
