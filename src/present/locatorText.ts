import type { Locale } from '../core/format/formatNumber.ts';
import { readLocator, type Locator } from '../core/model/locator.ts';
import type { LocatorInput } from '../core/schema/locator.ts';
import { LOCATOR_WORDS } from './phrases.ts';

/**
 * Where in the document, in the reader's language: "mục II.1, đoạn 4" / "section II.1,
 * paragraph 4"; "đoạn mở đầu" / "opening paragraph"; a heading is quoted as the document prints
 * it ("section “Tập trung nguồn lực”"), since it is the document's own words.
 */
export function locatorText(input: LocatorInput, locale: Locale): string {
  if (typeof input !== 'string') return partsText(input, locale);
  const known = worded[locale];
  let text = known.get(input);
  if (text === undefined) {
    // A source's figures share a handful of locators ("phụ lục 2"): each is read once, not once
    // per row of every page (2 s of the page build at 1.000 communes). Emptied when full, so a
    // site whose every figure has its own locator holds at most this many.
    if (known.size >= WORDED_LOCATORS) known.clear();
    text = partsText(readLocator(input), locale);
    known.set(input, text);
  }
  return text;
}

const WORDED_LOCATORS = 10_000;
const worded: Record<Locale, Map<string, string>> = { vi: new Map(), en: new Map() };

function partsText(locator: Locator, locale: Locale): string {
  const words = LOCATOR_WORDS[locale];
  const parts: string[] = [];
  if (locator.annex) parts.push(`${words.annex} ${locator.annex}`);
  for (const other of locator.other ?? []) parts.push(`“${other}”`);
  if (locator.heading) parts.push(`${words.section} “${locator.heading}”`);
  if (locator.section) parts.push(`${words.section} ${locator.section}`);
  if (locator.item) parts.push(`${words.item} ${locator.item}`);
  if (locator.table) parts.push(`${words.table} ${locator.table}`);
  if (locator.row) parts.push(`${words.row} ${locator.row}`);
  if (locator.page) parts.push(`${words.page} ${locator.page}`);
  if (locator.paragraph === 'opening') parts.push(words.opening);
  else if (locator.paragraph === 'closing') parts.push(words.closing);
  else if (locator.paragraph !== undefined) parts.push(`${words.paragraph} ${locator.paragraph}`);
  return parts.join(', ');
}
