import { createHash } from 'node:crypto';
import { toCsv } from '../../core/export/csv.ts';
import { pushToList } from '../../core/model/pushToList.ts';
import { dataPackageDescriptor, type PackagedResource } from '../../core/export/dataPackage.ts';
import { toParquetInGroups } from '../../core/export/parquet.ts';
import { documentRows, figureRows, indicatorRows, territoryRows } from '../../core/export/figureRows.ts';
import { documentRowSchema, figureRowSchema, indicatorRowSchema, territoryRowSchema } from '../../core/export/rowSchemas.ts';
import type { DataVersion } from '../../core/model/dataVersion.ts';
import type { Model, Observation, Place, Target } from '../../core/model/types.ts';
import { getDataVersion } from '../dataVersion.ts';
import { loadSiteModel } from '../loadSiteModel.ts';
import { getReleaseHistory } from '../releases.ts';
import { figureDataVersion, pageData } from '../pageKeys.ts';
import { placeRegions } from '../select/pageDataFiles.ts';
import { ancestorsOf } from '../select/placeIndex.ts';
import { absoluteUrl, siteUrl } from '../siteUrl.ts';
import { downloadPath, pagePath } from '../routes.ts';
import { keepRendered, takeRendered } from '../../node/renderedFiles.ts';
import { buildSizeCache, type SizeCache } from '../../node/keptSizes.ts';

export type DownloadGroup = 'dataset' | 'indicator' | 'release';

export interface Download {
  /** Path under the downloads folder, e.g. "chi-so/ty-le-ho-ngheo/lao-cai.csv". */
  file: string;
  group: DownloadGroup;
  /** The indicator id, or the release tag. */
  id: string;
  /** For an indicator's file, the province (or top-level place) whose figures it holds. */
  region?: Place;
  format: 'csv' | 'json' | 'parquet';
  /** Renders the file: once, for its size and its route (downloadSize, downloadContent). */
  render: () => string | Uint8Array;
  /**
   * For a file of one province's figures, a key for Astro's incremental build (as its pages
   * have, src/site/pageKeys.ts): the file is copied from the last build while the key holds.
   */
  cacheKey?: string;
}

type Figure = Observation | Target;

/** The tables of a whole dataset, as Frictionless resources; the figures as CSV (releases) or Parquet. */
function datasetTables(model: Model, version: DataVersion, folder: string, figuresAs: 'csv' | 'parquet', figureVersion: FigureVersion = () => version) {
  const all = () => [...model.observations, ...model.targets];
  const figures = () => figureRows(model, all(), figureVersion);
  // The site's Parquet file takes its rows a row group at a time (toParquetInGroups): all of them
  // at once, with their columns, took gigabytes at national scale, in the middle of the page build.
  const parquet = () => {
    const list = all();
    return toParquetInGroups(figureRowSchema, list.length, (start, end) => figureRows(model, list.slice(start, end), figureVersion));
  };
  return [
    figuresAs === 'csv'
      ? { name: 'figures', file: `${folder}so-lieu.csv`, format: 'csv' as const, title: 'Số liệu / Figures', schema: figureRowSchema, primaryKey: 'figure_id', render: () => toCsv(figureRowSchema, figures()) }
      : { name: 'figures', file: `${folder}minhbach.parquet`, format: 'parquet' as const, title: 'Số liệu / Figures', schema: figureRowSchema, primaryKey: 'figure_id', render: once(parquet) },
    { name: 'indicators', file: `${folder}chi-so.csv`, format: 'csv' as const, title: 'Chỉ số / Indicators', schema: indicatorRowSchema, primaryKey: 'indicator_id', render: () => toCsv(indicatorRowSchema, indicatorRows(model)) },
    { name: 'territories', file: `${folder}dia-ban.csv`, format: 'csv' as const, title: 'Địa bàn / Territories', schema: territoryRowSchema, primaryKey: 'territory_id', render: () => toCsv(territoryRowSchema, territoryRows(model)) },
    { name: 'documents', file: `${folder}van-ban.csv`, format: 'csv' as const, title: 'Văn bản / Documents', schema: documentRowSchema, primaryKey: 'document_id', render: () => toCsv(documentRowSchema, documentRows(model)) },
  ];
}

/** Rendered once and kept: a Parquet file is small, and compressing it twice would cost seconds. */
function once<T>(render: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= render());
}

/**
 * A whole dataset: its tables and the datapackage.json that describes them (with their sizes, so
 * the descriptor renders the tables once to measure them). The site's own dataset holds its
 * figures as one Parquet file, since the CSV of each indicator and province already has every
 * figure once; a release's archive holds them as one CSV, as it always has, so old citations
 * can be checked with a spreadsheet.
 */
function wholeDataset(model: Model, version: DataVersion, folder: string, group: 'dataset' | 'release', id: string, figureVersion?: FigureVersion): Download[] {
  const tables = datasetTables(model, version, folder, group === 'dataset' ? 'parquet' : 'csv', figureVersion);
  const tableDownloads: Download[] = tables.map((table) => ({ file: table.file, group, id, format: table.format, render: table.render }));
  return [
    ...tableDownloads,
    {
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
          format: table.format,
          schema: table.schema,
          primaryKey: table.primaryKey,
          // Measured once for this and for the data page: at national scale a table takes seconds to render.
          bytes: downloadSize(tableDownloads[i]!),
        }));
        return `${JSON.stringify(dataPackageDescriptor(version, resources, absoluteUrl(pagePath({ kind: 'service', page: 'data' }, 'vi'))), null, 2)}\n`;
      },
    },
  ];
}

