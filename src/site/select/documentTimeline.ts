import type { DocumentRecord, Model } from '../../core/model/types.ts';
import { documentSortDate } from './documentDate.ts';
import { incomingRelations, outgoingRelations, type DocumentLink } from './relationIndex.ts';

export interface TimelineEntry {
  document: DocumentRecord;
  sortDate: string;
  /** The entry's own relations to other documents on the timeline, to print as "Implements: …". */
  links: DocumentLink[];
  isFocus: boolean;
}

/** A resolution → plan → yearly plan → report chain is at most two steps from any plan in it. */
const MAX_STEPS = 2;

/**
 * The documents around a plan, oldest first: the resolution it implements, the yearly plans
 * that implement it, the reports on either. Relations are followed both ways, up to two steps;
 * "mentions" is not followed further (a plan mentions a dozen unrelated documents) but the
 * plan's own mentions are listed.
 */
export function documentTimeline(model: Model, focus: DocumentRecord): TimelineEntry[] {
  const incoming = incomingRelations(model);
  const neighbours = (document: DocumentRecord): DocumentLink[] => [...outgoingRelations(model, document), ...(incoming.get(document.id) ?? [])];
  const included = new Map<string, DocumentRecord>([[focus.id, focus]]);
  let frontier = [focus];
  for (let step = 0; step < MAX_STEPS && frontier.length > 0; step++) {
    const next: DocumentRecord[] = [];
    for (const document of frontier) {
      for (const link of neighbours(document)) {
        if (link.type === 'mentions' && document !== focus) continue;
        if (included.has(link.document.id)) continue;
        included.set(link.document.id, link.document);
        if (link.type !== 'mentions') next.push(link.document);
      }
    }
    frontier = next;
  }
  return [...included.values()]
    .map((document) => ({
      document,
      sortDate: documentSortDate(model, document),
      links: outgoingRelations(model, document).filter((link) => included.has(link.document.id)),
      isFocus: document === focus,
    }))
    .sort((a, b) => (a.sortDate || '9999').localeCompare(b.sortDate || '9999') || a.document.id.localeCompare(b.document.id));
}
