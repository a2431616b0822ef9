import type { Model, Place, Target } from '../../core/model/types.ts';
import { placeIndex } from './placeIndex.ts';

/**
 * The targets a place answers for: its own, its sub-units' (districts, communes) and those of the
 * groups under it; for a group, its own and its members'. A province's scorecard counts the old
 * Nậm Chày commune's target because the commune was part of it.
 */
export function targetsWithin(model: Model, place: Place): Target[] {
  const index = placeIndex(model);
  const places = new Set<string>([place.id]);
  if (place.kind === 'group') {
    for (const member of place.members) places.add(member);
  } else {
    const queue = [place.id];
    while (queue.length > 0) {
      const id = queue.pop()!;
      for (const child of index.childrenByParent.get(id) ?? []) {
        if (!places.has(child.id)) {
          places.add(child.id);
          queue.push(child.id);
        }
      }
    }
    for (const group of model.groups) if (group.parent && places.has(group.parent)) places.add(group.id);
  }
  return model.targets.filter((target) => places.has(target.territory));
}
