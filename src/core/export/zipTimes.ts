/**
 * Sets every entry's modification time in a ZIP file (an .xlsx is one) to one date, in place. The
 * writer stamps entries with the clock, so two builds of one commit would differ byte for byte;
 * the data version's date is the honest time of the data instead. Walks the central directory
 * (APPNOTE.TXT 4.3.12) and patches each entry's DOS date and time there and in its local header
 * (4.3.7); CRCs cover the contents only, so nothing else changes.
 */
export function setZipTimes(zip: Uint8Array, isoDate: string | null): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const [year, month, day] = (isoDate ?? '1980-01-01').split('-').map(Number) as [number, number, number];
  const dosDate = ((Math.max(year, 1980) - 1980) << 9) | (month << 5) | day;
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a ZIP file: no end of central directory');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('not a ZIP file: broken central directory');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
