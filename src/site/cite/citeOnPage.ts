import type { Locale } from '../../core/format/formatNumber.ts';
import { citationFromParts, type CitationParts } from '../../present/citationWording.ts';
import { ownText } from '../format/ownText.ts';
import { restoreRowIds } from './rowIds.ts';
import { SOURCE_REFERENCE } from './sourceAnchor.ts';

/**
 * A commune page does not carry each figure's citation in its HTML (two hundred of them were most
 * of the page's weight); each row names its source by a short reference to the page's list of
 * sources (PageSources.astro). Here each row gets its Cite disclosure, and opening it composes the
 * citation from what the page already shows: the row (period, amount, locator, quote), its table
 * (indicator and place, the permalink's page), the document's entry (the full reference, its
 * address and cautions) and the page's version stamp. The words come from citationFromParts, the
 * function the server words every citation with, so the text is the one the figure's own page prints.
 */
export function addCiteButtons(root: Document): void {
  // A territory page's results' rows carry their ids in their cells (rowIds.ts); the row the
  // address names is shown once the buttons, which lengthen the rows above it, are in place.
  const namedRow = restoreRowIds(root);
  const sources = root.querySelector<HTMLElement>('section.figure-sources[data-cite-version]');
  if (!sources) return;
  const locale: Locale = root.documentElement.lang === 'en' ? 'en' : 'vi';
  for (const figure of root.querySelectorAll<HTMLTableRowElement | HTMLTableCellElement>(
    'table.figures--refs tr[id], table[data-cite-subject] tr[id], table[data-cite-targets] tr[id], table.figures-grid td[id]',
  )) {
    // A grid's figure is a cell, which cites in itself; a plan's targets table cites in its target
    // cell (the second); the others in their last.
    const cell = figure instanceof HTMLTableCellElement ? figure : figure.closest('table')?.dataset['citeTargets'] !== undefined ? figure.cells[1] : figure.cells[figure.cells.length - 1];
    if (!cell || cell.querySelector('.cite')) continue;
    const details = root.createElement('details');
    details.className = 'cite';
    const summary = root.createElement('summary');
    summary.textContent = sources.dataset['citeLabel'] ?? '';
    details.append(summary);
    details.addEventListener('toggle', () => {
      if (!details.open || details.querySelector('.cite__item')) return;
      const parts = citationPartsOf(figure, sources, root);
      if (parts) details.append(citeItem(root, parts, locale, sources));
    });
    cell.append(details);
  }
  namedRow?.scrollIntoView();
}

/**
 * The parts of a figure's citation, read from the page; undefined when the page lacks one of them.
 * The figure is a table's row, or a grid's cell (FigureGrid.astro).
 */
