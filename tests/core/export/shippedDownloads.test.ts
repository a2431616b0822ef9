import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel, type BuildResult } from '../../../src/core/buildModel.ts';
import { toCsv } from '../../../src/core/export/csv.ts';
import { readCsvRows } from '../../support/csvTable.ts';
import { toParquet } from '../../../src/core/export/parquet.ts';
import { figureRows } from '../../../src/core/export/figureRows.ts';
import { figureRowSchema } from '../../../src/core/export/rowSchemas.ts';
import type { DataVersion } from '../../../src/core/model/dataVersion.ts';
import type { Observation, Target } from '../../../src/core/model/types.ts';
import { readSiteFiles } from '../../../src/node/catalogueFiles.ts';
import { readParquetRows } from '../../support/parquetTable.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const VERSION: DataVersion = { tag: 'v1', commitsSinceTag: 2, commit: 'b'.repeat(40), shortCommit: 'bbbbbbb', date: '2026-01-02' };

let result: BuildResult;
let figures: (Observation | Target)[];
beforeAll(async () => {
  result = buildModel(await readSiteFiles(ROOT));
  figures = [...result.model.observations, ...result.model.targets];
});

/** What a reader must get back from a download: the figure exactly as stated in plans/. */
function stated(figure: Observation | Target) {
  const isObservation = 'period' in figure;
  return {
    indicator: figure.indicator,
    territory: figure.territory,
    period: isObservation ? figure.period.key : String(figure.by),
    value: figure.value,
    range: isObservation ? undefined : figure.range,
    comparator: isObservation ? undefined : figure.comparator,
    outOf: isObservation ? figure.out_of : undefined,
    qualifier: isObservation ? figure.qualifier : undefined,
    document: figure.source.document,
    locator: typeof figure.source.locator === 'object' ? undefined : figure.source.locator,
    quote: figure.source.quote,
  };
}

const optionalNumber = (text: string | undefined) => (text === undefined || text === '' ? undefined : Number(text));
const optionalText = (text: string | undefined) => (text === undefined || text === '' ? undefined : text);

describe('downloads of the shipped data', () => {
  it('the whole-dataset CSV gives back every figure of plans/ unchanged', () => {
    const [header, ...rows] = readCsvRows(toCsv(figureRowSchema, figureRows(result.model, figures, VERSION)));
    expect(rows).toHaveLength(figures.length);
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    const byId = new Map(rows.map((row) => [cell(row, 'figure_id')!, row]));
    for (const figure of figures) {
      const row = byId.get(figure.id)!;
      const min = optionalNumber(cell(row, 'range_min'));
      const max = optionalNumber(cell(row, 'range_max'));
      expect({
        indicator: cell(row, 'indicator_id'),
        territory: cell(row, 'territory_id'),
        period: cell(row, 'period'),
        value: optionalNumber(cell(row, 'value')),
        range: min === undefined || max === undefined ? undefined : { min, max },
        comparator: optionalText(cell(row, 'comparator')),
        outOf: optionalNumber(cell(row, 'out_of')),
        qualifier: optionalText(cell(row, 'qualifier')),
        document: cell(row, 'source_document_id'),
        locator: optionalText(cell(row, 'source_locator')),
        quote: optionalText(cell(row, 'source_quote')),
      }, figure.id).toEqual(stated(figure));
      expect(cell(row, 'data_version')).toBe('data of 2 January 2026, build bbbbbbb, after release v1');
    }
  });

  it('the whole-dataset Parquet file, read by another implementation, gives back every figure of plans/ unchanged', () => {
    const rows = readParquetRows(toParquet(figureRowSchema, figureRows(result.model, figures, VERSION)));
    expect(rows).toHaveLength(figures.length);
    const byId = new Map(rows.map((row) => [row['figure_id'] as string, row]));
    const present = <T,>(value: T | null | undefined) => (value === null ? undefined : value);
    for (const figure of figures) {
      const row = byId.get(figure.id)!;
      const min = present(row['range_min']) as number | undefined;
      const max = present(row['range_max']) as number | undefined;
      expect({
        indicator: row['indicator_id'],
        territory: row['territory_id'],
        period: row['period'],
        value: present(row['value']),
        range: min === undefined || max === undefined ? undefined : { min, max },
        comparator: present(row['comparator']),
        outOf: present(row['out_of']),
        qualifier: present(row['qualifier']),
        document: row['source_document_id'],
        locator: present(row['source_locator']),
        quote: present(row['source_quote']),
      }, figure.id).toEqual(stated(figure));
      expect(row['data_version']).toBe('data of 2 January 2026, build bbbbbbb, after release v1');
    }
  });
});
