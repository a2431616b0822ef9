import { dataVersionLabel, type DataVersion } from '../model/dataVersion.ts';
import { memoizeByModel } from '../model/memoizeByModel.ts';
import type { Model, Observation, Target } from '../model/types.ts';
import { documentRows, figureJson, indicatorRows, territoryRows } from './figureRows.ts';
import type { DocumentRow, FigureJson, IndicatorRow, TerritoryRow } from './rowSchemas.ts';

export interface DatasetJson {
  title: string;
  data_version: string;
  /** The release tag, commit and commit date the file was built from. */
  version: { tag: string | null; commit: string | null; date: string | null };
  indicators: IndicatorRow[];
  territories: TerritoryRow[];
  documents: DocumentRow[];
  figures: FigureJson[];
}

/**
 * A JSON download: the figures with ids only, and each indicator, territory and document they
 * refer to listed once with its names. For a slice (one indicator, territory or plan) only the
 * entries its figures use are listed, so the file stands on its own.
 */
export function datasetJson(model: Model, figures: readonly (Observation | Target)[], version: DataVersion, title: string): DatasetJson {
  const rows = rowsById(model);
  const used = <T>(ids: Iterable<string>, byId: Map<string, T>) => [...new Set(ids)].sort().flatMap((id) => byId.get(id) ?? []);
  return {
    title,
    data_version: dataVersionLabel(version, 'en'),
    version: { tag: version.tag, commit: version.commit, date: version.date },
    indicators: used(figures.map((figure) => figure.indicator), rows.indicators),
    territories: used(figures.map((figure) => figure.territory), rows.territories),
    documents: used(figures.map((figure) => figure.source.document), rows.documents),
    figures: figures.map((figure) => figureJson(model, figure)),
  };
}

/** One pass per model: thousands of territory files each look up a few rows. */
const rowsById = memoizeByModel((model) => ({
  indicators: new Map(indicatorRows(model).map((row) => [row.indicator_id, row])),
  territories: new Map(territoryRows(model).map((row) => [row.territory_id, row])),
  documents: new Map(documentRows(model).map((row) => [row.document_id, row])),
}));

/** Whole-dataset JSON lists every indicator, territory and document, used or not. */
export function wholeDatasetJson(model: Model, version: DataVersion, title: string): DatasetJson {
  return {
    title,
    data_version: dataVersionLabel(version, 'en'),
    version: { tag: version.tag, commit: version.commit, date: version.date },
    indicators: indicatorRows(model),
    territories: territoryRows(model),
    documents: documentRows(model),
    figures: [...model.observations, ...model.targets].map((figure) => figureJson(model, figure)),
  };
}
