import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.ts';
import type { PathSegment, PositionedYaml } from '../load/yamlWithPositions.ts';
import { closestMatch } from '../text/closestMatch.ts';

/**
 * Turns zod's issues into diagnostics a person can act on: the key path in words, the file
 * position, and a hint (including "did you mean" for a misspelt key).
 */
export function schemaIssuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  basePath: readonly PathSegment[],
  yaml: PositionedYaml,
  file: string,
  rawItem: unknown,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // A misspelt required key shows up twice: as unknown ("comprator") and as missing
  // ("comparator"). The unknown-key report already says "did you mean", so the other is dropped.
  const explainedMissing = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const relativePath = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
    for (const key of issue.keys) {
      const suggestion = closestMatch(key, allowedKeys(schema, relativePath));
      if (suggestion) explainedMissing.add(JSON.stringify([...relativePath, suggestion]));
    }
  }
  for (const issue of issues) {
    const relativePath = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
    const path = [...basePath, ...relativePath];
    const where = describePath(relativePath);

    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, relativePath);
      for (const key of issue.keys) {
        const suggestion = closestMatch(key, allowed);
        diagnostics.push({
          severity: 'error',
          code: 'schema-unknown-key',
          file,
          ...yaml.locateKey(path, key),
          message: {
            vi: `Khóa không hợp lệ "${key}"${where ? ` trong ${where}` : ''}: dữ liệu ở khóa này sẽ bị bỏ qua.`,
            en: `Unknown key "${key}"${where ? ` in ${where}` : ''}: its data would be ignored.`,
          },
          hint: suggestion
            ? { vi: `Có phải ý bạn là "${suggestion}"?`, en: `Did you mean "${suggestion}"?` }
            : { vi: `Các khóa được phép: ${allowed.join(', ')}.`, en: `Allowed keys: ${allowed.join(', ')}.` },
        });
      }
      continue;
    }

    const rawValue = valueAt(rawItem, relativePath);
    if (rawValue === undefined && explainedMissing.has(JSON.stringify(relativePath))) continue;
    const position = yaml.locate(path);
    const field = where || 'giá trị';
    const fieldEn = where || 'value';

    if (rawValue === undefined && relativePath.length > 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
      diagnostics.push({
        severity: 'error',
        code: 'schema-required',
        file,
        ...(relativePath.length > 0 ? yaml.locate(path.slice(0, -1)) : position),
        message: { vi: `Thiếu trường bắt buộc "${field}".`, en: `Missing required field "${fieldEn}".` },
        hint: { vi: `Thêm dòng "${String(relativePath.at(-1) ?? '')}: …" vào mục này.`, en: `Add a "${String(relativePath.at(-1) ?? '')}: …" line to this item.` },
      });
      continue;
    }

    if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof rawValue === 'string' && /^-?\d+,\d+$/.test(rawValue.trim())) {
      const dotted = rawValue.trim().replace(',', '.');
      diagnostics.push({
        severity: 'error',
        code: 'number-with-comma',
        file,
        ...position,
        message: {
          vi: `"${field}" là "${rawValue}": số thập phân trong tệp dữ liệu phải dùng dấu chấm.`,
          en: `"${fieldEn}" is "${rawValue}": decimals in data files use a dot.`,
        },
        hint: { vi: `Viết ${dotted} (trang web sẽ tự hiển thị ${rawValue}).`, en: `Write ${dotted} (the site will still show ${rawValue} in Vietnamese).` },
      });
      continue;
    }

    if (issue.code === 'invalid_type') {
      diagnostics.push({
        severity: 'error',
        code: 'schema-type',
        file,
        ...position,
        message: {
          vi: `"${field}" phải là ${typeNameVi(issue.expected)}, nhưng đang là ${describeValueVi(rawValue)}.`,
          en: `"${fieldEn}" must be ${typeNameEn(issue.expected)}, but is ${describeValueEn(rawValue)}.`,
        },
        hint: typeHint(issue.expected),
      });
      continue;
    }

    diagnostics.push({
      severity: 'error',
      code: 'schema-value',
      file,
      ...position,
      message: {
        vi: `"${field}" không hợp lệ (${describeValueVi(rawValue)}): ${valueProblemVi(issue)}`,
        en: `"${fieldEn}" is not valid (${describeValueEn(rawValue)}): ${valueProblemEn(issue)}`,
      },
      hint: valueHint(issue, relativePath),
    });
  }
  return diagnostics;
}

export function describePath(path: readonly PathSegment[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment + 1}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/** The keys a strict object at `path` inside `schema` accepts, for "did you mean". */
export function allowedKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: unknown = schema;
  for (const segment of path) {
    current = unwrap(current);
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def?.type === 'array') current = def.element;
    else return [];
  }
  const def = (unwrap(current) as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown; options?: unknown[] } } | undefined;
  for (let guard = 0; guard < 10 && current?.def; guard++) {
    const { type } = current.def;
    if ((type === 'optional' || type === 'nullable' || type === 'default') && current.def.innerType) current = current.def.innerType as typeof current;
    else if (type === 'union' && current.def.options) {
      const objectOption = current.def.options.find((option) => (option as typeof current)?.def?.type === 'object');
      if (!objectOption) break;
      current = objectOption as typeof current;
    } else break;
  }
  return current;
}

