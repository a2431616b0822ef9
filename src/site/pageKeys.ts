import { createHash } from 'node:crypto';
import type { DataVersion } from '../core/model/dataVersion.ts';
import type { Model, Observation, Target } from '../core/model/types.ts';
import { readDataFileHistory, type DataFileHistory } from '../node/dataFileHistory.ts';
import { dataGeneration } from '../node/dataGeneration.ts';
import { listReleases } from '../node/gitHistory.ts';
import { getDataVersion } from './dataVersion.ts';
import { dataRoot, loadSiteModel, type SiteModel } from './loadSiteModel.ts';
import { dataFileRegions, EVERYWHERE, placeRegions } from './select/pageDataFiles.ts';
import { pushToList } from '../core/model/pushToList.ts';
import { indicatorLayout } from './select/indicatorRegions.ts';
import { communeChartFiles } from './share/sharedCharts.ts';

/**
 * A page's data stamp and its cache key, from the data files it draws from (src/site/select/
 * pageDataFiles.ts).
 *
 * The stamp is the newest commit among those files: the version at which every figure on the
 * page was exactly what it shows, so a citation names a version that can be checked, and a
 * commit elsewhere does not touch the page. When none of its files changed since the latest
 * release, the page cites that release. With uncommitted changes, or without git, every page
 * carries the build's own version (getDataVersion), as does every page that summarises the
 * whole data (the home page, lists, versions, downloads).
 *
 * The cache key (Astro's experimental incremental build, astro.config.mjs) is a hash of what
 * the page renders that is not code: the text of its files, its stamp, which deadlines the
 * verdicts count as passed (they are judged at the build's date), the validator's warnings about
 * its files (printed beside their figures), and the few site-wide choices any page follows (which
 * indicators have a page per province, whether communes' charts have files, the warnings about
 * shared files). A page whose key and code are as in the previous
 * build is copied from it.
 */
export interface PageData {
  props: { dataVersion: DataVersion };
  /** Absent for a page that draws from everything: it is always rendered. */
  cacheKey?: string;
}

/** Bumped when what a key covers changes, so that no copy made under the old rule is reused. */
const KEY_RULE = 2;

let history: { generation: number; value: DataFileHistory | null } | undefined;

function fileHistory(): DataFileHistory | null {
  if (history?.generation !== dataGeneration()) {
    const root = dataRoot();
    history = { generation: dataGeneration(), value: getDataVersion().commit ? readDataFileHistory(root, listReleases(root).at(-1) ?? null) : null };
  }
  return history.value;
}

