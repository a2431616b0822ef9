import type { LocatorInput, LocatorParts } from '../schema/locator.ts';

/** A locator read into its parts; `other` keeps, verbatim, any words the reading did not recognise. */
export type Locator = LocatorParts & { other?: string[] };

const PART_PATTERNS: { pattern: RegExp; read: (match: RegExpExecArray) => Partial<Locator> }[] = [
  { pattern: /mục\s+["“]([^"”]+)["”]/iu, read: (m) => ({ heading: m[1]! }) },
  { pattern: /đoạn\s+mở\s+đầu/iu, read: () => ({ paragraph: 'opening' }) },
  { pattern: /đoạn\s+(?:kết\s+luận|cuối(?:\s+cùng)?)/iu, read: () => ({ paragraph: 'closing' }) },
  { pattern: /đoạn\s+(\d+)/iu, read: (m) => ({ paragraph: Number(m[1]) }) },
  { pattern: /phụ\s+(?:lục|biểu)\s+([\p{L}\d.]+)/iu, read: (m) => ({ annex: m[1]! }) },
  { pattern: /mục\s+([\p{Lu}\d][\p{L}\d.]*)/u, read: (m) => ({ section: m[1]! }) },
  { pattern: /điểm\s+([\p{L}\d.]+)/iu, read: (m) => ({ item: m[1]! }) },
  { pattern: /trang\s+(\d+(?:\s*[–-]\s*\d+)?)/iu, read: (m) => ({ page: m[1]!.replace(/\s*[–-]\s*/, '–') }) },
  { pattern: /bảng\s+([\p{L}\d.]+)/iu, read: (m) => ({ table: m[1]! }) },
  { pattern: /dòng\s+([\p{L}\d.]+)/iu, read: (m) => ({ row: m[1]! }) },
];

/**
 * The parts of a locator, from the parts staff wrote or from the Vietnamese words they typed:
 * "mục II.1, đoạn 4" → { section: "II.1", paragraph: 4 }; 'mục "Tập trung nguồn lực", đoạn 3'
 * → { heading, paragraph: 3 }; "Phương hướng, nhiệm vụ năm 2024, mục 1 (đoạn 22)" → { section: "1",
 * paragraph: 22, other: ["Phương hướng, nhiệm vụ năm 2024"] }. Nothing is dropped: words it does
 * not recognise are kept in `other`, to be shown as written.
 */
export function readLocator(input: LocatorInput): Locator {
  if (typeof input !== 'string') return input;
  let rest = input;
  const locator: Locator = {};
  for (const { pattern, read } of PART_PATTERNS) {
    const match = pattern.exec(rest);
    if (!match) continue;
    const part = read(match);
    // A second "đoạn" or "mục" in one locator is not a structure this reading knows: keep it as text.
    if (Object.keys(part).some((key) => key in locator)) continue;
    Object.assign(locator, part);
    rest = `${rest.slice(0, match.index)}\u0000${rest.slice(match.index + match[0].length)}`;
  }
  const other = rest
    .split('\u0000')
    .map((piece) => piece.replace(/^[\s,;()]+|[\s,;()]+$/g, ''))
    .filter((piece) => piece.length > 0);
  if (other.length > 0) locator.other = other;
  return locator;
}

const PART_ORDER = ['annex', 'heading', 'section', 'item', 'table', 'row', 'page', 'paragraph'] as const;

/**
 * A locator as one string for data that is compared or downloaded (snapshots, CSV): what staff
 * typed, or the parts written out in a fixed order ("section=II.1; paragraph=4"), so the same
 * locator always reads the same and a changed one shows in a diff.
 */
export function locatorKey(input: LocatorInput): string {
  if (typeof input === 'string') return input;
  return PART_ORDER.filter((key) => input[key] !== undefined).map((key) => `${key}=${input[key]}`).join('; ');
}