const TYPE_NAMES: Record<string, { vi: string; en: string }> = {
  number: { vi: 'một số', en: 'a number' },
  string: { vi: 'một chuỗi chữ', en: 'text' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'một danh sách (mỗi phần tử một dòng bắt đầu bằng "- ")', en: 'a list (one "- " line per item)' },
  object: { vi: 'một nhóm khóa: giá trị', en: 'a group of key: value lines' },
};

function typeNameVi(expected: string): string {
  return TYPE_NAMES[expected]?.vi ?? expected;
}
function typeNameEn(expected: string): string {
  return TYPE_NAMES[expected]?.en ?? expected;
}

function describeValueVi(value: unknown): string {
  if (value === null) return 'để trống';
  if (Array.isArray(value)) return 'một danh sách';
  if (typeof value === 'object') return 'một nhóm khóa';
  if (typeof value === 'string') return `chuỗi "${truncate(value)}"`;
  return `${typeof value === 'number' ? 'số' : 'giá trị'} ${String(value)}`;
}
function describeValueEn(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of keys';
  if (typeof value === 'string') return `the text "${truncate(value)}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}
function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function typeHint(expected: string): Diagnostic['hint'] {
  if (expected === 'string') return { vi: 'Đặt giá trị trong dấu nháy kép, ví dụ code: "02791".', en: 'Put the value in double quotes, e.g. code: "02791".' };
  if (expected === 'number') return { vi: 'Viết số không có đơn vị và không có dấu phân cách hàng nghìn, ví dụ 1306 hoặc 10.41.', en: 'Write the number without a unit or thousands separators, e.g. 1306 or 10.41.' };
  if (expected === 'array') return { vi: 'Viết mỗi phần tử trên một dòng bắt đầu bằng "- ", hoặc [a, b].', en: 'Write each item on a line starting with "- ", or [a, b].' };
  return { vi: 'Xem ví dụ trong CONTRIBUTING.md.', en: 'See the examples in CONTRIBUTING.md.' };
}

function valueProblemVi(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `chỉ được dùng: ${issue.values.map(String).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'string' ? 'không được để trống.' : `phải từ ${String(issue.minimum)} trở lên.`;
    case 'too_big':
      return `phải nhỏ hơn hoặc bằng ${String(issue.maximum)}.`;
    case 'invalid_union':
      return 'không đúng dạng nào được phép.';
    case 'invalid_format':
      return translateCustom(issue.message).vi;
    case 'custom':
      return translateCustom(issue.message).vi;
    default:
      return issue.message;
  }
}
function valueProblemEn(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `allowed values: ${issue.values.map(String).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty.' : `must be at least ${String(issue.minimum)}.`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}.`;
    case 'invalid_union':
      return 'matches none of the allowed forms.';
    default:
      return translateCustom(issue.message).en;
  }
}

/** Our own schema messages are written in English; these are their Vietnamese versions. */
const CUSTOM_MESSAGES: Record<string, string> = {
  'an id is lower-case ASCII letters, digits and single hyphens (e.g. "nam-chay")': 'mã (id) chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ "nam-chay").',
  'a date is written YYYY-MM-DD, e.g. 2021-05-19': 'ngày viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2021-05-19.',
  'this date does not exist in the calendar': 'ngày này không có trong lịch.',
  'a span of years is written "2021-2023"': 'khoảng năm viết dạng "2021-2023".',
  'a span of years must end after it starts': 'năm kết thúc phải sau năm bắt đầu.',
  'a link must start with http:// or https://': 'đường dẫn phải bắt đầu bằng http:// hoặc https://.',
  'a GSO code is 2 (province), 3 (district) or 5 (commune) digits, in quotes': 'mã GSO gồm 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số, đặt trong dấu nháy.',
};
function translateCustom(message: string): { vi: string; en: string } {
  return { vi: CUSTOM_MESSAGES[message] ?? message, en: message.endsWith('.') ? message : `${message}.` };
}

const UNION_HINTS: Record<string, { vi: string; en: string }> = {
  period: { vi: 'Viết một năm (2023), một khoảng năm ("2021-2023") hoặc một ngày ("2023-10-31").', en: 'Write a year (2023), a span of years ("2021-2023") or a date ("2023-10-31").' },
  by: { vi: 'Viết một năm (2025) hoặc một ngày ("2025-12-31").', en: 'Write a year (2025) or a date ("2025-12-31").' },
  due: { vi: 'Viết một năm (2024) hoặc một ngày ("2024-06-30").', en: 'Write a year (2024) or a date ("2024-06-30").' },
};

function valueHint(issue: z.core.$ZodIssue, path: readonly PathSegment[]): Diagnostic['hint'] {
  const last = String(path.at(-1) ?? '');
  if (issue.code === 'invalid_union') {
    return UNION_HINTS[last] ?? { vi: 'Xem các dạng được phép trong CONTRIBUTING.md.', en: 'See the allowed forms in CONTRIBUTING.md.' };
  }
  if (issue.code === 'invalid_value') {
    return { vi: 'Chép đúng một trong các giá trị được phép (phân biệt chữ hoa, chữ thường và dấu).', en: 'Copy one of the allowed values exactly (case and diacritics matter).' };
  }
  return { vi: 'Sửa giá trị theo mô tả trên.', en: 'Correct the value as described above.' };
}
