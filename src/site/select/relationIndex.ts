import type { DocumentRecord, Model } from '../../core/model/types.ts';
import type { RelationKind } from '../../core/schema/document.ts';
import { memoizeByModel } from '../../core/model/memoizeByModel.ts';
import { pushToList } from '../../core/model/pushToList.ts';

export interface DocumentLink {
  type: RelationKind;
  document: DocumentRecord;
}

/** Relations read backwards: for each document, the documents that point at it and how. */
export const incomingRelations = memoizeByModel((model: Model): Map<string, DocumentLink[]> => {
  const incoming = new Map<string, DocumentLink[]>();
  for (const document of model.documents) {
    for (const relation of document.relations ?? []) {
      pushToList(incoming, relation.document, { type: relation.type, document });
    }
  }
  return incoming;
});

/** The document's own relations, resolved to documents (dangling ones are validator errors). */
export function outgoingRelations(model: Model, document: DocumentRecord): DocumentLink[] {
  return (document.relations ?? []).flatMap((relation) => {
    const target = model.index.document.get(relation.document);
    return target ? [{ type: relation.type, document: target }] : [];
  });
}
