import { toSpreadsheet } from '../../core/export/spreadsheet.ts';
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

export function spreadsheetFiles(model: Model): SpreadsheetFile[] {
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
      if (!file.indicator) {
        return toSpreadsheet(model, [...model.observations, ...model.targets], version, 'minhbach: toàn bộ số liệu / all figures', absoluteUrl(pagePath({ kind: 'service', page: 'data' }, 'vi')));
      }
      const indicator = model.index.indicator.get(file.indicator)!;
      const figures = [...model.observations, ...model.targets].filter((figure) => figure.indicator === indicator.id);
      return toSpreadsheet(model, figures, version, `${textIn(indicator.name, 'vi')} / ${textIn(indicator.name, 'en')}`, absoluteUrl(indicatorPath(indicator.id, 'vi')));
    })();
    rendered.set(file.file, bytes);
  }
  return bytes;
}

export const spreadsheetUrl = (file: string) => downloadPath(file);
