import { describe, expect, test } from 'vitest';
import type { Model } from '../../src/core/model/types.ts';
import { spreadsheetFiles } from '../../src/site/downloads/spreadsheets.ts';
import { readAndBuild } from '../../src/site/loadSiteModel.ts';
import { ROOT } from '../support/siteUnderTest.ts';

/** A model of `count` figures over two indicators: all spreadsheetFiles reads. */
function modelOf(count: number): Model {
  const observations = Array.from({ length: count }, (_, i) => ({ indicator: i % 2 === 0 ? 'ty-le-ho-ngheo' : 'so-ho-ngheo' }));
  return { observations, targets: [], indicators: [{ id: 'ty-le-ho-ngheo' }, { id: 'so-ho-ngheo' }] } as unknown as Model;
}

describe('spreadsheets', () => {
  test('the shipped data has the whole dataset and each indicator with figures as a spreadsheet', async () => {
    const { model } = await readAndBuild(ROOT, ROOT);
    const files = spreadsheetFiles(model).map((file) => file.file);
    expect(files).toContain('bang-tinh/minhbach.xlsx');
    expect(files).toContain('bang-tinh/chi-so/ty-le-ho-ngheo.xlsx');
  });

  // Past 50.000 figures each spreadsheet wrote every figure a third and fourth time (beside the CSV
  // tables and the Parquet file) and took minutes at 185.000 figures; the indicators' were not
  // even linked from their pages once those were split by province.
  test('up to 50.000 figures there are spreadsheets; past it none, whole or per indicator', () => {
    expect(spreadsheetFiles(modelOf(50_000)).map((file) => file.file)).toEqual(['bang-tinh/minhbach.xlsx', 'bang-tinh/chi-so/ty-le-ho-ngheo.xlsx', 'bang-tinh/chi-so/so-ho-ngheo.xlsx']);
    expect(spreadsheetFiles(modelOf(50_001))).toEqual([]);
  });
});
