import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlWithPositions } from '../../../src/core/load/yamlWithPositions.ts';
import { idSchema, isoDateSchema, periodSchema, urlSchema } from '../../../src/core/schema/common.ts';
import { locatorSchema } from '../../../src/core/schema/locator.ts';
import { schemaIssuesToDiagnostics } from '../../../src/core/validate/schemaIssues.ts';
import { DIAGNOSTIC_EXAMPLES } from '../diagnostics/diagnosticExamples.ts';
import { filesOf, buildWorded } from '../projectFixture.ts';

/**
 * What a person is told must come from what zod found (the issue's code, limits, allowed values,
 * the rule broken), never from zod's English wording: zod rewords its messages between versions
 * and by locale, and a message built from that text would change, or turn French, without notice.
 */

afterEach(() => {
  z.config(z.locales.en());
  z.config({ customError: undefined });
});

/** One field per kind of issue zod reports, each given a value that breaks it. */
const schema = z.strictObject({
  id: idSchema,
  issued: isoDateSchema,
  missing_day: isoDateSchema,
  period: periodSchema,
  span: periodSchema,
  url: urlSchema,
  count: z.number().int().min(0).max(10),
  even: z.number().multipleOf(2),
  tags: z.array(z.string()).min(1),
  short: z.string().max(5),
  name: z.string().min(1),
  kind: z.enum(['count', 'level']),
  locator: locatorSchema,
});
const FILE = 'plans/wording.yaml';
const TEXT = `id: Nậm Chày
issued: 19/5/2021
missing_day: 2021-02-30
period: twenty
span: "2023-2021"
url: www.laocai.gov.vn
count: 12
even: 3
tags: []
short: "quá dài rồi"
name: ""
kind: Count
locator: {}
`;

function diagnose(rewordIssue?: (issue: z.core.$ZodIssue) => z.core.$ZodIssue) {
  const yaml = parseYamlWithPositions(TEXT, FILE);
  const result = schema.safeParse(yaml.value);
  if (result.success) throw new Error('the fixture must break the schema');
  const issues = rewordIssue ? result.error.issues.map(rewordIssue) : result.error.issues;
  return schemaIssuesToDiagnostics(issues, schema, [], yaml, FILE, yaml.value);
}

function reworded(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  const changed = { ...issue, message: 'ZOD WORDING' } as z.core.$ZodIssue;
  if (changed.code === 'invalid_union') return { ...changed, errors: changed.errors.map((branch) => branch.map(reworded)) } as unknown as z.core.$ZodIssue;
  return changed;
}

describe('zod issues become our messages by their code and fields, not by their text', () => {
  it('every field of the fixture is reported, in both languages', () => {
    const diagnostics = diagnose();
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '1:5 schema-value',
      '2:9 schema-value',
      '3:14 schema-value',
      '4:9 schema-value',
      '5:7 schema-value',
      '6:6 schema-value',
      '7:8 schema-value',
      '8:7 schema-value',
      '9:7 schema-value',
      '10:8 schema-value',
      '11:7 schema-value',
      '12:7 schema-value',
      '13:10 schema-value',
    ]);
    expect(diagnostics.map((d) => d.message.vi)).toEqual([
      '"id" không hợp lệ (chuỗi "Nậm Chày"): mã (id) chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ "nam-chay").',
      '"issued" không hợp lệ (chuỗi "19/5/2021"): ngày viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2021-05-19.',
      '"missing_day" không hợp lệ (chuỗi "2021-02-30"): ngày này không có trong lịch.',
      '"period" không hợp lệ (chuỗi "twenty"): không đúng dạng nào được phép.',
      '"span" không hợp lệ (chuỗi "2023-2021"): không đúng dạng nào được phép.',
      '"url" không hợp lệ (chuỗi "www.laocai.gov.vn"): đường dẫn phải bắt đầu bằng http:// hoặc https:// và không có dấu cách, dấu nháy hay < >.',
      '"count" không hợp lệ (số 12): phải nhỏ hơn hoặc bằng 10.',
      '"even" không hợp lệ (số 3): phải là bội số của 2.',
      '"tags" không hợp lệ (một danh sách): phải có ít nhất 1 mục.',
      '"short" không hợp lệ (chuỗi "quá dài rồi"): dài quá 5 ký tự.',
      '"name" không hợp lệ (chuỗi ""): không được để trống.',
      '"kind" không hợp lệ (chuỗi "Count"): chỉ được dùng: count, level.',
      '"locator" không hợp lệ (một nhóm dòng "tên: giá trị"): vị trí trích dẫn phải nêu ít nhất một trong: section, heading, item, paragraph, page, table, row, annex.',
    ]);
  });

  it('says the same whatever text zod put in its issues', () => {
    const plain = diagnose();
    const fromOtherWording = diagnose(reworded);
    expect(fromOtherWording).toEqual(plain);
    expect(JSON.stringify(fromOtherWording)).not.toContain('ZOD WORDING');
  });

  it('says the same when zod is set to another language and its own error map', () => {
    const plain = diagnose();
    z.config(z.locales.fr());
    z.config({ customError: () => 'ZOD WORDING' });
    expect(diagnose()).toEqual(plain);
  });

  it('keeps every catalogued diagnostic word for word under zod in French', () => {
    z.config(z.locales.fr());
    z.config({ customError: () => 'ZOD WORDING' });
    for (const [code, example] of Object.entries(DIAGNOSTIC_EXAMPLES)) {
      const { diagnostics } = buildWorded(filesOf(example.files), undefined, example.context);
      const [d] = diagnostics.filter((each) => each.code === code);
      expect({ code, at: `${d!.file}:${d!.line}:${d!.column}`, severity: d!.severity, message: d!.message, hint: d!.hint }).toEqual({ code, ...example.expected });
    }
  });
});
