/** What the search page knows of a result: its title and the metadata the page declared. */
export interface RankedResult {
  meta: { title?: string; figures?: string };
}

/** "Xã Nậm Chày (đến 30/6/2025)" and "Xã Nậm Chày (từ 1/7/2025)" are one name with two dates. */
export function nameWithoutDates(title: string): string {
  return title.replace(/\s*\([^()]*\)\s*$/, '').trim();
}

/**
 * Among results that share a name (a commune before and after a merger), the place with figures
 * of its own comes first, where the first of them stood: a reader typing "nam chay" wants the
 * commune whose poverty rate was published, and the other is one link away from it. Pagefind's
 * relevance alone ranked the new, figure-less Nậm Chày first. Other results keep their order.
 */
export function placesWithFiguresFirst<T extends RankedResult>(results: readonly T[]): T[] {
  const ordered = [...results];
  const byName = new Map<string, number[]>();
  ordered.forEach((result, i) => {
    const name = nameWithoutDates(result.meta.title ?? '');
    if (name) byName.set(name, [...(byName.get(name) ?? []), i]);
  });
  for (const positions of byName.values()) {
    if (positions.length < 2) continue;
    const members = positions.map((i) => results[i]!);
    const sorted = [...members.filter((r) => r.meta.figures), ...members.filter((r) => !r.meta.figures)];
    positions.forEach((position, k) => (ordered[position] = sorted[k]!));
  }
  return ordered;
}
