import { memoizeByModel } from '../../core/model/memoizeByModel.ts';
import type { Model, Place } from '../../core/model/types.ts';
import type { ChartScope } from '../share/sharedCharts.ts';

/**
 * Which data files a page can draw from, for its data stamp and its cache key
 * (src/site/pageKeys.ts). Nearly every page belongs to one region (the topmost territory, a
 * province): its communes, its share of an indicator, its documents. So the files are sorted
 * into regions by what they hold, and a page draws from
 * - every shared file: all of content/ (places, indicators, agencies, settings, prose pages) and
 *   the engine's catalogue, whose names and words any page may print;
 * - every file of plans/ that holds no region's figures, or a figure of a place in no region
 *   (a national document, a figure for the whole country);
 * - the files of its own regions: the figures of its places, the documents they cite or belong
 *   to, the tasks of plans covering them, and the documents related to those.
 * It is deliberately wider than what a page prints (all of a province's report, not the one row),
 * because a file left out would leave a stale page in place; the byte-identity test of an
 * incremental build against a full one (tests/e2e/incrementalBuild.test.ts) is the judge.
 */
export interface DataFileRegions {
  /** Files every page draws from, sorted. */
  shared: readonly string[];
  /** Each region's own files, sorted. */
  byRegion: ReadonlyMap<string, readonly string[]>;
  /** The regions of each file of plans/ (EVERYWHERE among them for a shared one). */
  regionsOfFile: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A file that any page may draw from. */
export const EVERYWHERE = '*';

/**
 * The regions of a place: a territory's topmost territory (itself when it has no parent), and
 * those of the units it was merged from or into, whose figures its page continues (a commune of
 * a province merged in 2025 shows its predecessor's); a group's, those of its members.
 * EVERYWHERE for a place no region contains.
 */
function regionsOfPlace(model: Model, id: string, seen = new Set<string>()): string[] {
  const place = model.index.place.get(id);
  if (!place) return [EVERYWHERE];
  if (seen.has(id)) return [];
  seen.add(id);
  if (place.kind === 'group') {
    const regions = place.members.flatMap((member) => regionsOfPlace(model, member, seen));
    return regions.length > 0 ? regions : [EVERYWHERE];
  }
  let top: Place = place;
  const climbed = new Set<string>([place.id]);
  while (top.kind === 'territory' && top.parent && !climbed.has(top.parent)) {
    climbed.add(top.parent);
    const parent = model.index.place.get(top.parent);
    if (!parent) break;
    top = parent;
  }
  const lineage = [...(place.predecessors ?? []), ...(place.successor ? [place.successor] : [])];
  return [top.id, ...lineage.flatMap((other) => regionsOfPlace(model, other, seen))];
}

export const dataFileRegions = memoizeByModel((model: Model): DataFileRegions => {
  const regionsOf = new Map<string, Set<string>>();
  const add = (file: string | undefined, regions: Iterable<string>) => {
    if (!file) return;
    let set = regionsOf.get(file);
    if (!set) regionsOf.set(file, (set = new Set()));
    for (const region of regions) set.add(region);
  };
  const documentFile = (id: string | undefined) => (id ? model.index.document.get(id)?.origin.file : undefined);

  for (const figure of [...model.targets, ...model.observations]) {
    const regions = regionsOfPlace(model, figure.territory);
    add(figure.origin.file, regions);
    add(documentFile(figure.source.document), regions);
    add(documentFile(figure.plan), regions);
  }
  const scopeRegions = (documentId: string) => (model.index.document.get(documentId)?.scope ?? []).flatMap((id) => regionsOfPlace(model, id));
  for (const document of model.documents) add(document.origin.file, scopeRegions(document.id));
  for (const task of model.tasks) {
    const regions = [...scopeRegions(task.plan), ...[task.lead, ...(task.partners ?? [])].flatMap((id) => {
      const territory = model.index.agency.get(id)?.territory;
      return territory ? regionsOfPlace(model, territory) : [];
    })];
    add(task.origin.file, regions);
    add(documentFile(task.plan), regions);
    add(documentFile(task.source?.document), regions);
  }
  // A place's page names the document that created or merged it.
  for (const territory of model.territories) if (territory.changed_by) add(documentFile(territory.changed_by), regionsOfPlace(model, territory.id));
  // A document's page lists the documents related to it, either way round: one step each way.
  const direct = new Map([...regionsOf].map(([file, regions]) => [file, new Set(regions)]));
  for (const document of model.documents) {
    for (const relation of document.relations ?? []) {
      const other = documentFile(relation.document);
      if (!other) continue;
      add(document.origin.file, direct.get(other) ?? []);
      add(other, direct.get(document.origin.file) ?? []);
    }
  }

  const shared: string[] = [];
  const byRegion = new Map<string, string[]>();
  for (const file of allFiles(model)) {
    const regions = regionsOf.get(file);
    if (!file.startsWith('plans/') || !regions || regions.size === 0 || regions.has(EVERYWHERE)) {
      shared.push(file);
      continue;
    }
    for (const region of regions) {
      let files = byRegion.get(region);
      if (!files) byRegion.set(region, (files = []));
      files.push(file);
    }
  }
  for (const files of byRegion.values()) files.sort();
  return { shared: shared.sort(), byRegion, regionsOfFile: regionsOf };
});

/** Every file the model was read from. */
function allFiles(model: Model): Set<string> {
  const files = new Set<string>();
  for (const list of [model.territories, model.groups, model.indicators, model.agencies, model.documents, model.targets, model.observations, model.tasks]) {
    for (const record of list) files.add(record.origin.file);
  }
  for (const page of model.pages) files.add(page.path);
  if (model.site) files.add(model.site.origin.file);
  return files;
}

/** The regions a place's page draws from; null for a place in no region (its page draws from everything). */
export function placeRegions(model: Model, placeId: string): string[] | null {
  const regions = regionsOfPlace(model, placeId);
  return regions.includes(EVERYWHERE) ? null : [...new Set(regions)].sort();
}

/** The regions a document's page draws from: those of its own file. */
export function documentRegions(model: Model, documentId: string): string[] | null {
  const file = model.index.document.get(documentId)?.origin.file;
  if (!file) return null;
  return [...(dataFileRegions(model).regionsOfFile.get(file) ?? [])].filter((region) => region !== EVERYWHERE).sort();
}

/** The files a page of these regions draws from, sorted; null for a page that draws from everything. */
export function pageDataFiles(model: Model, regions: readonly string[] | null): string[] | null {
  if (regions === null) return null;
  const { shared, byRegion } = dataFileRegions(model);
  const files = new Set(shared);
  for (const region of regions) for (const file of byRegion.get(region) ?? []) files.add(file);
  return [...files].sort();
}

/** The regions a shared chart draws from: its place's or its province's; null for an indicator's whole chart. */
export function chartRegions(model: Model, scope: ChartScope): string[] | null {
  if (scope.kind === 'region') return [scope.region];
  return scope.kind === 'place' ? placeRegions(model, scope.place) : null;
}
