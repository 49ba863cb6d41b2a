import type { Applicant, Unit } from './snapshot';

/** Why a unit cannot take an applicant (hard rule 2), or null if it can. */
export type Unfit = 'kind' | 'tags' | 'onlyFor' | 'excluded' | 'occupied' | null;

/**
 * Hard rule 2 for a final admission: own kind, all required tags, the unit's `onlyFor` needs
 * among them (v2), not excluded, not the unit the applicant occupies now.
 */
export function unfitReason(a: Applicant, u: Unit): Unfit {
  if (u.kind !== a.kind) return 'kind';
  if (!a.requires.every((t) => u.tags.includes(t))) return 'tags';
  if (!onlyForMet(u, a.requires)) return 'onlyFor';
  if (a.excludedUnits?.includes(u.id)) return 'excluded';
  if (a.location.type === 'unit' && a.location.unitId === u.id) return 'occupied';
  return null;
}

/** True if `u` may take `a` under hard rule 2. */
export function canTake(a: Applicant, u: Unit): boolean {
  return unfitReason(a, u) === null;
}

/**
 * Hard rule 2 for an interim stay (v2): a korttid unit with every tag of `interim.requires`,
 * whose `onlyFor` needs are among them, not excluded. Null if `a` has no interim option.
 */
export function interimUnfitReason(a: Applicant, u: Unit): Unfit {
  const needs = a.interim?.requires;
  if (needs === undefined || u.kind !== 'korttid') return 'kind';
  if (!needs.every((t) => u.tags.includes(t))) return 'tags';
  if (!onlyForMet(u, needs)) return 'onlyFor';
  if (a.excludedUnits?.includes(u.id)) return 'excluded';
  return null;
}

/** True if `a` may wait for its own place in korttid unit `u` (interim stay, v2). */
export function canTakeInterim(a: Applicant, u: Unit): boolean {
  return interimUnfitReason(a, u) === null;
}

/** A unit `onlyFor` some needs takes only people who need all of them (v2; v1 units have none). */
function onlyForMet(u: Unit, needs: readonly string[]): boolean {
  return (u.onlyFor ?? []).every((t) => needs.includes(t));
}

/** Unit id the applicant occupies now (location `unit`), if any. */
export function occupiedUnit(a: Applicant): string | undefined {
  return a.location.type === 'unit' ? a.location.unitId : undefined;
}
