import type { SnapshotError } from './snapshot-messages';

/**
 * Cross-field rules of snapshot v2 that the schema cannot express (onlyFor ⊆ tags, bookings
 * within the unit's places, interim only for langtid/bofellesskap from home or hospital,
 * partners mutual and of the same kind, neither with interim). Works on untrusted input.
 * TODO(validation helper): implement every rule of ../shared/planning-snapshot.md.
 */
export function checkSnapshotV2Rules(_input: unknown): SnapshotError[] {
  return [];
}
