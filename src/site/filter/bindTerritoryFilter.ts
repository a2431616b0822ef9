import { filterTree, foldForFilter, type FilterNode } from './filterTree.ts';

/**
 * The filter above the territory index. Without JavaScript the index is a list of plain links
 * (folded per province at national scale); this only adds a box that narrows the lists as one
 * types, without case or diacritics ("nam chay" finds Nậm Chày), starting from the ?q= the home
 * page's search form sends, so the page works the same for readers whose script never runs.
 */
export function bindTerritoryFilter(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-territory-filter]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const status = box?.querySelector<HTMLElement>('[role="status"]');
  if (!box || !input || !status) return;

  const elements = new Map<FilterNode, HTMLElement>();
  const nodeOf = (element: HTMLElement, text: string, childItems: Iterable<HTMLElement>): FilterNode => {
    const node: FilterNode = { text, children: [...childItems].map(itemNode) };
    elements.set(node, element);
    return node;
  };
  const itemNode = (item: HTMLElement): FilterNode =>
    nodeOf(item, item.querySelector(':scope > a')?.textContent ?? '', item.querySelectorAll<HTMLElement>(':scope > ul > li'));
  // At national scale one folded section per province; on a small site one tree of places.
  const sections = [...root.querySelectorAll<HTMLDetailsElement>('details[data-province]')];
  const roots =
    sections.length > 0
      ? sections.map((section) => nodeOf(section, section.dataset['province'] ?? '', section.querySelectorAll<HTMLElement>(':scope > ul > li')))
      : [...root.querySelectorAll<HTMLElement>('[data-filter-tree] > ul > li')].map(itemNode);
  const places = elements.size - sections.length;

  const apply = () => {
    const query = input.value;
    const visible = filterTree(roots, query);
    let matches = 0;
    for (const [node, element] of elements) {
      element.hidden = !visible.has(node);
      if (visible.has(node) && element.tagName === 'LI') matches += 1;
    }
    const active = foldForFilter(query) !== '';
    for (const section of sections) section.open = active && !section.hidden;
    status.textContent = active ? (matches === 0 ? (box.dataset['none'] ?? '') : (box.dataset['count'] ?? '{count}').replace('{count}', matches.toLocaleString(root.documentElement.lang))) : '';
  };
  box.hidden = false;
  input.addEventListener('input', apply);
  // The home page's search form lands here with ?q=nam+chay.
  const asked = new URL(root.location?.href ?? 'http://localhost/').searchParams.get('q');
  if (asked && input.value === '') input.value = asked;
  if (places > 0 && input.value !== '') apply();
}