export function citationPartsOf(figure: HTMLTableRowElement | HTMLTableCellElement, sources: HTMLElement, root: Document): CitationParts | undefined {
  const table = figure.closest('table');
  const row = figure instanceof HTMLTableCellElement ? (figure.parentElement as HTMLTableRowElement) : figure;
  const fields = figure instanceof HTMLTableCellElement ? gridFields(figure) : table?.dataset['citeTargets'] !== undefined ? targetFields(row) : figureFields(row);
  if (!fields) return undefined;
  const { when, target, amount, cell } = fields;
  const link = cell.querySelector<HTMLAnchorElement>(SOURCE_REFERENCE);
  const entry = link ? root.getElementById(link.getAttribute('href')!.slice(1)) : null;
  const reference = entry?.querySelector<HTMLElement>('.figure-sources__ref');
  // On an indicator's page each row is a place: the subject is the indicator (the table's) and the
  // place the row's first cell names.
  const byPlace = table?.dataset['citeByPlace'] !== undefined;
  const tableSubject = table?.dataset['citeSubject'] ?? (table ? subjectInCaption(table, sources) : undefined);
  const place = (row.cells[0]?.textContent ?? '').trim();
  const subject = figure.dataset['citeSubject'] ?? (byPlace && tableSubject !== undefined ? `${tableSubject}, ${place}` : tableSubject);
  const page = figure.dataset['citePage'] ?? table?.dataset['citePage'];
  const version = sources.dataset['citeVersion'];
  if (!entry || !reference || subject === undefined || page === undefined || version === undefined) return undefined;
  // The document is known to the data when its entry links to its page; then the row's locator counts.
  const known = reference instanceof HTMLAnchorElement;
  // The locator is the cell's own text after the reference (", phụ lục 1"), outside any element.
  const ownText = [...cell.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('');
  const locator = known ? ownText.trim().replace(/^,\s*/, '') || undefined : undefined;
  const url = known ? entry.querySelector('.figure-sources__url')?.textContent ?? undefined : undefined;
  const quote = cell.querySelector('q.quote')?.textContent ?? undefined;
  // "No verbatim quote" is the one caution that belongs to the figure: the row says it, or the
  // entry says it for every figure of the document; the entry's others belong to the document.
  const noQuote = quote === undefined ? (cell.querySelector('.source-flag--no-quote') ?? entry.querySelector('.source-flag--no-quote'))?.textContent ?? undefined : undefined;
  const documentCautions = [...entry.querySelectorAll('.source-flag:not(.source-flag--no-quote)')].map((flag) => flag.textContent ?? '');
  return {
    subject,
    when,
    target,
    amount,
    ...(figure.dataset['citeStatus'] ? { status: figure.dataset['citeStatus'] } : {}),
    source: reference.textContent ?? '',
    ...(locator ? { locator } : {}),
    ...(url ? { url } : {}),
    cautions: [...(noQuote ? [noQuote] : []), ...documentCautions],
    ...(quote ? { quote } : {}),
    version,
    permalink: `${page}#${figure.id}`,
  };
}

/**
 * The subject a territory page's table names in its caption ("Bảng số liệu: Tỷ lệ hộ nghèo, Nậm
 * Chày"), after the words the page's list of sources gives (data-cite-caption); the table then
 * carries no data-cite-subject (FigureTable.astro).
 */
function subjectInCaption(table: HTMLTableElement, sources: HTMLElement): string | undefined {
  const words = sources.dataset['citeCaption'];
  const caption = table.caption ? ownText(table.caption) : undefined;
  return words !== undefined && caption?.startsWith(words) ? caption.slice(words.length) : undefined;
}

/** What a row says of its figure: when, whether a target, how much, and the element naming its source. */
interface RowFields {
  when: string;
  target: boolean;
  amount: string;
  cell: HTMLElement;
}

/**
 * A figure's amount in its cell (Amount.astro): a <data> holding the number, a span when there is
 * no single number, or a <b> when its printed number is the value.
 */
const AMOUNT = 'data, .number, b';

/** A figure table's row (FigureTable): its last three cells say when, how much, from where. */
function figureFields(row: HTMLTableRowElement): RowFields | undefined {
  const [period, value, cell] = [...row.cells].slice(-3);
  const amount = value?.querySelector<HTMLElement>(AMOUNT)?.textContent ?? '';
  if (!period || !amount || !cell) return undefined;
  return { ...periodFields(period), amount, cell };
}

/**
 * When a figure's period cell or its grid column's header says, and whether it is a target's:
 * "Mục tiêu 2025" reads as the deadline after the word.
 */
function periodFields(period: HTMLElement): Pick<RowFields, 'when' | 'target'> {
  const kind = period.querySelector('.kind-target');
  return { when: (period.textContent ?? '').slice(kind?.textContent?.length ?? 0).trim(), target: kind !== null };
}

/**
 * A grid's cell (FigureGrid.astro): its column's header says when (a target's reads "Mục tiêu
 * 2025") and, unless the cell names a source of its own under its amount, where from.
 */
function gridFields(cell: HTMLTableCellElement): RowFields | undefined {
  const header = cell.closest('table')?.tHead?.rows[0]?.cells[cell.cellIndex];
  const period = header?.querySelector<HTMLElement>('.figures-grid__when');
  const amount = cell.querySelector<HTMLElement>(AMOUNT)?.textContent ?? '';
  const source = cell.querySelector<HTMLElement>('.figures-grid__source') ?? header?.querySelector<HTMLElement>('.figures-grid__source');
  if (!period || !amount || !source) return undefined;
  return { ...periodFields(period), amount, cell: source };
}

/** A plan's targets table's row (TargetsTable): its target cell holds the amount, "(2025)" and the source note. */
function targetFields(row: HTMLTableRowElement): RowFields | undefined {
  const value = row.cells[1];
  const amount = value?.querySelector<HTMLElement>('.number');
  const due = value?.querySelector<HTMLElement>('.target-due');
  const cell = value?.querySelector<HTMLAnchorElement>(SOURCE_REFERENCE)?.parentElement;
  if (!amount || !due || !cell) return undefined;
  return { when: (due.textContent ?? '').trim().replace(/^\((.*)\)$/, '$1'), target: true, amount: amount.textContent ?? '', cell };
}

/** The citation and its copy button, as the figure's own page shows them (FigureCitation.astro). */
function citeItem(root: Document, parts: CitationParts, locale: Locale, sources: HTMLElement): HTMLElement {
  const item = root.createElement('div');
  item.className = 'cite__item';
  const text = root.createElement('p');
  text.className = 'cite__text';
  text.lang = locale;
  text.textContent = citationFromParts(parts, locale);
  const copy = root.createElement('button');
  copy.type = 'button';
  copy.className = 'cite__copy';
  copy.textContent = sources.dataset['citeCopy'] ?? '';
  copy.addEventListener('click', () => {
    // The copy carries the reader's access date, which the page cannot know in advance.
    const today = new Date();
    const accessDate = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    navigator.clipboard.writeText(citationFromParts({ ...parts, accessDate }, locale)).then(
      () => (copy.textContent = sources.dataset['citeCopied'] ?? ''),
      () => getSelection()?.selectAllChildren(text),
    );
  });
  item.append(text, copy);
  return item;
}
