import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentRows, figureRows, indicatorRows } from '../../core/export/figureRows.ts';
import { toSpreadsheet } from '../../core/export/spreadsheet.ts';
import { cachedImage } from '../../node/imageCache.ts';
import type { Model } from '../../core/model/types.ts';
import { getDataVersion } from '../dataVersion.ts';
import { textIn } from '../../present/localizedText.ts';
import { loadSiteModel } from '../loadSiteModel.ts';
import { downloadPath, indicatorPath, pagePath } from '../routes.ts';
import { absoluteUrl } from '../siteUrl.ts';

/** The spreadsheet downloads: the whole dataset, and one per indicator with figures. */
export interface SpreadsheetFile {
  /** Under the downloads folder: `bang-tinh/minhbach.xlsx`, `bang-tinh/chi-so/<indicator>.xlsx`. */
  file: string;
  indicator?: string | undefined;
}

export const WHOLE_DATASET_SPREADSHEET = 'bang-tinh/minhbach.xlsx';
export const spreadsheetOfIndicator = (id: string) => `bang-tinh/chi-so/${id}.xlsx`;

/**
 * Past this many figures the site has no spreadsheets: writing the whole dataset's took 194 s for
 * the 185.000 figures of 1.000 communes and the thirty indicators' 199 s more (npm run bench:xlsx),
 * and each wrote every figure a third and fourth time beside the CSV tables and the Parquet file.
 * At that scale a spreadsheet reader opens an indicator's CSV table for a province (Excel reads
 * it), and a data user takes the Parquet file.
 */
export const SPREADSHEET_FIGURES = 50_000;

export function hasSpreadsheets(model: Model): boolean {
  return model.observations.length + model.targets.length <= SPREADSHEET_FIGURES;
}

export function spreadsheetFiles(model: Model): SpreadsheetFile[] {
  if (!hasSpreadsheets(model)) return [];
  const withFigures = new Set([...model.observations, ...model.targets].map((figure) => figure.indicator));
  return [{ file: WHOLE_DATASET_SPREADSHEET }, ...model.indicators.filter((indicator) => withFigures.has(indicator.id)).map((indicator) => ({ file: spreadsheetOfIndicator(indicator.id), indicator: indicator.id }))];
}

const rendered = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** A spreadsheet's bytes, made once per build: its size is shown on pages and the same bytes are written. */
export function renderSpreadsheet(file: SpreadsheetFile): Promise<Uint8Array<ArrayBuffer>> {
  let bytes = rendered.get(file.file);
  if (!bytes) {
    bytes = (async () => {
      const { model } = await loadSiteModel();
      const version = getDataVersion();
      const indicator = file.indicator ? model.index.indicator.get(file.indicator)! : undefined;
      const figures = [...model.observations, ...model.targets].filter((figure) => !indicator || figure.indicator === indicator.id);
      const title = indicator ? `${textIn(indicator.name, 'vi')} / ${textIn(indicator.name, 'en')}` : 'minhbach: toàn bộ số liệu / all figures';
      const page = absoluteUrl(indicator ? indicatorPath(indicator.id, 'vi') : pagePath({ kind: 'service', page: 'data' }, 'vi'));
      // Writing one takes seconds at national scale (npm run bench:xlsx): an unchanged one is read
      // back from the last build, keyed by its rows and the code that lays them out.
      const source = JSON.stringify([figureRows(model, figures, version), indicatorRows(model), documentRows(model), title, page, version, spreadsheetCode()]);
      return cachedImage('xlsx', source, () => toSpreadsheet(model, figures, version, title, page), 'xlsx');
    })();
    rendered.set(file.file, bytes);
  }
  return bytes;
}

export const spreadsheetUrl = (file: string) => downloadPath(file);

let code: string | undefined;
/** The sources that decide a spreadsheet's layout, so that a change to them is never served from the cache. */
function spreadsheetCode(): string {
  code ??= ['spreadsheet.ts', 'rowSchemas.ts', 'figureRows.ts', 'zipTimes.ts'].map((file) => readFileSync(join(process.cwd(), 'src', 'core', 'export', file), 'utf8')).join('\0');
  return code;
}
