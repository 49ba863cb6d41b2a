import type { Applicant, Unit } from './snapshot';

/** Why a unit cannot take an applicant (hard rule 2), or null if it can. */
export type Unfit = 'kind' | 'tags' | 'excluded' | 'occupied' | null;

/** Hard rule 2: own kind, all required tags, not excluded, not the unit the applicant occupies now. */
export function unfitReason(a: Applicant, u: Unit): Unfit {
  if (u.kind !== a.kind) return 'kind';
  if (!a.requires.every((t) => u.tags.includes(t))) return 'tags';
  if (a.excludedUnits?.includes(u.id)) return 'excluded';
  if (a.location.type === 'unit' && a.location.unitId === u.id) return 'occupied';
  return null;
}

/** True if `u` may take `a` under hard rule 2. */
export function canTake(a: Applicant, u: Unit): boolean {
  return unfitReason(a, u) === null;
}

/** Unit id the applicant occupies now (location `unit`), if any. */
export function occupiedUnit(a: Applicant): string | undefined {
  return a.location.type === 'unit' ? a.location.unitId : undefined;
}
