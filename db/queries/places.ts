/** Institutions and their units with today's capacity, for the Plasser page. */
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { institutions, units } from '../schema.ts';
import type { UnitCapacity } from './capacity.ts';

export interface InstitutionPlaces {
  institutionId: number;
  name: string;
  type: string;
  district: string;
  units: UnitCapacity[];
}

/** The units' capacity (capacity.ts's loadUnitCapacity), grouped by institution and sorted by name. */
export async function listPlaces(db: DbOrTx, capacity: UnitCapacity[]): Promise<InstitutionPlaces[]> {
  if (capacity.length === 0) return [];
  const owners = await db.select({ unitId: units.id, institutionId: units.institutionId }).from(units)
    .where(inArray(units.id, capacity.map((u) => u.unitId)));
  const ownerOf = new Map(owners.map((o) => [o.unitId, o.institutionId]));
  const rows = await db.select().from(institutions).where(inArray(institutions.id, [...new Set(ownerOf.values())]));
  return rows
    .map((i) => ({
      institutionId: i.id, name: i.name, type: i.type, district: i.district,
      units: capacity.filter((u) => ownerOf.get(u.unitId) === i.id).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
