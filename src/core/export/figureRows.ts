import { sourceQualityFlags } from '../derive/sourceQuality.ts';
import { locatorKey } from '../model/locator.ts';
import { dataVersionLabel, type DataVersion } from '../model/dataVersion.ts';
import type { Model, Observation, Place, Target } from '../model/types.ts';
import { memoizeByModel } from '../model/memoizeByModel.ts';
import { PROGRESS_LABELS } from '../format/progressLabels.ts';
import type { DocumentRow, FigureJson, FigureRow, IndicatorRow, TerritoryRow } from './rowSchemas.ts';

/**
 * Every figure as one flat row, values exactly as stored: the downloads must round-trip every
 * figure, so nothing here rounds or formats. `version` is the data version every row names, or,
 * per figure, the version its citation names (the stamp of its place's pages).
 */
export function figureRows(model: Model, figures: readonly (Observation | Target)[], version: DataVersion | ((figure: Observation | Target) => DataVersion)): FigureRow[] {
  const labels = new Map<DataVersion, string>();
  const labelOf = (figure: Observation | Target) => {
    const of = typeof version === 'function' ? version(figure) : version;
    let label = labels.get(of);
    if (label === undefined) labels.set(of, (label = dataVersionLabel(of, 'en')));
    return label;
  };
  return figures.map((figure) => {
    const indicator = model.index.indicator.get(figure.indicator);
    const place = model.index.place.get(figure.territory);
    const document = model.index.document.get(figure.source.document);
    const row = figureJson(model, figure);
    return compact<FigureRow>({
      figure_id: row.figure_id,
      figure_type: row.figure_type,
      indicator_id: row.indicator_id,
      indicator_name_vi: indicator?.name.vi ?? figure.indicator,
      unit: indicator?.unit ?? '',
      territory_id: row.territory_id,
      territory_name: vietnamesePlaceName(place) ?? figure.territory,
      territory_code: place?.kind === 'territory' ? place.code : undefined,
      period: row.period,
      value: row.value,
      range_min: row.range_min,
      range_max: row.range_max,
      comparator: row.comparator,
      out_of: row.out_of,
      qualifier: row.qualifier,
      status: row.status,
      plan_id: row.plan_id,
      source_document_id: row.source_document_id,
      source_document_number: document?.number,
      source_document_date: document?.issued,
      source_locator: row.source_locator,
      source_quote: row.source_quote,
      source_quality: row.source_quality,
      disputed: row.disputed,
      inconsistent: row.inconsistent,
      progress_status: row.progress_status,
      progress_label_vi: row.progress_status && PROGRESS_LABELS.vi[row.progress_status],
      progress_projection: row.progress_projection,
      progress_ratio: row.progress_ratio,
      progress_as_of: row.progress_as_of,
      data_version: labelOf(figure),
    });
  });
}

/** Which figures a finding flags, once per model. */
const flaggedFigures = memoizeByModel((model) => {
  const disputed = new Set<string>();
  const inconsistent = new Set<string>();
  for (const finding of model.findings) for (const id of finding.observationIds) (finding.kind === 'conflict' ? disputed : inconsistent).add(id);
  return { disputed, inconsistent };
});

/** A figure with ids only, values exactly as stored: the names live once in the JSON's lists. */
export function figureJson(model: Model, figure: Observation | Target): FigureJson {
  const { disputed, inconsistent } = flaggedFigures(model);
  const isObservation = 'period' in figure;
  const progress = isObservation ? undefined : model.progress.get(figure.id);
  return compact<FigureJson>({
    figure_id: figure.id,
    figure_type: isObservation ? 'observation' : 'target',
    indicator_id: figure.indicator,
    territory_id: figure.territory,
    period: isObservation ? figure.period.key : String(figure.by),
    value: figure.value,
    range_min: isObservation ? undefined : figure.range?.min,
    range_max: isObservation ? undefined : figure.range?.max,
    comparator: isObservation ? undefined : figure.comparator,
    out_of: isObservation ? figure.out_of : undefined,
    qualifier: isObservation ? figure.qualifier : undefined,
    status: isObservation ? figure.status : undefined,
    plan_id: figure.plan,
    source_document_id: figure.source.document,
    source_locator: figure.source.locator === undefined ? undefined : locatorKey(figure.source.locator),
    source_quote: figure.source.quote,
    source_quality: sourceQualityFlags(model, figure).join(';') || undefined,
    disputed: disputed.has(figure.id),
    inconsistent: inconsistent.has(figure.id),
    progress_status: progress?.status,
    // Derived values, cut at 4 decimals so a download does not publish floating-point dust.
    progress_projection: progress?.projection === undefined ? undefined : Number(progress.projection.toFixed(4)),
    progress_ratio: progress?.ratio === undefined ? undefined : Number(progress.ratio.toFixed(4)),
    progress_as_of: progress?.asOf,
  });
}

export function vietnamesePlaceName(place: Place | undefined): string | undefined {
  if (!place) return undefined;
  return place.kind === 'territory' ? place.name : place.name.vi;
}

export function indicatorRows(model: Model): IndicatorRow[] {
  return model.indicators.map((i) =>
    compact<IndicatorRow>({
      indicator_id: i.id,
      name_vi: i.name.vi,
      name_en: i.name.en,
      unit: i.unit,
      kind: i.kind,
      direction: i.direction,
      decimals: i.decimals,
      category: i.category,
      definition_vi: i.definition?.vi,
      definition_en: i.definition?.en,
    }),
  );
}

export function territoryRows(model: Model): TerritoryRow[] {
  return [
    ...model.territories.map((t) =>
      compact<TerritoryRow>({
        territory_id: t.id,
        kind: 'territory',
        level: t.level,
        code: t.code,
        name: t.name,
        parent_id: t.parent,
        valid_from: t.valid_from,
        valid_to: t.valid_to,
        successor_id: t.successor,
        members: undefined,
        size: undefined,
      }),
    ),
    ...model.groups.map((g) =>
      compact<TerritoryRow>({
        territory_id: g.id,
        kind: 'group',
        level: undefined,
        code: undefined,
        name: g.name.vi,
        parent_id: g.parent,
        valid_from: undefined,
        valid_to: undefined,
        successor_id: undefined,
        members: g.members.join(' '),
        size: g.size,
      }),
    ),
  ];
}

export function documentRows(model: Model): DocumentRow[] {
  return model.documents.map((d) =>
    compact<DocumentRow>({
      document_id: d.id,
      type: d.type,
      number: d.number,
      issuer: d.issuer,
      issued: d.issued,
      status: d.status,
      title_vi: d.title.vi,
      title_en: d.title.en,
      url: d.url,
    }),
  );
}

type Loose<T> = { [K in keyof T]-?: T[K] | undefined };
/** The row without its empty fields. A plain loop: this runs for every figure of every download file. */
function compact<T extends object>(row: Loose<T>): T {
  const kept: Record<string, unknown> = {};
  for (const key in row) if (row[key] !== undefined) kept[key] = row[key];
  return kept as T;
}
