import { foldDiacritics } from '../../core/text/foldDiacritics.ts';

/**
 * Words a page should also be found by, beyond its visible text: its title as typed without
 * diacritics ("nam chay" for "Nậm Chày"), and its other names with and without them. The search
 * index matches words as written, so the folded forms must be indexed too.
 */
export function searchTerms(title: string, otherNames: readonly string[] = []): string {
  const terms = new Set([foldDiacritics(title), ...otherNames, ...otherNames.map(foldDiacritics)]);
  terms.delete(title);
  return [...terms].join(' · ');
}
