import type { Agency, DocumentRecord, Model, Observation, Target } from '../model/types.ts';

/**
 * What weakens the evidence behind a figure, so a reader can tell a quoted official report from
 * an unquoted aggregator at a glance: the row, its citation and the downloads all carry these.
 * - no-quote: the data keeps no sentence of the source stating the figure;
 * - publisher-unknown: the document's publisher is not identified (agency kind `unknown`);
 * - republished: the publisher republishes other outlets' articles (agency kind `aggregator`);
 * - undated: the document has no date of issue or publication;
 * - draft: the document is a draft, not issued.
 */
export const SOURCE_QUALITY_FLAGS = ['no-quote', 'publisher-unknown', 'republished', 'undated', 'draft'] as const;
export type SourceQualityFlag = (typeof SOURCE_QUALITY_FLAGS)[number];

export function sourceQualityFlags(model: Pick<Model, 'index'>, figure: Observation | Target): SourceQualityFlag[] {
  const document = model.index.document.get(figure.source.document);
  const issuer = document ? model.index.agency.get(document.issuer) : undefined;
  return documentFlags(document, issuer, figure.source.quote !== undefined);
}

export function documentFlags(document: DocumentRecord | undefined, issuer: Agency | undefined, quoted: boolean): SourceQualityFlag[] {
  const flags: SourceQualityFlag[] = [];
  if (!quoted) flags.push('no-quote');
  if (!issuer || issuer.kind === 'unknown') flags.push('publisher-unknown');
  if (issuer?.kind === 'aggregator') flags.push('republished');
  if (document && !document.issued) flags.push('undated');
  if (document?.status === 'du-thao') flags.push('draft');
  return flags;
}
