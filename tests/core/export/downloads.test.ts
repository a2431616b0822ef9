import { describe, expect, it } from 'vitest';
import { citationText } from '../../../src/present/citation.ts';
import { toCsv } from '../../../src/core/export/csv.ts';
import { readCsvRows } from '../../support/csvTable.ts';
import { dataPackageDescriptor } from '../../../src/core/export/dataPackage.ts';
import { jsonLdScriptText } from '../../../src/core/export/datasetMetadata.ts';
import { figureRows } from '../../../src/core/export/figureRows.ts';
import { figureRowSchema } from '../../../src/core/export/rowSchemas.ts';
import type { DataVersion } from '../../../src/core/model/dataVersion.ts';
import { build, edit } from '../projectFixture.ts';

const VERSION: DataVersion = { tag: 'v2024.1', commitsSinceTag: 0, commit: 'a'.repeat(40), shortCommit: 'aaaaaaa', date: '2024-04-03' };

describe('CSV downloads', () => {
  it('start with a UTF-8 BOM so Excel shows Vietnamese diacritics', () => {
    const { model } = build();
    const csv = toCsv(figureRowSchema, figureRows(model, model.observations, VERSION));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Tỷ lệ hộ nghèo');
  });

  it('round-trip every figure: value, place, period and quote come back unchanged', () => {
    const { model } = build(edit('plans/bai-2023.yaml', 'quote: "tỷ lệ giảm nghèo bình quân 10 xã 10,41%"', 'quote: "giảm 10,41%, tức là \\"vượt\\", theo báo cáo, dòng 2"'));
    const figures = [...model.observations, ...model.targets];
    const rows = readCsvRows(toCsv(figureRowSchema, figureRows(model, figures, VERSION)));
    const [header, ...body] = rows;
    expect(header).toEqual(Object.keys(figureRowSchema.shape));
    expect(body).toHaveLength(figures.length);
    const column = (name: string) => header!.indexOf(name);
    for (const figure of figures) {
      const row = body.find((r) => r[column('figure_id')] === figure.id)!;
      expect(Number(row[column('value')])).toBe(figure.value);
      expect(row[column('territory_id')]).toBe(figure.territory);
      expect(row[column('source_quote')]).toBe(figure.source.quote ?? '');
    }
  });

  it('mark disputed figures', () => {
    const { model } = build({ 'plans/other.yaml': `observations:
  - indicator: ty-le-ho-ngheo
    territory: nhom-xa-ngheo
    period: 2023
    value: 50.6
    status: reported
    source: { document: kh-239 }
` });
    const rows = figureRows(model, model.observations, VERSION);
    expect(rows.filter((r) => r.disputed).map((r) => r.value).sort()).toEqual([50.54, 50.6]);
  });
});

describe('datapackage.json', () => {
  it('describes each CSV with a Frictionless table schema derived from the row schema', () => {
    const descriptor = dataPackageDescriptor(VERSION, [{ name: 'figures', path: 'figures.csv', title: 'Figures', schema: figureRowSchema, primaryKey: 'figure_id', bytes: 1234 }], 'https://example.org/') as {
      profile: string;
      version: string;
      created: string;
      resources: { path: string; schema: { fields: { name: string; type: string; constraints?: { required?: boolean } }[]; primaryKey: string } }[];
    };
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.version).toBe('v2024.1 (aaaaaaa, 2024-04-03)');
    expect(descriptor.created).toBe('2024-04-03T00:00:00Z');
    const fields = descriptor.resources[0]!.schema.fields;
    expect(fields.map((f) => f.name)).toEqual(Object.keys(figureRowSchema.shape));
    expect(fields.find((f) => f.name === 'value')).toMatchObject({ type: 'number' });
    expect(fields.find((f) => f.name === 'disputed')).toMatchObject({ type: 'boolean', constraints: { required: true } });
    expect(descriptor.resources[0]!.schema.primaryKey).toBe('figure_id');
  });
});

describe('citation text', () => {
  it('names the figure, the source document, the quote, the version, the permalink and the access date', () => {
    const { model } = build();
    const figure = model.index.observation.get('muc-giam-ty-le-ho-ngheo--nhom-xa-ngheo--2023--bai-2023')!;
    const permalink = 'https://example.org/chi-so/muc-giam-ty-le-ho-ngheo/#muc-giam-ty-le-ho-ngheo--nhom-xa-ngheo--2023--bai-2023';
    expect(citationText(model, figure, 'vi', VERSION, permalink, '2026-11-22')).toBe(
      'Mức giảm tỷ lệ hộ nghèo, 10 xã có tỷ lệ hộ nghèo cao, năm 2023: 10,41 điểm %. ' +
        'Nguồn: Bài báo của Báo Lào Cai, “Nỗ lực giảm nghèo”. ' +
        'Lưu ý về nguồn: không rõ ngày. ' +
        'Trích: “tỷ lệ giảm nghèo bình quân 10 xã 10,41%”. ' +
        'Dữ liệu minhbach, phiên bản v2024.1 (aaaaaaa, 2024-04-03). ' +
        `${permalink} (truy cập ngày 22/11/2026).`,
    );
  });

  it('names a press article’s author and where it was published', () => {
    const { model } = build(edit('plans/bai-2023.md', 'status: ban-hanh', 'status: ban-hanh\nissued: 2024-01-05\nauthor: Hồng Minh\nurl: https://baolaocai.vn/bai-viet/355796'));
    const figure = model.index.observation.get('muc-giam-ty-le-ho-ngheo--nhom-xa-ngheo--2023--bai-2023')!;
    expect(citationText(model, figure, 'vi', VERSION, '/x')).toContain(
      'Nguồn: Bài báo ngày 5/1/2024 của Báo Lào Cai, tác giả Hồng Minh, “Nỗ lực giảm nghèo”, https://baolaocai.vn/bai-viet/355796. ',
    );
    expect(citationText(model, figure, 'en', VERSION, '/x')).toContain('Source: Press article of 5 January 2024, Báo Lào Cai, by Hồng Minh, “Nỗ lực giảm nghèo”, https://baolaocai.vn/bai-viet/355796. ');
  });

  it('cites a plan target with its number and date and its status, saying whether its deadline had passed, in English', () => {
    const { model } = build();
    const target = model.targets[0]!;
    // The fixture has no data version, so verdicts are made at its newest date, 31/12/2023:
    // 50,54 − 10,41 × 731/365 = 29,69% by the end of 2025.
    expect(citationText(model, target, 'en', VERSION, 'https://example.org/x')).toBe(
      'Poverty rate, 10 xã có tỷ lệ hộ nghèo cao, target for 2025: at most 17.26%. ' +
        'Status (before the deadline): Needs to speed up; at the pace so far, about 29.69% at the deadline. ' +
        'Source: Press article, Báo Lào Cai, “Nỗ lực giảm nghèo”. ' +
        'Caution: date not recorded. ' +
        'Quote: “tỷ lệ hộ nghèo các xã còn lại 17,26%”. ' +
        'minhbach data, version v2024.1 (aaaaaaa, 2024-04-03). ' +
        'https://example.org/x (accessed [date accessed]).',
    );
  });
});

describe('schema.org JSON-LD', () => {
  it('cannot be closed early by text in the data: every "<" is escaped, and the JSON reads back the same', () => {
    const value = { name: 'Báo cáo </script><script>alert(1)</script> <!-- x' };
    const text = jsonLdScriptText(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });
});
