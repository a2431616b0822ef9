/**
 * Editors disagree on encodings: Windows Notepad adds a BOM and CRLF, macOS writes NFD
 * ("Tả Thàng" as base letters plus combining marks). Everything is compared after this, so that
 * the same name typed on two machines is the same name.
 */
export function normalizeText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // Most files have no carriage return; looking for one is far cheaper than a replace that finds none.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text.normalize('NFC');
}
