import ExcelJS from 'exceljs';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { toSpreadsheet } from '../../../src/core/export/spreadsheet.ts';
import type { Model } from '../../../src/core/model/types.ts';
import { readAndBuild } from '../../../src/site/loadSiteModel.ts';
import { ROOT } from '../../support/siteUnderTest.ts';

const version = { tag: null, commitsSinceTag: 0, commit: 'abc', shortCommit: 'abc1234', date: '2026-12-02' };
let model: Model;
let workbook: ExcelJS.Workbook;
let rows: Map<string, ExcelJS.Row>;
let column: (header: string) => number;

// Read back with ExcelJS, a reader written apart from the writer (write-excel-file).
beforeAll(async () => {
  ({ model } = await readAndBuild(ROOT, ROOT));
  const figures = [...model.observations, ...model.targets].filter((figure) => figure.indicator === 'ty-le-ho-ngheo');
  const bytes = await toSpreadsheet(model, figures, version, 'Tỷ lệ hộ nghèo / Poverty rate', 'https://example.org/chi-so/ty-le-ho-ngheo/');
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  const sheet = workbook.worksheets[0]!;
  const headers = Array.from(sheet.getRow(1).values as unknown[], (value) => String(value));
  column = (header) => headers.findIndex((text) => text.endsWith(` / ${header}`));
  rows = new Map();
  sheet.eachRow((row, i) => {
    if (i > 1) rows.set(String(row.getCell(column('Figure id')).value), row);
  });
});

describe('the .xlsx download, read back by another library', () => {
  test('has a sheet of figures, indicators, documents and one that explains every column', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Số liệu - Figures', 'Chỉ số - Indicators', 'Văn bản - Documents', 'Giải thích - About']);
    const about = workbook.worksheets[3]!;
    const explained: string[] = [];
    about.eachRow((row) => explained.push(String(row.getCell(2).value)));
    const figureHeaders = Array.from(workbook.worksheets[0]!.getRow(1).values as unknown[], (value) => String(value)).slice(1);
    expect(figureHeaders).toContain('Mã hành chính / Administrative code');
    expect(figureHeaders.every((header) => / \/ /.test(header))).toBe(true);
    for (const name of ['figure_id', 'territory_code', 'value', 'source_quote', 'data_version']) expect(explained).toContain(name);
  });

  // Expected values are read from the YAML with js-yaml, not from the engine's model.
  test("Nậm Chày's poverty rates are numbers shown with two decimals, its code is text and an as-of date is a date", () => {
    const file = load(readFileSync(join(ROOT, 'plans/lao-cai/bao-chi/baomoi-giam-ngheo-nam-chay-2023.yaml'), 'utf8')) as { observations: { indicator: string; territory: string; period: number | Date; value: number }[] };
    // js-yaml reads an unquoted 2023-10-31 as a YAML timestamp.
    const expected = file.observations
      .filter((o) => o.indicator === 'ty-le-ho-ngheo' && o.territory === 'nam-chay')
      .map((o) => ({ ...o, period: o.period instanceof Date ? o.period.toISOString().slice(0, 10) : o.period }));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    for (const observation of expected) {
      const row = [...rows.values()].find(
        (r) => r.getCell(column('Territory id')).value === 'nam-chay' && r.getCell(column('Type')).value === 'observation' && String(r.getCell(column('Figure id')).value).includes(`--${String(observation.period)}--`),
      );
      expect(row, String(observation.period)).toBeDefined();
      const value = row!.getCell(column('Value'));
      expect(value.type).toBe(ExcelJS.ValueType.Number);
      expect(value.value).toBe(observation.value);
      expect(value.numFmt).toBe('#,##0.00');
      const code = row!.getCell(column('Administrative code'));
      expect(code.type).toBe(ExcelJS.ValueType.String);
      expect(code.value).toBe('03076');
      const period = row!.getCell(column('Period'));
      if (typeof observation.period === 'number') expect(period.value).toBe(observation.period);
      else {
        expect(period.type).toBe(ExcelJS.ValueType.Date);
        expect((period.value as Date).toISOString().slice(0, 10)).toBe(observation.period);
      }
    }
  });

  test('every figure of the indicator is a row, and each names its source document, found on the documents sheet', () => {
    const count = [...model.observations, ...model.targets].filter((figure) => figure.indicator === 'ty-le-ho-ngheo').length;
    expect(rows.size).toBe(count);
    const documents = new Set<string>();
    workbook.worksheets[2]!.eachRow((row, i) => void (i > 1 && documents.add(String(row.getCell(1).value))));
    for (const row of rows.values()) expect(documents).toContain(String(row.getCell(column('Source document id')).value));
  });
});

test('two builds of the same data write the same bytes, whatever the clock says', async () => {
  const figures = model.observations.slice(0, 20);
  vi.useFakeTimers({ now: new Date('2030-01-01T08:00:00Z'), toFake: ['Date'] });
  const first = await toSpreadsheet(model, figures, version, 't', 'u');
  vi.setSystemTime(new Date('2031-06-15T17:45:10Z'));
  const second = await toSpreadsheet(model, figures, version, 't', 'u');
  vi.useRealTimers();
  expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
});
