/**
 * Text reduced to what a reader would call "the same words", so a quote copied from a document
 * is found in it although the two were typed differently: a line break or a no-break space for a
 * space, macOS's decomposed letters (NFD), “curly” for "straight" quotes, an ellipsis character
 * for three dots, and the Markdown marks (**bold**, > quote, \escapes) the document's copy carries
 * and the quoted sentence does not.
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!>"'])/g, '$1')
    .replace(/\*\*|__|(?<![\p{L}\d])[*_]|[*_](?![\p{L}\d])/gu, '')
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/\u2026/g, '...')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/gu, ' ')
    .replace(/ ([,.;:!?)])/g, '$1')
    .trim();
}
