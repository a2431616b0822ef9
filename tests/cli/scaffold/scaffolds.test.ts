import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scaffoldDocument } from '../../../src/cli/scaffold/documentScaffold.ts';
import { scaffoldIndicator, scaffoldTerritory } from '../../../src/cli/scaffold/referenceScaffold.ts';
import { scaffoldResult } from '../../../src/cli/scaffold/resultScaffold.ts';
import type { ScaffoldFile, ScaffoldOutcome } from '../../../src/cli/scaffold/scaffoldText.ts';
import { build, edit, filesOf, buildWorded } from '../../core/projectFixture.ts';
import { blankKeys, fillBlanks } from './fillBlanks.ts';

const { model } = build();

function filesFrom(outcome: ScaffoldOutcome): ScaffoldFile[] {
  if (!outcome.ok) throw new Error(outcome.problem.en);
  return outcome.files;
}

/**
 * Builds the fixture project with the scaffolded files added. The article the figures cite holds
 * the sentence TYPICAL_ANSWERS quotes, as it would when a staff member copies the quote from it.
 */
function withFiles(files: readonly ScaffoldFile[]) {
  return buildWorded([...filesOf(edit('plans/bai-2023.md', 'Tóm tắt.', 'Tóm tắt. Năm 2024 tỷ lệ hộ nghèo còn 12,5%.')), ...files]);
}

const errorsOf = (result: ReturnType<typeof withFiles>) => result.diagnostics.filter((d) => d.severity === 'error');

