import type { Qualifier } from '../schema/figures.ts';
import { locatorKey } from '../model/locator.ts';
import type { WordedDiagnostic } from '../diagnostics.ts';
import type { Model } from '../model/types.ts';

/**
 * What a reader can cite about one figure, reduced to plain values so that two versions of the
 * data can be compared field by field (and stored in a release's download).
 */
export interface FigureSnapshot {
  id: string;
  type: 'observation' | 'target';
  indicator: string;
  territory: string;
  /** Period key for observations, due year or date for targets. */
  period: string;
  value?: number;
  range?: { min: number; max: number };
  comparator?: string;
  outOf?: number;
  status?: string;
  qualifier?: Qualifier;
  document: string;
  locator?: string;
  quote?: string;
}

export interface DocumentSnapshot {
  id: string;
  number?: string;
  title: string;
  issued?: string;
  status: string;
  /** The front matter and body, to tell whether anything in the document changed. */
  fingerprint: string;
}

export interface WarningSnapshot {
  code: string;
  file: string;
  message: { vi: string; en: string };
}

export interface DataSnapshot {
  figures: Map<string, FigureSnapshot>;
  documents: Map<string, DocumentSnapshot>;
  warnings: WarningSnapshot[];
}

/** `diagnostics` in words (src/present/diagnosticText.ts), as the diff of a pull request prints them. */
export function snapshotOf(model: Model, diagnostics: readonly WordedDiagnostic[] = []): DataSnapshot {
  const figures = new Map<string, FigureSnapshot>();
  for (const o of model.observations) {
    figures.set(o.id, withoutUndefined<FigureSnapshot>({
      id: o.id,
      type: 'observation',
      indicator: o.indicator,
      territory: o.territory,
      period: o.period.key,
      value: o.value,
      outOf: o.out_of,
      status: o.status,
      qualifier: o.qualifier,
      document: o.source.document,
      locator: o.source.locator === undefined ? undefined : locatorKey(o.source.locator),
      quote: o.source.quote,
    }));
  }
  for (const t of model.targets) {
    figures.set(t.id, withoutUndefined<FigureSnapshot>({
      id: t.id,
      type: 'target',
      indicator: t.indicator,
      territory: t.territory,
      period: String(t.by),
      value: t.value,
      range: t.range,
      comparator: t.comparator,
      qualifier: t.qualifier,
      document: t.source.document,
      locator: t.source.locator === undefined ? undefined : locatorKey(t.source.locator),
      quote: t.source.quote,
    }));
  }
  const documents = new Map<string, DocumentSnapshot>();
  for (const d of model.documents) {
    const { origin: _origin, parsedNumber: _parsed, bodyFirstLine: _line, ...content } = d;
    documents.set(d.id, withoutUndefined<DocumentSnapshot>({
      id: d.id,
      number: d.number,
      title: d.title.vi,
      issued: d.issued,
      status: d.status,
      fingerprint: JSON.stringify(content),
    }));
  }
  const warnings = diagnostics
    .filter((d) => d.severity === 'warning')
    .map((d) => ({ code: d.code, file: d.file, message: d.message }));
  return { figures, documents, warnings };
}

/** Drops absent fields, so that "no quote" and "quote: undefined" compare and serialise alike. */
type Loose<T> = { [K in keyof T]: T[K] | undefined };
function withoutUndefined<T extends object>(record: Loose<T>): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
