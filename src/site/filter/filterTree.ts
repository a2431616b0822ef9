import { foldDiacritics } from '../../core/text/foldDiacritics.ts';

/** A list item of the territory index: its own name and the items nested under it. */
export interface FilterNode {
  text: string;
  children: FilterNode[];
}

/** What readers type and what names read, compared without case, diacritics or extra spaces. */
export function foldForFilter(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The nodes to keep visible for a query: those whose name contains it, the nodes above them (a
 * commune is shown inside its district) and, under a matching province or district, everything
 * it holds. An empty query keeps everything.
 */
export function filterTree(roots: readonly FilterNode[], query: string): Set<FilterNode> {
  const wanted = foldForFilter(query);
  const visible = new Set<FilterNode>();
  const showAll = (node: FilterNode) => {
    visible.add(node);
    node.children.forEach(showAll);
  };
  const visit = (node: FilterNode): boolean => {
    if (wanted === '' || foldForFilter(node.text).includes(wanted)) {
      showAll(node);
      return true;
    }
    let any = false;
    for (const child of node.children) any = visit(child) || any;
    if (any) visible.add(node);
    return any;
  };
  roots.forEach(visit);
  return visible;
}