describe('npm run new -- result <plan> <year>', () => {
  const files = filesFrom(scaffoldResult(model, { plan: 'kh-239', year: 2024 }));

  it('writes the report and its figures beside the plan', () => {
    expect(files.map((file) => file.path)).toEqual(['plans/kh-239-ket-qua-2024.md', 'plans/kh-239-ket-qua-2024.yaml']);
  });

  it('pre-fills one entry per indicator and place the plan has a target for, values blank', () => {
    const figures = files[1]!.text;
    expect(figures).toContain('plan: kh-239\n');
    expect(figures).toContain(`  # Tỷ lệ hộ nghèo (%) · 10 xã có tỷ lệ hộ nghèo cao · chỉ tiêu: không quá 17,26% đến 2025
  - indicator: ty-le-ho-ngheo
    territory: nhom-xa-ngheo
    period: 2024
    value:                 # số liệu, dấu chấm thập phân (%)
    status: reported       # reported = đã báo cáo; estimated = ước tính; provisional = sơ bộ
    source:
      document: kh-239-ket-qua-2024
      locator:             # mục, đoạn hoặc trang, ví dụ "mục II.1"
      quote:               # câu nguyên văn nêu số liệu
`);
  });

  it('does not validate while blanks remain, and says "fill it in" for each', () => {
    const errors = errorsOf(withFiles(files));
    expect(errors.map((d) => d.code)).toEqual(errors.map(() => 'schema-required'));
    expect(errors).toHaveLength(files.flatMap((file) => blankKeys(file.text)).length);
    const value = errors.find((d) => d.file.endsWith('.yaml') && d.message.en.startsWith('"value"'))!;
    expect(value.message).toEqual({ vi: '"value" đang để trống: hãy điền vào.', en: '"value" is blank: fill it in.' });
  });

  it('validates once the blanks are filled in, and the figure is in the model', () => {
    const filled = files.map((file) => ({ ...file, text: fillBlanks(file.text) }));
    const result = withFiles(filled);
    expect(errorsOf(result)).toEqual([]);
    const added = result.model.observations.find((o) => o.source.document === 'kh-239-ket-qua-2024')!;
    expect([added.indicator, added.territory, added.period.key, added.value, added.plan]).toEqual(['ty-le-ho-ngheo', 'nhom-xa-ngheo', '2024', 12.5, 'kh-239']);
  });

  it('with --source, writes only the figures, citing that document', () => {
    const only = filesFrom(scaffoldResult(model, { plan: 'kh-239', year: 2024, source: 'bai-2023' }));
    expect(only.map((file) => file.path)).toEqual(['plans/kh-239-ket-qua-2024.yaml']);
    expect(errorsOf(withFiles(only.map((file) => ({ ...file, text: fillBlanks(file.text) }))))).toEqual([]);
  });

  it('offers "did you mean" for a mistyped or shortened plan id', () => {
    expect(scaffoldResult(model, { plan: 'kh-293', year: 2024 })).toEqual({
      ok: false,
      problem: { vi: 'Không có kế hoạch nào có mã "kh-293". Có phải ý bạn là "kh-239"?', en: 'There is no plan with the id "kh-293". Did you mean "kh-239"?' },
    });
    const shortened = buildWorded(filesOf(edit('plans/kh-239.md', 'id: kh-239', 'id: kh-239-ubnd-2021')));
    const outcome = scaffoldResult(shortened.model, { plan: 'kh-239', year: 2024 });
    expect(!outcome.ok && outcome.problem.en).toBe('There is no plan with the id "kh-239". Did you mean "kh-239-ubnd-2021"?');
  });

  it('lists the plans when nothing is close', () => {
    const outcome = scaffoldResult(model, { plan: 'giam-ngheo', year: 2024 });
    expect(!outcome.ok && outcome.problem.vi).toBe('Không có kế hoạch nào có mã "giam-ngheo". Các mã hiện có: kh-239.');
  });

  it('refuses a document that is not a plan', () => {
    const outcome = scaffoldResult(model, { plan: 'bai-2023', year: 2024 });
    expect(!outcome.ok && outcome.problem.en).toBe('"bai-2023" is a press article, not a plan, programme or scheme. Plans: kh-239.');
  });

  it('notes a year outside the plan\'s period', () => {
    const outcome = scaffoldResult(model, { plan: 'kh-239', year: 2027 });
    expect(outcome.ok && outcome.notes).toEqual([{ vi: 'Lưu ý: kế hoạch kh-239 áp dụng cho 2021-2025, không gồm năm 2027.', en: 'Note: plan kh-239 covers 2021-2025, which does not include 2027.' }]);
  });

  it('falls back to the plan\'s scope when it has no targets yet', () => {
    const { model: noTargets } = build({ 'plans/kh-239.yaml': null });
    const figures = filesFrom(scaffoldResult(noTargets, { plan: 'kh-239', year: 2024, source: 'bai-2023' }))[0]!;
    expect(figures.text).toContain('  # 10 xã có tỷ lệ hộ nghèo cao\n  - indicator:             # mã chỉ số (content/indicators/), ví dụ ty-le-ho-ngheo\n    territory: nhom-xa-ngheo\n');
    expect(errorsOf(withFiles([{ ...figures, text: fillBlanks(figures.text) }]))).toEqual([]);
  });
});

describe('npm run new -- document <id> --type <type>', () => {
  it('validates once filled in, for a plan (with period and scope) and for a report', () => {
    for (const type of ['ke-hoach', 'bao-cao']) {
      const files = filesFrom(scaffoldDocument(model, { id: 'van-ban-moi', type, folder: 'plans/lao-cai' }));
      expect(files.map((file) => file.path)).toEqual(['plans/lao-cai/van-ban-moi.md']);
      const filled = files.map((file) => ({ ...file, text: fillBlanks(file.text, {}, ['number']) }));
      expect(errorsOf(withFiles(filled)), type).toEqual([]);
    }
  });

  it('suggests the type meant', () => {
    const outcome = scaffoldDocument(model, { id: 'x', type: 'bao-coa' });
    expect(!outcome.ok && outcome.problem.vi).toBe('Không có loại văn bản "bao-coa". Có phải ý bạn là "bao-cao"?');
  });

  it('refuses an id in use, a name typed as an id, and a folder outside plans/', () => {
    const problems = [
      scaffoldDocument(model, { id: 'kh-239', type: 'bao-cao' }),
      scaffoldDocument(model, { id: 'Báo cáo 2024', type: 'bao-cao' }),
      scaffoldDocument(model, { id: 'x', type: 'bao-cao', folder: 'content' }),
    ].map((outcome) => !outcome.ok && outcome.problem.en);
    expect(problems).toEqual([
      'The id "kh-239" is already used by a document at plans/kh-239.md:2.',
      '"Báo cáo 2024" is not a valid id: ids are lower-case ASCII letters, digits and hyphens, e.g. "bao-cao-2024".',
      'The folder "content" is not valid: documents go inside plans/, e.g. plans/lao-cai/bao-chi.',
    ]);
  });
});

