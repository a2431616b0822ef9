import type { Group, Model, Place, Territory } from '../../core/model/types.ts';
import { memoizeByModel } from '../../core/model/memoizeByModel.ts';
import { pushToList } from '../../core/model/pushToList.ts';

export interface PlaceIndex {
  childrenByParent: Map<string, Territory[]>;
  groupsByMember: Map<string, Group[]>;
  /** Territories with no parent: provinces, the roots of the territory index. */
  roots: Territory[];
}

const LEVEL_ORDER = { province: 0, district: 1, commune: 2 } as const;

/** Names in Vietnamese alphabetical order (Ă after A, Đ after D…), the order readers expect. */
const collator = new Intl.Collator('vi');

export function compareTerritories(a: Territory, b: Territory): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || collator.compare(a.name, b.name) || (a.valid_from ?? '').localeCompare(b.valid_from ?? '');
}

export const placeIndex = memoizeByModel((model: Model): PlaceIndex => {
  const childrenByParent = new Map<string, Territory[]>();
  const roots: Territory[] = [];
  for (const territory of [...model.territories].sort(compareTerritories)) {
    if (territory.parent) pushToList(childrenByParent, territory.parent, territory);
    else roots.push(territory);
  }
  const groupsByMember = new Map<string, Group[]>();
  for (const group of model.groups) for (const member of group.members) pushToList(groupsByMember, member, group);
  return { childrenByParent, groupsByMember, roots };
});

/** The territory's parents up to the province, nearest first. */
export function ancestorsOf(model: Model, place: Place): Territory[] {
  const ancestors: Territory[] = [];
  const seen = new Set<string>([place.id]);
  let parentId = place.parent;
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = model.index.place.get(parentId);
    if (!parent || parent.kind !== 'territory') break;
    ancestors.push(parent);
    parentId = parent.parent;
  }
  return ancestors;
}

/** Groups that list the place as a member, and groups that list any of its ancestors. */
export function groupsContaining(model: Model, place: Place): Group[] {
  const { groupsByMember } = placeIndex(model);
  const ids = [place.id, ...ancestorsOf(model, place).map((ancestor) => ancestor.id)];
  return [...new Set(ids.flatMap((id) => groupsByMember.get(id) ?? []))];
}
