import type { Diagnostic } from '../diagnostics.ts';
import { CITATION_PATTERN, TYPE_CODES } from '../model/documentNumber.ts';
import type { DocumentRecord, Model } from '../model/types.ts';
import { pushToList } from '../model/pushToList.ts';

/**
 * A document number must follow its grammar and agree with the document's date and type, and a
 * citation inside a body ("Kế hoạch số 239/KH-UBND ngày 19/5/2024") must agree with the cited
 * document's real date: drafts copy such citations by hand and get them wrong.
 */
export function checkDocuments(model: Pick<Model, 'documents'>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byNumber = new Map<string, DocumentRecord[]>();
  for (const document of model.documents) {
    if (document.number) pushToList(byNumber, document.number, document);
  }
  for (const document of model.documents) {
    diagnostics.push(...checkNumber(document));
    diagnostics.push(...checkDates(document));
    diagnostics.push(...checkCitations(document, byNumber));
  }
  return diagnostics;
}

function checkNumber(document: DocumentRecord): Diagnostic[] {
  if (!document.number) return [];
  const at = { file: document.origin.file, ...document.origin.locate(['number']) };
  const parsed = document.parsedNumber;
  if (!parsed) {
    return [{
      severity: 'error',
      code: 'document-number-grammar',
      ...at,
      message: { vi: `Số hiệu "${document.number}" không đúng thể thức văn bản.`, en: `The number "${document.number}" does not follow the official format.` },
      hint: { vi: 'Chép đúng số hiệu như in trên văn bản, ví dụ 239/KH-UBND (hành chính), 111/2024/QH15 (quy phạm pháp luật), 20-NQ/TU (văn bản của Đảng).', en: 'Copy the number exactly as printed, e.g. 239/KH-UBND (administrative), 111/2024/QH15 (legal), 20-NQ/TU (Party).' },
    }];
  }
  const diagnostics: Diagnostic[] = [];
  if (parsed.year !== undefined && document.issued && Number(document.issued.slice(0, 4)) !== parsed.year) {
    diagnostics.push({
      severity: 'error',
      code: 'document-number-year',
      ...at,
      message: { vi: `Số hiệu ghi năm ${parsed.year} nhưng ngày ban hành là ${document.issued}.`, en: `The number says ${parsed.year} but the issue date is ${document.issued}.` },
      hint: { vi: 'Một trong hai bị gõ nhầm: đối chiếu với bản gốc.', en: 'One of the two is mistyped: check against the original.' },
    });
  }
  const expectedCodes = TYPE_CODES[document.type];
  if (parsed.typeCode && expectedCodes && !expectedCodes.includes(parsed.typeCode)) {
    diagnostics.push({
      severity: 'warning',
      code: 'document-number-type',
      ...at,
      subject: { kind: 'document-number-type', typeCode: parsed.typeCode, type: document.type, expected: expectedCodes },
    });
  }
  return diagnostics;
}

function checkDates(document: DocumentRecord): Diagnostic[] {
  if (document.issued && document.effective && document.effective < document.issued) {
    return [{
      severity: 'error',
      code: 'date-order',
      file: document.origin.file,
      ...document.origin.locate(['effective']),
      message: { vi: `Ngày hiệu lực ${document.effective} sớm hơn ngày ban hành ${document.issued}.`, en: `The effective date ${document.effective} is before the issue date ${document.issued}.` },
      hint: { vi: 'Đối chiếu hai ngày với bản gốc; ngày hiệu lực không thể trước ngày ban hành.', en: 'Check both dates against the original; a document cannot take effect before it is issued.' },
    }];
  }
  return [];
}

function checkCitations(document: DocumentRecord, byNumber: Map<string, DocumentRecord[]>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // The whole body at once, not line by line: a citation is often wrapped across two lines.
  const lineStarts = [0];
  for (let i = 0; i < document.body.length; i++) if (document.body[i] === '\n') lineStarts.push(i + 1);
  for (const match of document.body.matchAll(CITATION_PATTERN)) {
    const [, number, day, month, year] = match;
    const cited = byNumber.get(number!);
    if (!cited || cited.length !== 1) continue;
    const citedDocument = cited[0]!;
    if (!citedDocument.issued || citedDocument.id === document.id) continue;
    const citedDate = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
    if (citedDate === citedDocument.issued) continue;
    const [realYear, realMonth, realDay] = citedDocument.issued.split('-').map(Number);
    const offset = match.index ?? 0;
    let lineIndex = 0;
    while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1]! <= offset) lineIndex += 1;
    diagnostics.push({
      severity: 'warning',
      code: 'citation-date-mismatch',
      file: document.origin.file,
      line: document.bodyFirstLine + lineIndex,
      column: offset - lineStarts[lineIndex]! + 1,
      message: {
        vi: `Văn bản dẫn "${number} ngày ${day}/${month}/${year}", nhưng ${number} ban hành ngày ${realDay}/${realMonth}/${realYear}.`,
        en: `The text cites "${number} of ${day}/${month}/${year}", but ${number} was issued on ${realDay}/${realMonth}/${realYear}.`,
      },
      hint: {
        vi: 'Nếu đây là lỗi của chính văn bản gốc, giữ nguyên để trung thực với nguồn; cảnh báo sẽ hiện trên trang tài liệu.',
        en: 'If the original document itself has this error, keep it as printed; the warning is shown on the document page.',
      },
    });
  }
  return diagnostics;
}
