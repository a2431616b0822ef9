import type { Agency, DocumentRecord, Model, Place, Task } from '../../core/model/types.ts';
import { PLAN_TYPES } from '../../core/schema/document.ts';
import { figureIndex } from './figureIndex.ts';
import { ancestorsOf, groupsContaining } from './placeIndex.ts';

export function isPlan(document: DocumentRecord): boolean {
  return PLAN_TYPES.includes(document.type);
}

/**
 * Plans that cover a place: their scope names it, one of its groups or one of its parents, or
 * they set a target for it.
 */
export function plansCovering(model: Model, place: Place): DocumentRecord[] {
  const covering = new Set([place.id, ...groupsContaining(model, place).map((g) => g.id), ...ancestorsOf(model, place).map((a) => a.id)]);
  const withTargets = new Set((figureIndex(model).targetsByPlace.get(place.id) ?? []).flatMap((target) => (target.plan ? [target.plan] : [])));
  return model.documents.filter((document) => isPlan(document) && (withTargets.has(document.id) || (document.scope ?? []).some((id) => covering.has(id))));
}

export interface AssignedAgency {
  agency: Agency;
  tasks: Task[];
}

/**
 * The agencies a covering plan assigns to this place: tasks whose lead or partner agency belongs
 * to the place itself or to its district. Province-wide departments are left out here; they
 * serve every commune and are listed on the plan's page.
 */
export function agenciesAssigned(model: Model, place: Place, plans: readonly DocumentRecord[]): AssignedAgency[] {
  if (place.kind !== 'territory') return [];
  const local = new Set([place.id, ...ancestorsOf(model, place).filter((a) => a.level === 'district').map((a) => a.id)]);
  const byAgency = new Map<string, AssignedAgency>();
  for (const plan of plans) {
    for (const task of figureIndex(model).tasksByPlan.get(plan.id) ?? []) {
      for (const agencyId of [task.lead, ...(task.partners ?? [])]) {
        const agency = model.index.agency.get(agencyId);
        if (!agency?.territory || !local.has(agency.territory)) continue;
        const entry = byAgency.get(agency.id) ?? { agency, tasks: [] };
        if (!entry.tasks.includes(task)) entry.tasks.push(task);
        byAgency.set(agency.id, entry);
      }
    }
  }
  return [...byAgency.values()];
}