/** The last commit that changed a data file, or undefined without git history. */
export function dataFileLastChanged(file: string): { date: string; shortCommit: string } | undefined {
  return fileHistory()?.lastChanged.get(file);
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** The stamp of a page drawing from `files`. */
export function stampOf(files: readonly string[], global = getDataVersion(), known = fileHistory()): DataVersion {
  if (!global.commit || global.dirty || !known) return global;
  const { release } = known;
  if (release && !files.some((file) => known.changedSinceRelease.has(file))) {
    return { tag: release.tag, commitsSinceTag: 0, commit: release.commit, shortCommit: release.shortCommit, date: release.date };
  }
  let newest: { commit: string; shortCommit: string; date: string } | undefined;
  let newestRank = Number.POSITIVE_INFINITY;
  for (const file of files) {
    const commit = known.lastChanged.get(file);
    const rank = commit ? known.rank.get(commit.commit) : undefined;
    if (commit && rank !== undefined && rank < newestRank) [newest, newestRank] = [commit, rank];
  }
  if (!newest) return global;
  const sinceRelease = known.commitsSinceRelease.length - known.commitsSinceRelease.indexOf(newest.commit);
  return { tag: release?.tag ?? null, commitsSinceTag: release ? Math.max(1, sinceRelease) : 0, commit: newest.commit, shortCommit: newest.shortCommit, date: newest.date };
}

interface KeyParts {
  /** Everything a key shares with every other: site-wide choices and the files every page draws from. */
  common: string;
  shared: readonly string[];
  byRegion: ReadonlyMap<string, { files: readonly string[]; digest: string }>;
}

const partsCache = new WeakMap<Model, KeyParts>();

function keyParts(site: SiteModel): KeyParts {
  const { model, diagnostics, fileHashes } = site;
  let parts = partsCache.get(model);
  if (parts) return parts;
  const regions = dataFileRegions(model);
  const inRegion = new Set([...regions.byRegion.values()].flat());
  // Any file no region claims is drawn on by every page: content/, the catalogue, national documents.
  const shared = [...fileHashes.keys()].filter((file) => !inRegion.has(file)).sort();
  // A warning is printed beside its figure, or on its document's page: pages of the regions of
  // the file it is about. One about a shared file, or about none, can be on any page.
  const sharedWarnings: unknown[] = [];
  const regionWarnings = new Map<string, unknown[]>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== 'warning') continue;
    const warning = [diagnostic.code, diagnostic.file, diagnostic.figure, diagnostic.message];
    const of = diagnostic.file === undefined ? undefined : regions.regionsOfFile.get(diagnostic.file);
    if (of === undefined || of.size === 0 || of.has(EVERYWHERE)) sharedWarnings.push(warning);
    else for (const region of of) pushToList(regionWarnings, region, warning);
  }
  const byRegion = new Map(
    [...regions.byRegion].map(([region, files]) => [region, { files, digest: digest([files.map((file) => [file, fileHashes.get(file)]), regionWarnings.get(region) ?? []]) }]),
  );
  const passedDeadlines = new Set<string>();
  for (const progress of model.progress.values()) if (progress.deadlinePassed) passedDeadlines.add(`${progress.dueDate}|${progress.placeEnded ?? ''}`);
  const common = digest({
    rule: KEY_RULE,
    release: getDataVersion().tag,
    judgedOn: model.progressAsOf.from,
    passedDeadlines: [...passedDeadlines].sort(),
    splitIndicators: model.indicators.filter((indicator) => indicatorLayout(model, indicator.id).regions.length > 0).map((indicator) => indicator.id),
    communeChartFiles: communeChartFiles(model),
    warnings: sharedWarnings,
    shared: shared.map((file) => [file, fileHashes.get(file)]),
  });
  parts = { common, shared, byRegion };
  partsCache.set(model, parts);
  return parts;
}

/**
 * The stamp and key of a page drawing from these regions' files (and every shared file); a page
 * of `null` regions draws from everything: the build's version, and no key.
 */
export async function pageData(regions: readonly string[] | null): Promise<PageData> {
  if (regions === null) return { props: { dataVersion: getDataVersion() } };
  const site = await loadSiteModel();
  const parts = keyParts(site);
  // A province's hundreds of communes share one stamp and key.
  const name = [...new Set(regions)].sort().join('\n');
  let byRegions = dataCache.get(parts);
  if (!byRegions) dataCache.set(parts, (byRegions = new Map()));
  let data = byRegions.get(name);
  if (!data) byRegions.set(name, (data = pageDataOf(parts, regions)));
  return data;
}

const dataCache = new WeakMap<KeyParts, Map<string, PageData>>();

function pageDataOf(parts: KeyParts, regions: readonly string[]): PageData {
  const own = [...new Set(regions)].sort().map((region) => parts.byRegion.get(region) ?? { files: [], digest: '' });
  const dataVersion = stampOf([...parts.shared, ...own.flatMap((region) => region.files)]);
  return { props: { dataVersion }, cacheKey: digest([parts.common, own.map((region) => region.digest), dataVersion]) };
}

/**
 * The version a figure's citation and error report name: the stamp of its place's pages, the
 * same on every page that shows the figure (its place's, its indicator's, its document's), so a
 * citation copied from any of them is one text.
 */
export async function figureDataVersion(model: Model, figure: Observation | Target): Promise<DataVersion> {
  return (await pageData(placeRegions(model, figure.territory))).props.dataVersion;
}