describe('npm run new -- territory / indicator', () => {
  it('a territory validates once filled in', () => {
    const files = filesFrom(scaffoldTerritory(model, { id: 'dan-thang', level: 'commune', parent: 'van-ban' }));
    expect(files[0]!.text).toContain('    parent: van-ban        # Văn Bàn (đơn vị cấp trên)\n');
    expect(errorsOf(withFiles(files.map((file) => ({ ...file, text: fillBlanks(file.text) }))))).toEqual([]);
  });

  it('a territory with nothing given validates once filled in', () => {
    const files = filesFrom(scaffoldTerritory(model, { id: 'dan-thang' }));
    expect(errorsOf(withFiles(files.map((file) => ({ ...file, text: fillBlanks(file.text) }))))).toEqual([]);
  });

  it('an indicator validates once filled in', () => {
    const files = filesFrom(scaffoldIndicator(model, { id: 'so-ho-thoat-ngheo' }));
    expect(files.map((file) => file.path)).toEqual(['content/indicators/so-ho-thoat-ngheo.yaml']);
    expect(errorsOf(withFiles(files.map((file) => ({ ...file, text: fillBlanks(file.text) }))))).toEqual([]);
  });

  it('checks the parent, level and category given', () => {
    const problems = [
      scaffoldTerritory(model, { id: 'x', parent: 'van-bna' }),
      scaffoldTerritory(model, { id: 'x', level: 'comune' }),
      scaffoldIndicator(model, { id: 'x', category: 'povrety' }),
      scaffoldIndicator(model, { id: 'so-du-an' }),
    ].map((outcome) => !outcome.ok && outcome.problem.vi);
    expect(problems).toEqual([
      'Không có địa bàn nào có mã "van-bna". Có phải ý bạn là "van-ban"?',
      'Không có cấp "comune". Có phải ý bạn là "commune"?',
      'Không có nhóm chỉ số "povrety". Có phải ý bạn là "poverty"?',
      'Mã "so-du-an" đã được dùng cho một chỉ số ở content/indicators/test.yaml:33.',
    ]);
  });
});

describe('editor support', () => {
  const settings = JSON.parse(readFileSync(new URL('../../../.vscode/settings.json', import.meta.url), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
  const schemaFor = (path: string) =>
    Object.entries(settings['yaml.schemas']).find(([, globs]) => globs.some((glob) => globToRegExp(glob).test(path)))?.[0];

  it('each YAML skeleton names, by a relative path, the schema VS Code maps its folder to', () => {
    const yamlFiles = [
      ...filesFrom(scaffoldResult(model, { plan: 'kh-239', year: 2024 })),
      ...filesFrom(scaffoldTerritory(model, { id: 'dan-thang' })),
      ...filesFrom(scaffoldIndicator(model, { id: 'so-ho-thoat-ngheo' })),
    ].filter((file) => file.path.endsWith('.yaml'));
    for (const file of yamlFiles) {
      const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(file.text)![1]!;
      const resolved = new URL(modeline, `file:///project/${file.path}`).pathname.replace('/project/', './');
      expect(resolved, file.path).toBe(schemaFor(file.path));
    }
  });
});

function globToRegExp(glob: string): RegExp {
  const pattern = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*');
  return new RegExp(`^${pattern}$`);
}
