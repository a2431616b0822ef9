/**
 * Lets "nam chay" find "Nậm Chày": strips Vietnamese tone and vowel marks and maps đ → d, as
 * people type on phones without a Vietnamese keyboard.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** ASCII slug of a Vietnamese name: "Nậm Chày" → "nam-chay". */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
