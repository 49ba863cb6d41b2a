/** The admin's view of units, and marking a unit «kun for» some of its tags, audited. */
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { institutions, type PlaceKind, units } from '../schema.ts';
import { appendAudit } from './audit.ts';

export interface AdminUnitRow {
  id: number; code: string; name: string; kind: PlaceKind; institution: string; tags: string[]; onlyFor: string[]; active: boolean;
}

/** Every unit, by institution and name. */
export async function listAdminUnits(db: DbOrTx): Promise<AdminUnitRow[]> {
  return db.select({
    id: units.id, code: units.code, name: units.name, kind: units.kind, institution: institutions.name,
    tags: units.tags, onlyFor: units.onlyFor, active: units.active,
  }).from(units).innerJoin(institutions, eq(institutions.id, units.institutionId)).orderBy(asc(institutions.name), asc(units.name));
}

export type OnlyForOutcome =
  | { ok: true; changed: boolean }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'not-a-tag'; tags: string[] };

/**
 * Sets the tags a person must need to be placed in the unit at all (each must be one of the
 * unit's own tags), under a row lock, with its audit entry; unchanged writes nothing.
 */
export async function setUnitOnlyFor(db: DbOrTx, unitId: number, onlyFor: readonly string[], userId: number): Promise<OnlyForOutcome> {
  return db.transaction(async (tx) => {
    const [unit] = await tx.select({ tags: units.tags, onlyFor: units.onlyFor }).from(units).where(eq(units.id, unitId)).for('update');
    if (!unit) return { ok: false, reason: 'not-found' };
    const wanted = [...new Set(onlyFor)].sort();
    const foreign = wanted.filter((t) => !unit.tags.includes(t));
    if (foreign.length) return { ok: false, reason: 'not-a-tag', tags: foreign };
    const before = [...unit.onlyFor].sort();
    if (before.join(',') === wanted.join(',')) return { ok: true, changed: false };
    await tx.update(units).set({ onlyFor: wanted }).where(eq(units.id, unitId));
    await appendAudit(tx, { userId, action: 'unit.only-for', entity: 'unit', entityId: unitId, before: { onlyFor: before }, after: { onlyFor: wanted } });
    return { ok: true, changed: true };
  });
}