let cached: Promise<Download[]> | undefined;

type FigureVersion = (figure: Figure) => DataVersion;

/**
 * Every download of the build, each figure written twice and no more: once in the CSV of its
 * indicator and province (chi-so/<indicator>/<province>.csv, what a journalist opens in a
 * spreadsheet), and once in the whole dataset's Parquet file (what a data user loads at once).
 * Territory and plan pages link to their province's files; copies per territory and per plan,
 * and JSON copies of each, wrote every figure eight times (468 MB of downloads at 1.000
 * communes). Each release's whole dataset is kept as a data package, rebuilt from git.
 *
 * Each figure's row names the version its citation names (the stamp of its place's pages), so
 * a figure is cited in one text from a page or a download, and a province's files change, like
 * its pages, only when its data does: a one-figure edit writes that province's files again and
 * copies the other provinces' from the last build.
 */
export function getDownloads(): Promise<Download[]> {
  cached ??= (async () => {
    const { model } = await loadSiteModel();
    const version = getDataVersion();
    const figures = [...model.observations, ...model.targets];
    const stamps = await figureStamps(model, figures);
    const figureVersion: FigureVersion = (figure) => stamps.get(figure.territory) ?? version;
    const downloads = wholeDataset(model, version, '', 'dataset', 'minhbach', figureVersion);
    const byIndicator = groupBy(figures, (figure) => figure.indicator);
    for (const indicator of model.indicators) {
      const byRegion = groupBy(byIndicator.get(indicator.id) ?? [], (figure) => regionOf(model, figure.territory)?.id);
      for (const [regionId, list] of [...byRegion].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const region = model.index.place.get(regionId)!;
        const cacheKey = await provinceFileKey(model, list);
        downloads.push({
          file: `chi-so/${indicator.id}/${regionId}.csv`,
          group: 'indicator',
          id: indicator.id,
          region,
          format: 'csv',
          render: () => toCsv(figureRowSchema, figureRows(model, list, figureVersion)),
          ...(cacheKey ? { cacheKey } : {}),
        });
      }
    }
    for (const { release, build } of (await getReleaseHistory()).releases) {
      const releaseVersion: DataVersion = { tag: release.tag, commitsSinceTag: 0, commit: release.commit, shortCommit: release.commit.slice(0, 7), date: release.date };
      downloads.push(...wholeDataset(build.model, releaseVersion, `phien-ban/${release.tag}/`, 'release', release.tag));
    }
    return downloads;
  })();
  return cached;
}

/** The version each place's figures are cited at (figureDataVersion), by place. */
async function figureStamps(model: Model, figures: readonly Figure[]): Promise<Map<string, DataVersion>> {
  const stamps = new Map<string, DataVersion>();
  for (const figure of figures) if (!stamps.has(figure.territory)) stamps.set(figure.territory, await figureDataVersion(model, figure));
  return stamps;
}

/**
 * The key of a file of these figures: that of a page drawing from their places' files (their
 * text, stamps and the verdicts' deadlines). A row of a target also states the date its verdict
 * is judged at (progress_as_of, the build's data date), so a file with targets is rendered again
 * when that date moves; a file a place of no province (or of every province) writes to has no key.
 */
async function provinceFileKey(model: Model, figures: readonly Figure[]): Promise<string | undefined> {
  const regions = new Set<string>();
  for (const territory of new Set(figures.map((figure) => figure.territory))) {
    const own = placeRegions(model, territory);
    if (own === null) return undefined;
    for (const region of own) regions.add(region);
  }
  const { cacheKey } = await pageData([...regions]);
  if (cacheKey === undefined) return undefined;
  const hasTargets = figures.some((figure) => !('period' in figure));
  return hasTargets ? createHash('sha256').update(`${cacheKey}\n${model.progressAsOf.date}`).digest('base64url') : cacheKey;
}

/** The province a place belongs to (its top ancestor), or the place itself at the top. */
export function regionOf(model: Model, placeId: string): Place | undefined {
  const place = model.index.place.get(placeId);
  return place && (ancestorsOf(model, place).at(-1) ?? place);
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
let keptSizes: SizeCache | null | undefined;

/**
 * Bytes of a download: rendered once to measure, and kept on disk for its route to write
 * (src/node/renderedFiles.ts). A file with a cache key takes its size from the last build with
 * that key and code (src/node/keptSizes.ts): its route copies the file from that build, so
 * rendering it only to measure it cost a rebuild every province's file.
 */
export function downloadSize(download: Download): number {
  let size = sizes.get(download.file);
  if (size === undefined) {
    const { cacheKey } = download;
    if (cacheKey !== undefined) {
      keptSizes ??= buildSizeCache(import.meta.url, `${siteUrl() ?? ''}\0${import.meta.env?.BASE_URL ?? ''}`);
      size = keptSizes?.read(download.file, cacheKey);
    }
    if (size === undefined) {
      size = keepRendered(download.file, download.render());
      if (cacheKey !== undefined) keptSizes?.write(download.file, cacheKey, size);
    }
    sizes.set(download.file, size);
  }
  return size;
}

/** A download's content: the copy rendered to measure its size, or rendered now if no page asked for it. */
export function downloadContent(download: Download): string | Uint8Array {
  return takeRendered(download.file) ?? download.render();
}

/** The downloads of one indicator (one file per province) or release. */
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
