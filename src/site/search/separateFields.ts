/**
 * Elements a browser lays out as blocks (and table parts). White space next to one of them is
 * never drawn: it falls at the start or end of a line, or between table cells.
 */
const BLOCKS =
  'address|article|aside|blockquote|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
// A tag's name ends at ASCII white space or ">", as HTML reads it (JavaScript's \s also takes in
// the no-break space and other Unicode spaces, which no tag is written with).
const BOUNDARY = new RegExp(`(</(?:${BLOCKS})>)(?=<[a-z])|(</[a-z][a-z0-9]*>)(?=<(?:${BLOCKS})[\\t\\n\\f\\r >])`, 'g');

/**
 * Pagefind joins the text of neighbouring elements as written, and Astro writes no space between
 * `</dt><dd>` or a heading and the paragraph after it, so search excerpts read "Mã đơn vị hành
 * chính03076". A line break wherever a block ends or begins inside <main> (what Pagefind reads)
 * keeps the words apart in the index and changes nothing a reader sees: such white space is
 * never drawn. Written into the published page itself, so Pagefind can index the folder as it
 * is, on every core, instead of being handed each page rewritten one at a time.
 */
export function separateFields(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end < start) return html;
  return html.slice(0, start) + html.slice(start, end).replace(BOUNDARY, (match) => `${match}\n`) + html.slice(end);
}

/**
 * separateFields on a page's UTF-8 bytes, giving bytes. The tags it looks for are ASCII, and UTF-8
 * never uses a byte below 0x80 inside a character of several bytes, so they are found the same
 * in the bytes read as one character each (latin1): a copy, where decoding the page and encoding
 * it again cost about 3 s of the page build at 1.000 communes.
 */
export function separateFieldsInBytes(html: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.isBuffer(html) ? html : Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  const separated = Buffer.from(separateFields(bytes.toString('latin1')), 'latin1');
  return new Uint8Array(separated.buffer as ArrayBuffer, separated.byteOffset, separated.byteLength);
}
