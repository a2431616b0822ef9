import { periodEndDate } from '../../core/model/period.ts';
import type { DocumentRecord, Model } from '../../core/model/types.ts';
import { figureIndex } from './figureIndex.ts';

/**
 * The date a document sorts by in lists and timelines: its issue date, else (for an undated
 * draft or an article whose date was not checked) the start of the period it plans for or the
 * end of the latest period its figures describe. Only `issued` is ever shown as the date.
 */
export function documentSortDate(model: Model, document: DocumentRecord): string {
  if (document.issued) return document.issued;
  if (document.effective) return document.effective;
  if (document.period !== undefined) return `${String(document.period).slice(0, 4)}-01-01`;
  const observations = figureIndex(model).observationsByDocument.get(document.id) ?? [];
  const latest = observations.at(-1);
  return latest ? periodEndDate(latest.period) : '';
}

/** Newest first; undated documents with no figures last. */
export function documentsNewestFirst(model: Model, documents: readonly DocumentRecord[]): DocumentRecord[] {
  return documents
    .map((document) => ({ document, date: documentSortDate(model, document) }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.document.id.localeCompare(b.document.id))
    .map(({ document }) => document);
}
