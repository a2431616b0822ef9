import type { z } from 'zod';
import type { Bilingual, TextDiagnostic } from '../diagnostics.ts';
import type { PathSegment, PositionedYaml } from '../load/yamlWithPositions.ts';
import { SCHEMA_RULES, ruleOfIssue } from '../schema/schemaRules.ts';
import { closestMatch } from '../text/closestMatch.ts';
import { slugify } from '../text/foldDiacritics.ts';

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
): TextDiagnostic[] {
  const diagnostics: TextDiagnostic[] = [];
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
  // A value that breaks two rules ("19/5/2021" is neither YYYY-MM-DD nor, read so, a real date)
  // is one mistake: the first rule it breaks explains it, the rest would only confuse.
  const reportedPaths = new Set<string>();
  for (const issue of issues) {
    const relativePath = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
    const path = [...basePath, ...relativePath];
    const where = describePath(relativePath);
    if (issue.code !== 'unrecognized_keys') {
      const pathKey = JSON.stringify(relativePath);
      if (reportedPaths.has(pathKey)) continue;
      reportedPaths.add(pathKey);
    }

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
            vi: `Không có trường nào tên "${key}"${where ? ` trong ${where}` : ''}: tên trường viết sai, hoặc trường đặt nhầm chỗ.`,
            en: `There is no field called "${key}"${where ? ` in ${where}` : ''}: the name is misspelt, or the line is in the wrong place.`,
          },
          hint: suggestion
            ? { vi: `Có phải ý bạn là "${suggestion}"?`, en: `Did you mean "${suggestion}"?` }
            : { vi: `Các trường được dùng ở đây: ${allowed.join(', ')}.`, en: `The fields allowed here: ${allowed.join(', ')}.` },
        });
      }
      continue;
    }

    const rawValue = valueAt(rawItem, relativePath);
    if (rawValue === undefined && explainedMissing.has(JSON.stringify(relativePath))) continue;
    const position = yaml.locate(path);
    // At the top of an item, the item itself is what is wrong ("observations[3]"); at the top of
    // a file, the file.
    const field = where || (basePath.length > 0 ? describePath(basePath) : 'nội dung tệp');
    const fieldEn = where || (basePath.length > 0 ? describePath(basePath) : 'the file');

    // `value:` with nothing after it is YAML null: a blank left to fill in, as in the skeletons
    // `npm run new` writes. Say so, rather than "must be a number, but is empty".
    if (rawValue === null) {
      const key = relativePath.at(-1);
      const optional = relativePath.length > 0 && isOptionalField(schema, relativePath);
      diagnostics.push({
        severity: 'error',
        code: 'schema-required',
        file,
        ...(typeof key === 'string' ? yaml.locateKey(path.slice(0, -1), key) : position),
        message: optional
          ? { vi: `"${field}" đang để trống: hãy điền vào, hoặc xóa cả dòng nếu không có.`, en: `"${fieldEn}" is blank: fill it in, or delete the line if there is none.` }
          : { vi: `"${field}" đang để trống: hãy điền vào.`, en: `"${fieldEn}" is blank: fill it in.` },
        hint: blankHint(issue, typeof key === 'string' ? key : field),
      });
      continue;
    }

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
        // "3,124" is 3.124 to a Vietnamese reader and 3124 to an English one; for a count only the
        // second is possible, and "write 3.124" would lead straight to a not-a-whole-number error.
        hint: /^-?\d{1,3},\d{3}$/.test(rawValue.trim())
          ? {
              vi: `Nếu đây là số thập phân (${rawValue} kiểu Việt Nam), viết ${dotted}. Nếu dấu phẩy ngăn cách hàng nghìn (kiểu tiếng Anh, ví dụ một số hộ), viết ${rawValue.trim().replace(',', '')}.`,
              en: `If it is a decimal (${rawValue}, Vietnamese style), write ${dotted}. If the comma separates thousands (English style, e.g. a count of households), write ${rawValue.trim().replace(',', '')}.`,
            }
          : { vi: `Viết ${dotted} (trang web sẽ tự hiển thị ${rawValue}).`, en: `Write ${dotted} (the site will still show ${rawValue} in Vietnamese).` },
      });
      continue;
    }

    if (issue.code === 'invalid_type' && issue.expected === 'number' && notAFigure(rawValue) !== null) {
      diagnostics.push({ severity: 'error', code: 'schema-type', file, ...position, ...explainNotAFigure(notAFigure(rawValue)!, field, fieldEn, rawValue) });
      continue;
    }

    if (issue.code === 'invalid_type' && path.length === 0) {
      diagnostics.push({
        severity: 'error',
        code: 'schema-type',
        file,
        ...position,
        message: {
          vi: `Tệp phải gồm các dòng "tên: giá trị" (ví dụ "observations:" rồi danh sách), nhưng đang là ${describeValueVi(rawValue)}.`,
          en: `The file must consist of "name: value" lines (e.g. "observations:" and a list), but is ${describeValueEn(rawValue)}.`,
        },
        hint: { vi: 'Mở một tệp cùng loại trong thư mục này để xem mẫu, hoặc tạo tệp mới bằng npm run new.', en: 'Open a file of the same kind in this folder for an example, or create one with npm run new.' },
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
        vi: `"${field}" không hợp lệ (${describeValueVi(rawValue)}): ${valueProblem(issue).vi}`,
        en: `"${fieldEn}" is not valid (${describeValueEn(rawValue)}): ${valueProblem(issue).en}`,
      },
      hint: valueHint(issue, relativePath, rawValue),
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
  const def = (unwrap(schemaAt(schema, path)) as { def?: { type?: string; shape?: Record<string, unknown> } } | undefined)?.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The schema of the value at `path`, or undefined if the path leaves the schema. */
function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): unknown {
  let current: unknown = schema;
  for (const segment of path) {
    current = unwrap(current);
    const def = (current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } } | undefined)?.def;
    if (def?.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def?.type === 'array') current = def.element;
    else return undefined;
  }
  return current;
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
  int: { vi: 'một số nguyên', en: 'a whole number' },
  string: { vi: 'một chuỗi chữ', en: 'text' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'một danh sách (mỗi phần tử một dòng bắt đầu bằng "- ")', en: 'a list (one "- " line per item)' },
  object: { vi: 'một nhóm dòng "tên: giá trị"', en: 'a group of "name: value" lines' },
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
  if (typeof value === 'object') return 'một nhóm dòng "tên: giá trị"';
  if (typeof value === 'string') return `chuỗi "${truncate(value)}"`;
  return `${typeof value === 'number' ? 'số' : 'giá trị'} ${String(value)}`;
}
function describeValueEn(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of "name: value" lines';
  if (typeof value === 'string') return `the text "${truncate(value)}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}
function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * YAML reads `.nan`, `.inf` and `1e400` as numbers that are not figures. "must be a number, but
 * is the number NaN" would puzzle anyone who typed them; say what they are instead.
 */
function notAFigure(value: unknown): 'nan' | 'infinite' | null {
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : Number.isFinite(value) ? null : 'infinite';
  if (typeof value === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?\d+\s*$/.test(value) && !Number.isFinite(Number(value))) return 'infinite';
  return null;
}

function explainNotAFigure(kind: 'nan' | 'infinite', field: string, fieldEn: string, raw: unknown): Pick<TextDiagnostic, 'message' | 'hint'> {
  if (kind === 'nan') {
    return {
      message: {
        vi: `"${field}" là .nan ("không phải số" trong YAML), không phải một số liệu.`,
        en: `"${fieldEn}" is .nan (YAML for "not a number"), which is not a figure.`,
      },
      hint: {
        vi: 'Viết số đúng như nguồn ghi, ví dụ 10.41. Nếu nguồn không nêu số này, xóa cả mục thay vì để .nan.',
        en: 'Write the number as the source states it, e.g. 10.41. If the source gives no figure, delete the entry rather than write .nan.',
      },
    };
  }
  const written = typeof raw === 'string' ? raw.trim() : Number(raw) > 0 ? '.inf' : '-.inf';
  return {
    message: {
      vi: `"${field}" là ${written}: vô hạn, hoặc lớn quá mức máy tính lưu được, nên không phải một số liệu.`,
      en: `"${fieldEn}" is ${written}: infinite, or too large for a computer to hold, so it is not a figure.`,
    },
    hint: {
      vi: 'Kiểm tra lại số chữ số và số mũ; viết số đúng như nguồn ghi, ví dụ 1306 hoặc 357.7.',
      en: 'Check the digits and the exponent; write the number as the source states it, e.g. 1306 or 357.7.',
    },
  };
}

function typeHint(expected: string): Bilingual {
  if (expected === 'string') return { vi: 'Đặt giá trị trong dấu nháy kép, ví dụ code: "02791".', en: 'Put the value in double quotes, e.g. code: "02791".' };
  if (expected === 'number') return { vi: 'Viết số không có đơn vị và không có dấu phân cách hàng nghìn, ví dụ 1306 hoặc 10.41.', en: 'Write the number without a unit or thousands separators, e.g. 1306 or 10.41.' };
  if (expected === 'int') return { vi: 'Viết một số nguyên, không có phần thập phân, ví dụ 2.', en: 'Write a whole number, without decimals, e.g. 2.' };
  if (expected === 'boolean') return { vi: 'Viết true (đúng) hoặc false (sai), không đặt trong dấu nháy.', en: 'Write true or false, without quotes.' };
  if (expected === 'array') return { vi: 'Viết mỗi phần tử trên một dòng bắt đầu bằng "- ", hoặc [a, b].', en: 'Write each item on a line starting with "- ", or [a, b].' };
  return { vi: 'Viết các dòng "tên: giá trị" thụt vào hai dấu cách dưới dòng này; xem ví dụ trong CONTRIBUTING.md.', en: 'Write "name: value" lines indented by two spaces below this line; see the examples in CONTRIBUTING.md.' };
}

/**
 * What is wrong with a value, in both languages, from the issue's code and structured fields
 * (expected type, limits, allowed values, the rule a pattern or refinement enforces). Never from
 * `issue.message`: that is zod's English (or whatever locale zod is configured with), and a person
 * must be told the same thing whatever zod's wording.
 */
function valueProblem(issue: z.core.$ZodIssue): { vi: string; en: string } {
  switch (issue.code) {
    case 'invalid_value':
      return { vi: `chỉ được dùng: ${issue.values.map(String).join(', ')}.`, en: `allowed values: ${issue.values.map(String).join(', ')}.` };
    case 'too_small':
      if (issue.origin === 'string') return { vi: 'không được để trống.', en: 'must not be empty.' };
      if (issue.origin === 'array') return { vi: `phải có ít nhất ${String(issue.minimum)} mục.`, en: `must have at least ${String(issue.minimum)} items.` };
      return { vi: `phải từ ${String(issue.minimum)} trở lên.`, en: `must be at least ${String(issue.minimum)}.` };
    case 'too_big':
      if (issue.origin === 'string') return { vi: `dài quá ${String(issue.maximum)} ký tự.`, en: `must be at most ${String(issue.maximum)} characters long.` };
      if (issue.origin === 'array') return { vi: `chỉ được có tối đa ${String(issue.maximum)} mục.`, en: `must have at most ${String(issue.maximum)} items.` };
      return { vi: `phải nhỏ hơn hoặc bằng ${String(issue.maximum)}.`, en: `must be at most ${String(issue.maximum)}.` };
    case 'invalid_union':
      return { vi: 'không đúng dạng nào được phép.', en: 'matches none of the allowed forms.' };
    case 'not_multiple_of':
      return { vi: `phải là bội số của ${String(issue.divisor)}.`, en: `must be a multiple of ${String(issue.divisor)}.` };
    case 'invalid_format':
    case 'custom': {
      const rule = ruleOfIssue(issue);
      if (rule) {
        const { vi, en } = SCHEMA_RULES[rule];
        return { vi, en: en.endsWith('.') ? en : `${en}.` };
      }
      return issue.code === 'invalid_format'
        ? { vi: 'không đúng dạng quy định.', en: 'is not in the required form.' }
        : { vi: 'không thỏa quy tắc của trường này.', en: 'breaks the rule for this field.' };
    }
    default:
      return { vi: 'không đúng dạng quy định.', en: 'is not in the required form.' };
  }
}

const UNION_HINTS: Record<string, { vi: string; en: string }> = {
  period: { vi: 'Viết một năm (2023), một khoảng năm ("2021-2023") hoặc một ngày ("2023-10-31").', en: 'Write a year (2023), a span of years ("2021-2023") or a date ("2023-10-31").' },
  by: { vi: 'Viết một năm (2025) hoặc một ngày ("2025-12-31").', en: 'Write a year (2025) or a date ("2025-12-31").' },
  due: { vi: 'Viết một năm (2024) hoặc một ngày ("2024-06-30").', en: 'Write a year (2024) or a date ("2024-06-30").' },
};

function valueHint(issue: z.core.$ZodIssue, path: readonly PathSegment[], rawValue: unknown): Bilingual {
  const last = String(path.at(-1) ?? '');
  if (issue.code === 'invalid_union') {
    return UNION_HINTS[last] ?? { vi: 'Xem các dạng được phép trong CONTRIBUTING.md.', en: 'See the allowed forms in CONTRIBUTING.md.' };
  }
  if (issue.code === 'invalid_value') {
    return { vi: 'Chép đúng một trong các giá trị được phép (phân biệt chữ hoa, chữ thường và dấu).', en: 'Copy one of the allowed values exactly (case and diacritics matter).' };
  }
  // A name typed where an id belongs ("Nậm Chày" for nam-chay) is the common case: show its slug.
  if (ruleOfIssue(issue) === 'id-format' && typeof rawValue === 'string' && slugify(rawValue)) {
    return { vi: `Viết mã, không viết tên, ví dụ "${slugify(rawValue)}".`, en: `Write the id, not the name, e.g. "${slugify(rawValue)}".` };
  }
  // Dates copied from a Vietnamese text are day/month/year: say what to write instead.
  const dayMonthYear = typeof rawValue === 'string' ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(rawValue.trim()) : null;
  if (dayMonthYear) {
    const iso = `${dayMonthYear[3]}-${dayMonthYear[2]!.padStart(2, '0')}-${dayMonthYear[1]!.padStart(2, '0')}`;
    return { vi: `Viết ${iso} (năm-tháng-ngày).`, en: `Write ${iso} (year-month-day).` };
  }
  return { vi: 'Sửa giá trị theo mô tả trên.', en: 'Correct the value as described above.' };
}

/** What to write in a blank, by the kind of value the field takes. */
function blankHint(issue: z.core.$ZodIssue, key: string): Bilingual {
  if (issue.code === 'invalid_union') return UNION_HINTS[key] ?? { vi: 'Xem các dạng được phép trong CONTRIBUTING.md.', en: 'See the allowed forms in CONTRIBUTING.md.' };
  if (issue.code === 'invalid_value') return { vi: `Viết một trong: ${issue.values.map(String).join(', ')}.`, en: `Write one of: ${issue.values.map(String).join(', ')}.` };
  const expected = issue.code === 'invalid_type' ? issue.expected : '';
  if (expected === 'number' || expected === 'int') {
    return { vi: `Viết con số sau dấu hai chấm, dấu chấm cho phần thập phân, không ghi đơn vị: ${key}: 10.41`, en: `Write the number after the colon, with a dot for decimals and no unit: ${key}: 10.41` };
  }
  if (expected === 'string') {
    const example = BLANK_EXAMPLES[key];
    return example
      ? { vi: `Viết sau dấu hai chấm, trên cùng dòng, ví dụ ${key}: ${example}`, en: `Write it after the colon, on the same line, e.g. ${key}: ${example}` }
      : { vi: `Viết nội dung sau dấu hai chấm và một dấu cách, trên cùng dòng với "${key}:".`, en: `Write the text after the colon and a space, on the same line as "${key}:".` };
  }
  return typeHint(expected);
}

/** Text fields whose form is not obvious from their name. */
const BLANK_EXAMPLES: Record<string, string> = {
  issued: '2024-12-15',
  effective: '2025-01-01',
  valid_from: '2025-07-01',
  valid_to: '2025-06-30',
  accessed: '2024-12-15',
  code: '"03076"',
  number: '239/KH-UBND',
  url: 'https://laocai.gov.vn/…',
};

/** Whether the field at `path` may be left out altogether (then a blank can also be deleted). */
function isOptionalField(schema: z.ZodType, path: readonly PathSegment[]): boolean {
  const key = path.at(-1);
  if (typeof key !== 'string') return false;
  const parent = unwrap(schemaAt(schema, path.slice(0, -1))) as { def?: { type?: string; shape?: Record<string, { def?: { type?: string } }> } } | undefined;
  return parent?.def?.shape?.[key]?.def?.type === 'optional';
}
