import { toCsv } from '../../core/export/csv.ts';
import { pushToList } from '../../core/model/pushToList.ts';
import { dataPackageDescriptor, type PackagedResource } from '../../core/export/dataPackage.ts';
import { datasetJson, wholeDatasetJson } from '../../core/export/datasetJson.ts';
import { documentRows, figureRows, indicatorRows, placeName, territoryRows } from '../../core/export/figureRows.ts';
import { documentRowSchema, figureRowSchema, indicatorRowSchema, territoryRowSchema } from '../../core/export/rowSchemas.ts';
import type { DataVersion } from '../../core/model/dataVersion.ts';
import type { Model, Observation, Target } from '../../core/model/types.ts';
import { getDataVersion } from '../dataVersion.ts';
import { loadSiteModel } from '../loadSiteModel.ts';
import { getReleaseHistory } from '../releases.ts';
import { isPlan } from '../select/plansCovering.ts';
import { absoluteUrl } from '../siteUrl.ts';
import { downloadPath, pagePath } from '../routes.ts';

export type DownloadGroup = 'dataset' | 'indicator' | 'territory' | 'plan' | 'release';

export interface Download {
  /** Path under the downloads folder, e.g. "chi-so/ty-le-ho-ngheo.csv". */
  file: string;
  group: DownloadGroup;
  /** The indicator, territory or plan id, or the release tag. */
  id: string;
  format: 'csv' | 'json';
  /** Renders the file; called once for its size and once to write it, never kept in memory. */
  render: () => string;
}

type Figure = Observation | Target;

/** The four tables of a whole dataset, as Frictionless resources and CSV files. */
function datasetTables(model: Model, version: DataVersion, folder: string) {
  const figures = [...model.observations, ...model.targets];
  return [
    { name: 'figures', file: `${folder}so-lieu.csv`, title: 'Số liệu / Figures', schema: figureRowSchema, primaryKey: 'figure_id', render: () => toCsv(figureRowSchema, figureRows(model, figures, version)) },
    { name: 'indicators', file: `${folder}chi-so.csv`, title: 'Chỉ số / Indicators', schema: indicatorRowSchema, primaryKey: 'indicator_id', render: () => toCsv(indicatorRowSchema, indicatorRows(model)) },
    { name: 'territories', file: `${folder}dia-ban.csv`, title: 'Địa bàn / Territories', schema: territoryRowSchema, primaryKey: 'territory_id', render: () => toCsv(territoryRowSchema, territoryRows(model)) },
    { name: 'documents', file: `${folder}van-ban.csv`, title: 'Văn bản / Documents', schema: documentRowSchema, primaryKey: 'document_id', render: () => toCsv(documentRowSchema, documentRows(model)) },
  ];
}

/**
 * A whole dataset: its four CSV tables, one JSON file and the datapackage.json that describes
 * the tables (with their sizes, so the descriptor renders the tables once to measure them).
 */
function wholeDataset(model: Model, version: DataVersion, folder: string, group: 'dataset' | 'release', id: string): Download[] {
  const tables = datasetTables(model, version, folder);
  const tableDownloads: Download[] = tables.map((table) => ({ file: table.file, group, id, format: 'csv', render: table.render }));
  const downloads = [...tableDownloads];
  // A release's archive is its data package (the CSV tables and their descriptor): a JSON copy
  // of every release would grow the site by the whole dataset again at each release.
  if (group === 'dataset') downloads.push({ file: `${folder}minhbach.json`, group, id, format: 'json', render: () => json(wholeDatasetJson(model, version, 'minhbach')) });
  downloads.push({
    file: `${folder}datapackage.json`,
    group,
    id,
    format: 'json',
    render: () => {
      const resources: PackagedResource[] = tables.map((table, i) => ({
        name: table.name,
        // Frictionless resource paths are relative to the descriptor.
        path: table.file.slice(folder.length),
        title: table.title,
        schema: table.schema,
        primaryKey: table.primaryKey,
        // Measured once for this and for the data page: at national scale a table takes seconds to render.
        bytes: downloadSize(tableDownloads[i]!),
      }));
      return `${JSON.stringify(dataPackageDescriptor(version, resources, absoluteUrl(pagePath({ kind: 'service', page: 'data' }, 'vi'))), null, 2)}\n`;
    },
  });
  return downloads;
}

