import { dataVersionLabel, type DataVersion } from '../model/dataVersion.ts';
import type { Model, Observation, Place, Target } from '../model/types.ts';
import type { DocumentRow, FigureRow, IndicatorRow, TerritoryRow } from './rowSchemas.ts';

export interface ExportContext {
  version: DataVersion;
  /** Absolute permalink of a figure on the site (the site decides its URLs). */
  permalink: (figure: Observation | Target) => string;
}

/**
 * Every figure as one flat row, values exactly as stored: the downloads must round-trip every
 * figure, so nothing here rounds or formats.
 */
export function figureRows(model: Model, figures: readonly (Observation | Target)[], context: ExportContext): FigureRow[] {
  const disputed = new Set<string>();
  const inconsistent = new Set<string>();
  for (const finding of model.findings) for (const id of finding.observationIds) (finding.kind === 'conflict' ? disputed : inconsistent).add(id);
  const version = dataVersionLabel(context.version, 'en');

  return figures.map((figure) => {
    const indicator = model.index.indicator.get(figure.indicator);
    const place = model.index.place.get(figure.territory);
    const document = model.index.document.get(figure.source.document);
    const isObservation = 'period' in figure;
    return compact<FigureRow>({
      figure_id: figure.id,
      figure_type: isObservation ? 'observation' : 'target',
      indicator_id: figure.indicator,
      indicator_name_vi: indicator?.name.vi ?? figure.indicator,
      indicator_name_en: indicator?.name.en,
      unit: indicator?.unit ?? '',
      territory_id: figure.territory,
      territory_name: placeName(place) ?? figure.territory,
      territory_code: place?.kind === 'territory' ? place.code : undefined,
      period: isObservation ? figure.period.key : String(figure.by),
      value: figure.value,
      range_min: isObservation ? undefined : figure.range?.min,
      range_max: isObservation ? undefined : figure.range?.max,
      comparator: isObservation ? undefined : figure.comparator,
      out_of: isObservation ? figure.out_of : undefined,
      approximate: isObservation ? figure.approximate === true : false,
      status: isObservation ? figure.status : undefined,
      plan_id: figure.plan,
      source_document_id: figure.source.document,
      source_document_number: document?.number,
      source_document_title: document?.title.vi ?? figure.source.document,
      source_document_date: document?.issued,
      source_locator: figure.source.locator,
      source_quote: figure.source.quote,
      disputed: disputed.has(figure.id),
      inconsistent: inconsistent.has(figure.id),
      permalink: context.permalink(figure),
      data_version: version,
    });
  });
}

export function placeName(place: Place | undefined): string | undefined {
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
function compact<T extends object>(row: Loose<T>): T {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as T;
}
