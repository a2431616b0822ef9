/**
 * The scheme a browser will follow for an href or src as written in HTML: character references
 * decoded (the HTML parser does that), then tabs and newlines removed and control characters and
 * spaces trimmed (the URL parser does that). Stricter than a browser where it cannot matter:
 * control characters are removed everywhere, so a disguised `javascript:` is never missed.
 * Null for a relative URL.
 */
export function schemeAsBrowserFollows(attributeValue: string): string | null {
  const decoded = attributeValue
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Math.min(Number(decimal), 0x10ffff)))
    .replace(/&(colon|tab|newline|quot|apos|lt|gt|amp);/gi, (_, name: string) => NAMED[name.toLowerCase()]!);
  const cleaned = decoded.replace(/[\u0000-\u0020\u007f]+/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? null;
}

const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };

/** What a reader's click may do: open a web page, write an e-mail, or stay on this site. */
export const SAFE_SCHEMES: readonly (string | null)[] = ['http', 'https', 'mailto', null];
