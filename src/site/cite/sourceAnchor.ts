/**
 * The anchor of an entry in a page's list of sources (PageSources.astro), which each row's short
 * reference links to: its number in the list, "S1", "S2"… A row repeated the document's id in its
 * link (#src-bao-cao-tinh-10-2025, 24 bytes) two hundred times on a commune page; the entry itself
 * names its document (data-document), which is all the browser needs to give rows their ids back.
 * Upper case, which no id of the data may use (they are lower-case slugs), so no anchor collides.
 */
export const SOURCE_ANCHOR_PREFIX = 'S';

/** The anchor of the entry at `index` (from 0) in the page's list. */
export function sourceAnchorAt(index: number): string {
  return `${SOURCE_ANCHOR_PREFIX}${index + 1}`;
}

/** The selector of a row's reference to the page's list of sources. */
export const SOURCE_REFERENCE = `a[href^="#${SOURCE_ANCHOR_PREFIX}"]`;

/** The document a reference (its href, "#S3") names: its entry's data-document. */
export function referencedDocumentId(root: Document, href: string | null | undefined): string | undefined {
  if (!href?.startsWith(`#${SOURCE_ANCHOR_PREFIX}`)) return undefined;
  return root.getElementById(href.slice(1))?.dataset['document'];
}
