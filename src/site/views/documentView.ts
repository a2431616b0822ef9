import type { Locale } from '../../core/format/formatNumber.ts';
import type { WordedDiagnostic } from '../../core/diagnostics.ts';
import type { DocumentRecord, Finding, Model } from '../../core/model/types.ts';
import { pickText, type PickedText } from '../../present/localizedText.ts';
import { documentLabel, documentShortLabel } from '../format/documentLabel.ts';
import { renderMarkdown } from '../markdown/renderMarkdown.ts';
import { planPath } from '../routes.ts';
import { documentFigureListing, type DocumentFigureListing } from '../select/documentFigureListing.ts';
import { findingsAbout } from '../select/figureIndex.ts';
import { isPlan } from '../select/plansCovering.ts';
import { validatorNotesFor } from '../select/validatorNotes.ts';

export interface DocumentView {
  document: DocumentRecord;
  /** "Kế hoạch 239/KH-UBND", or the type and title of a document without a number. */
  pageTitle: string;
  /** The short label above the title, for a document with a number or a period. */
  kicker?: string | undefined;
  title: PickedText;
  /** A plan's targets and tasks are on its plan page. */
  planHref?: string | undefined;
  /** The validator's warnings about the document itself, in the reader's language. */
  notes: string[];
  figures: DocumentFigureListing;
  /** The disputes and inconsistencies among the figures it states. */
  findings: Finding[];
  /** The body as HTML; empty when the document has none. */
  body: string;
}

/** What a document's page shows, computed from the model; DocumentPage.astro only renders it. */
export function documentView(model: Model, diagnostics: readonly WordedDiagnostic[], id: string, locale: Locale): DocumentView {
  const document = model.index.document.get(id);
  if (!document) throw new Error(`documentView: no document "${id}"`);
  const figures = documentFigureListing(model, id);
  return {
    document,
    pageTitle: documentLabel(document, locale),
    kicker: document.number || document.period !== undefined ? documentShortLabel(document, locale) : undefined,
    title: pickText(document.title, locale),
    planHref: isPlan(document) ? planPath(document.id, locale) : undefined,
    notes: validatorNotesFor(diagnostics, document).map((note) => note.message[locale]),
    figures,
    findings: findingsAbout(model, figures.all.map((figure) => figure.id)),
    body: document.body.trim() === '' ? '' : renderMarkdown(document.body, { topHeadingLevel: 3 }),
  };
}