function slice(model: Model, version: DataVersion, group: DownloadGroup, folder: string, id: string, title: string, figures: readonly Figure[]): Download[] {
  return [
    { file: `${folder}/${id}.csv`, group, id, format: 'csv', render: () => toCsv(figureRowSchema, figureRows(model, figures, version)) },
    { file: `${folder}/${id}.json`, group, id, format: 'json', render: () => json(datasetJson(model, figures, version, title)) },
  ];
}

let cached: Promise<Download[]> | undefined;

/**
 * Every download of the build: the whole dataset; the figures of each indicator, each territory
 * or group, and each plan (a slice holds the figures stated for exactly that place, not its
 * communes', so no figure is written twice into one dimension); and each release's whole
 * dataset as a data package, rebuilt from git. Old releases are whole datasets only: slices of
 * every release would multiply the site's size by the number of releases.
 */
export function getDownloads(): Promise<Download[]> {
  cached ??= (async () => {
    const { model } = await loadSiteModel();
    const version = getDataVersion();
    const figures = [...model.observations, ...model.targets];
    const byIndicator = groupBy(figures, (figure) => figure.indicator);
    const byPlace = groupBy(figures, (figure) => figure.territory);
    const byPlan = groupBy(figures, (figure) => figure.plan);
    const downloads = wholeDataset(model, version, '', 'dataset', 'minhbach');
    for (const indicator of model.indicators) {
      const list = byIndicator.get(indicator.id);
      if (list) downloads.push(...slice(model, version, 'indicator', 'chi-so', indicator.id, indicator.name.vi, list));
    }
    for (const place of [...model.territories, ...model.groups]) {
      const list = byPlace.get(place.id);
      if (list) downloads.push(...slice(model, version, 'territory', 'dia-ban', place.id, placeName(place) ?? place.id, list));
    }
    for (const plan of model.documents.filter(isPlan)) {
      const list = byPlan.get(plan.id);
      if (list) downloads.push(...slice(model, version, 'plan', 'ke-hoach', plan.id, plan.title.vi, list));
    }
    for (const { release, build } of (await getReleaseHistory()).releases) {
      const releaseVersion: DataVersion = { tag: release.tag, commitsSinceTag: 0, commit: release.commit, shortCommit: release.commit.slice(0, 7), date: release.date };
      downloads.push(...wholeDataset(build.model, releaseVersion, `phien-ban/${release.tag}/`, 'release', release.tag));
    }
    return downloads;
  })();
  return cached;
}

function groupBy(figures: readonly Figure[], key: (figure: Figure) => string | undefined): Map<string, Figure[]> {
  const map = new Map<string, Figure[]>();
  for (const figure of figures) {
    const value = key(figure);
    if (value === undefined) continue;
    const list = map.get(value);
    if (list) list.push(figure);
    else map.set(value, [figure]);
  }
  return map;
}

const sizes = new Map<string, number>();

/** Bytes of a download, rendered once to measure and then forgotten. */
export function downloadSize(download: Download): number {
  let size = sizes.get(download.file);
  if (size === undefined) {
    size = byteLength(download.render());
    sizes.set(download.file, size);
  }
  return size;
}

/** The downloads of one indicator, territory, plan or release, CSV first. */
export async function downloadsOf(group: DownloadGroup, id: string): Promise<Download[]> {
  // Looked up once per page: filtering every download each time was quadratic at national scale.
  byOwner ??= getDownloads().then((downloads) => {
    const index = new Map<string, Download[]>();
    for (const download of downloads) pushToList(index, `${download.group}\u0000${download.id}`, download);
    return index;
  });
  return (await byOwner).get(`${group}\u0000${id}`) ?? [];
}

let byOwner: Promise<Map<string, Download[]>> | undefined;

export function downloadUrl(download: Download): string {
  return downloadPath(download.file);
}

/** Data files unindented: at national scale indentation alone would add tens of megabytes. */
function json(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
