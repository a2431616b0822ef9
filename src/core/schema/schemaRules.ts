/**
 * The rules our schemas add beyond zod's types, each with its message in both languages.
 * The validator finds a broken rule by what zod records about it (the regex's pattern, or the
 * `rule` param of a refinement), never by the wording of `issue.message`, so zod's own locale
 * or error map cannot change what a person is told.
 */
export interface SchemaRule {
  readonly en: string;
  readonly vi: string;
  /** For a regex rule: the pattern zod reports in its `invalid_format` issue. */
  readonly pattern?: RegExp;
}

export const SCHEMA_RULES = {
  'id-format': {
    pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    en: 'an id is lower-case ASCII letters, digits and single hyphens (e.g. "nam-chay")',
    vi: 'mã (id) chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ "nam-chay").',
  },
  'date-format': {
    pattern: /^\d{4}-\d{2}-\d{2}$/,
    en: 'a date is written YYYY-MM-DD, e.g. 2021-05-19',
    vi: 'ngày viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2021-05-19.',
  },
  'date-exists': { en: 'this date does not exist in the calendar', vi: 'ngày này không có trong lịch.' },
  'year-span-format': { pattern: /^\d{4}-\d{4}$/, en: 'a span of years is written "2021-2023"', vi: 'khoảng năm viết dạng "2021-2023".' },
  'year-span-order': { en: 'a span of years must end after it starts', vi: 'năm kết thúc phải sau năm bắt đầu.' },
  // A quote or < > in a link is either a typing slip or an attempt to break out of the href.
  'url-format': {
    pattern: /^https?:\/\/[^\s<>"']+$/,
    en: 'a link starts with http:// or https:// and has no spaces, quotes or < >',
    vi: 'đường dẫn phải bắt đầu bằng http:// hoặc https:// và không có dấu cách, dấu nháy hay < >.',
  },
  'period-total-kind': {
    en: 'period_total applies only to count and amount indicators (a level is always at a date, a change or ratio always over a period): remove this line',
    vi: 'period_total chỉ dùng cho chỉ số loại count (số đếm) hoặc amount (số tiền) (loại level luôn tính tại một thời điểm, change và ratio luôn tính trong một kỳ): hãy xóa dòng này.',
  },
  'gso-code-format': {
    pattern: /^\d{2,5}$/,
    en: 'a GSO code is 2 (province), 3 (district) or 5 (commune) digits, in quotes',
    vi: 'mã GSO gồm 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số, đặt trong dấu nháy.',
  },
  'breaks-order': {
    en: 'List the breaks oldest first, each at a different time: reorder them by "from"',
    vi: 'Liệt kê các lần đổi phương pháp theo thứ tự cũ trước, mỗi lần ở một thời điểm khác nhau: sắp xếp lại theo "from".',
  },
  'locator-not-empty': {
    en: 'a locator names at least one of section, heading, item, paragraph, page, table, row, annex',
    vi: 'vị trí trích dẫn phải nêu ít nhất một trong: section, heading, item, paragraph, page, table, row, annex.',
  },
  'email-format': {
    pattern: /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/,
    en: 'an e-mail address looks like ten@example.gov.vn',
    vi: 'địa chỉ thư điện tử có dạng ten@example.gov.vn.',
  },
  'github-repository-format': {
    pattern: /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/,
    en: 'a GitHub repository is written owner/name, e.g. so-tttt-quang-tri/minhbach-data',
    vi: 'kho GitHub viết dạng chủ-sở-hữu/tên, ví dụ so-tttt-quang-tri/minhbach-data.',
  },
  'site-languages': {
    en: 'the site is built in Vietnamese and English: write languages: [vi, en]',
    vi: 'trang web được dựng bằng tiếng Việt và tiếng Anh: viết languages: [vi, en].',
  },
} as const satisfies Record<string, SchemaRule>;

export type SchemaRuleId = keyof typeof SCHEMA_RULES;

/** Arguments for `.regex(...)`: the rule's pattern and its English message (for zod's own output). */
export function regexRule(id: SchemaRuleId): [RegExp, { message: string }] {
  const rule: SchemaRule = SCHEMA_RULES[id];
  if (!rule.pattern) throw new Error(`schema rule ${id} has no pattern`);
  return [rule.pattern, { message: rule.en }];
}

/** Options for `.refine(...)`: the English message, and the rule's id for the validator to find. */
export function refineRule(id: SchemaRuleId, path?: (string | number)[]): { message: string; params: { rule: SchemaRuleId }; path?: (string | number)[] } {
  return { message: SCHEMA_RULES[id].en, params: { rule: id }, ...(path ? { path } : {}) };
}

/** The rule an issue reports, from zod's structured fields only. */
export function ruleOfIssue(issue: { code: string; format?: string | undefined; pattern?: string | undefined; params?: Record<string, unknown> | undefined }): SchemaRuleId | undefined {
  if (issue.code === 'custom') {
    const rule = issue.params?.['rule'];
    return typeof rule === 'string' && rule in SCHEMA_RULES ? (rule as SchemaRuleId) : undefined;
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex' && issue.pattern !== undefined) {
    return (Object.keys(SCHEMA_RULES) as SchemaRuleId[]).find((id) => {
      const rule: SchemaRule = SCHEMA_RULES[id];
      return rule.pattern !== undefined && String(rule.pattern) === issue.pattern;
    });
  }
  return undefined;
}
