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
  const locator: Locator = readLocator(input);
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
