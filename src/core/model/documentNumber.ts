/**
 * Vietnamese document numbers follow Decree 30/2020/NĐ-CP (administrative documents) and the Law
 * on Promulgation of Legal Documents (normative documents); Party documents follow Guidance
 * 36-HD/VPTW. The three printed forms:
 *   administrative  239/KH-UBND          number / TYPE-ISSUER, no year (the year comes from the date)
 *   legal           111/2024/QH15        number / year / [TYPE-]ISSUER
 *   party           20-NQ/TU             number-TYPE / ISSUER
 * https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-dinh-30-2020-ND-CP-cong-tac-van-thu-320542.aspx
 */
export type DocumentNumberForm = 'administrative' | 'legal' | 'party';

export interface ParsedDocumentNumber {
  form: DocumentNumberForm;
  number: string;
  year?: number;
  typeCode?: string;
  issuerCode: string;
}

const LETTERS = 'A-ZĐ';
const ADMINISTRATIVE = new RegExp(`^(\\d+[a-z]?)/([${LETTERS}]+)-([${LETTERS}0-9]+(?:-[${LETTERS}0-9]+)*)$`);
const LEGAL = new RegExp(`^(\\d+[a-z]?)/(\\d{4})/(?:([${LETTERS}]+)-)?([${LETTERS}0-9]+(?:-[${LETTERS}0-9]+)*)$`);
const PARTY = new RegExp(`^(\\d+)-([${LETTERS}]+)/([${LETTERS}0-9]+(?:-[${LETTERS}0-9]+)*)$`);

export function parseDocumentNumber(printed: string): ParsedDocumentNumber | null {
  let match = LEGAL.exec(printed);
  if (match) {
    const parsed: ParsedDocumentNumber = { form: 'legal', number: match[1]!, year: Number(match[2]), issuerCode: match[4]! };
    if (match[3]) parsed.typeCode = match[3];
    return parsed;
  }
  match = ADMINISTRATIVE.exec(printed);
  if (match) return { form: 'administrative', number: match[1]!, typeCode: match[2]!, issuerCode: match[3]! };
  match = PARTY.exec(printed);
  if (match) return { form: 'party', number: match[1]!, typeCode: match[2]!, issuerCode: match[3]! };
  return null;
}

/** Type codes as printed in numbers, for each document type that has one. */
export const TYPE_CODES: Record<string, readonly string[]> = {
  'nghi-quyet': ['NQ'],
  'ke-hoach': ['KH'],
  'quyet-dinh': ['QĐ'],
  'chuong-trinh': ['CTr'],
  'de-an': ['ĐA'],
  'chi-thi': ['CT'],
  'huong-dan': ['HD'],
  'thong-tu': ['TT'],
  'bao-cao': ['BC'],
  'nghi-dinh': ['NĐ'],
  'thong-bao': ['TB'],
};

/**
 * A pattern that finds document citations inside text, such as
 * "Kế hoạch số 239/KH-UBND ngày 19/5/2021", so that a citation's date can be checked against the
 * cited document.
 */
export const CITATION_PATTERN = new RegExp(
  `(\\d+[a-z]?(?:/\\d{4})?/(?:[${LETTERS}]+-)?[${LETTERS}0-9]+(?:-[${LETTERS}0-9]+)*|\\d+-[${LETTERS}]+/[${LETTERS}0-9]+)\\s+ngày\\s+(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})`,
  'gu',
);
