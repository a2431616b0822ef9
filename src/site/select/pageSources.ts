import { sourceQualityFlags, type SourceQualityFlag } from '../../core/derive/sourceQuality.ts';
import type { DocumentRecord, Model, Observation, Target } from '../../core/model/types.ts';
import { sourceAnchorAt } from '../cite/sourceAnchor.ts';
import { documentsNewestFirst } from './documentDate.ts';

/** One document a page cites, listed once at the end of the page in full. */
export interface PageSource {
  /** The document id as the figures name it (a figure whose document the data lacks keeps its id). */
  id: string;
  /** The entry's anchor, which each row's reference links to (sourceAnchor.ts). */
  anchor: string;
  document: DocumentRecord | undefined;
  /**
   * The document's cautions, said once in its entry: those of the document itself (an unidentified
   * publisher, an aggregator, no date) and "no verbatim quote" when none of the page's figures from
   * it is quoted. A draft is said by the reference itself (" (dự thảo)").
   */
  flags: SourceQualityFlag[];
}

/** The sources of a page whose rows name them by a short reference (see FigureTable's `sources`). */
export interface PageSources {
  list: PageSource[];
  /** Documents whose entry says "no verbatim quote" for every figure of the page: their rows do not repeat it. */
  unquotedThroughout: ReadonlySet<string>;
  /** The anchor of each document's entry, by document id. */
  anchors: ReadonlyMap<string, string>;
}

/**
 * Each document the figures cite, once, newest first (the reports a reader looks for first), and
 * which of them back no figure here with a quote. At national scale a commune page cites the same
 * half-dozen reports in its two hundred rows: naming each in full once, and each row by its number,
 * is what keeps the page light without losing a word of the reference.
 */
export function pageSources(model: Model, figures: readonly (Observation | Target)[]): PageSources {
  const quoted = new Map<string, boolean>();
  for (const figure of figures) quoted.set(figure.source.document, (quoted.get(figure.source.document) ?? false) || figure.source.quote !== undefined);
  const known = documentsNewestFirst(
    model,
    [...quoted.keys()].flatMap((id) => model.index.document.get(id) ?? []),
  );
  const unknown = [...quoted.keys()].filter((id) => !model.index.document.has(id)).sort();
  const unquotedThroughout = new Set([...quoted].filter(([, any]) => !any).map(([id]) => id));
  const list = [...known.map((document) => document.id), ...unknown].map((id, index): PageSource => {
    const document = model.index.document.get(id);
    // The document's own flags are those of any figure it sources, less what depends on the figure.
    const sample = figures.find((figure) => figure.source.document === id)!;
    const own = sourceQualityFlags(model, sample).filter((flag) => flag !== 'no-quote' && flag !== 'draft');
    return { id, anchor: sourceAnchorAt(index), document, flags: unquotedThroughout.has(id) ? ['no-quote', ...own] : own };
  });
  return { list, unquotedThroughout, anchors: new Map(list.map((source) => [source.id, source.anchor])) };
}
