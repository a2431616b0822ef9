import { referencedDocumentId, SOURCE_REFERENCE } from './sourceAnchor.ts';

/**
 * A result's id is what identifies it: indicator, place, period and source document
 * (src/core/model/figureIds.ts). On a territory page the table already says each of them: the
 * table is one indicator for one place, the row's first cell its period, its reference the
 * document. So a result's row there carries no id of its own (48 bytes a row, 9 KB of a commune
 * page of 185 results): the table names the shared start once (data-figure-ids, or its caption's
 * id, figureIdsCaption) and the browser
 * gives each row its id back from the rest. The figure's permalink, where every citation and every
 * link of the site points, is its row on the indicator's page, which keeps its id in the HTML;
 * these ids serve Cite (citeOnPage.ts) and an address that names a row of this page.
 * A row whose id the server finds is not derived this way (an id written in the data) keeps it.
 */

/** A period as the id writes it: "2023", "2023-10-31", "2021-2023" (the page prints a span with an en dash). */
export function periodKeyOfText(text: string): string {
  return text.trim().replace('–', '-');
}

export function derivedFigureId(prefix: string, periodKey: string, documentId: string): string {
  return `${prefix}${periodKey}--${documentId}`;
}

/** The start that a table's results' ids share: `<indicator>--<place>--`. */
export function figureIdPrefix(indicator: string, territory: string): string {
  return `${indicator}--${territory}--`;
}

/**
 * The id of a table's caption that says its results' ids' start, `<indicator>--<place>--caption`
 * (a territory page's blocks, IndicatorBlock.astro): such a table carries no data-figure-ids.
 */
export function figureIdsCaption(prefix: string): string {
  return `${prefix}caption`;
}

/** The start a table's results' ids share, from data-figure-ids or its caption's id; none for another table. */
function idPrefixOf(table: HTMLTableElement): string | undefined {
  const written = table.dataset['figureIds'];
  if (written !== undefined) return written;
  const caption = table.caption?.id;
  return caption?.endsWith('--caption') ? caption.slice(0, caption.length - 'caption'.length) : undefined;
}

/** The document a row's reference links to in the page's list of sources (#S1, sourceAnchor.ts). */
function referencedDocument(root: Document, row: HTMLTableRowElement): string | undefined {
  return referencedDocumentId(root, row.querySelector(SOURCE_REFERENCE)?.getAttribute('href'));
}

/**
 * Gives back each result's row its id, from its table's shared start, its period cell (a <time>
 * for a single day) and its reference; returns the row the page's address names, if it is one of
 * them (the browser found no such element when the page loaded, so the caller shows it).
 */
export function restoreRowIds(root: Document): HTMLTableRowElement | undefined {
  const named = decodeURIComponent(root.location?.hash.slice(1) ?? '');
  let namedRow: HTMLTableRowElement | undefined;
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-figure-ids], table.figures--refs')) {
    const prefix = idPrefixOf(table);
    if (prefix === undefined) continue;
    for (const row of table.tBodies[0]?.rows ?? []) {
      if (row.id) continue;
      const period = row.cells[0];
      const key = period?.querySelector('time')?.getAttribute('datetime') ?? periodKeyOfText(period?.textContent ?? '');
      const document = referencedDocument(root, row);
      if (!key || !document) continue;
      row.id = derivedFigureId(prefix, key, document);
      if (row.id === named) namedRow = row;
    }
  }
  return namedRow;
}
