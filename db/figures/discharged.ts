/**
 * Where the patients declared utskrivningsklar in the period went (discharge-ready date in
 * the period). A unit stay of the person that starts on the day the hospital stay ended,
 * or the next day → that unit's kind (an interim korttid stay counts as korttid); else
 * status avmeldt → avmeldt; else discharged (utskrevet) → hjem; still in hospital at the
 * period's end → venter.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import type { PlaceKind } from '../schema.ts';
import type { DayRange } from './shared.ts';
import type { DischargeDestination, DischargeRow } from './types.ts';

export const DESTINATIONS: readonly DischargeDestination[] = ['korttid', 'langtid', 'bofellesskap', 'hjem', 'avmeldt', 'venter'];

export interface ReadyPatient { status: string; endedDate: string | null; nextUnitKind: PlaceKind | null }

/** Hospital stays whose discharge-ready date is in the range, with the kind of the unit stay that followed. */
export async function loadReadyPatients(db: DbOrTx, range: DayRange): Promise<ReadyPatient[]> {
  const rows = await queryRows<{ status: string; ended: string | null; unit_kind: PlaceKind | null }>(db, sql`
    select h.status, h.ended_date::text as ended,
      (select u.kind from unit_stays s join units u on u.id = s.unit_id where s.person_id = h.person_id
        and s.from_date >= h.ended_date and s.from_date <= h.ended_date + 1 order by s.from_date, s.id limit 1) as unit_kind
    from hospital_stays h
    where h.discharge_ready_date >= ${range.from}::date and h.discharge_ready_date < ${range.to}::date`);
  return rows.map((r) => ({ status: r.status, endedDate: r.ended, nextUnitKind: r.unit_kind }));
}

/** Where one patient had gone by the range's end. */
export function destinationOf(p: ReadyPatient, range: DayRange): DischargeDestination {
  if (p.endedDate === null || p.endedDate >= range.to) return 'venter';
  if (p.nextUnitKind) return p.nextUnitKind;
  return p.status === 'avmeldt' ? 'avmeldt' : 'hjem';
}

/** The count per destination (all six, in order) and the total. */
export function dischargeFigures(patients: readonly ReadyPatient[], range: DayRange): { total: number; rows: DischargeRow[] } {
  const where = patients.map((p) => destinationOf(p, range));
  return { total: patients.length, rows: DESTINATIONS.map((destination) => ({ destination, count: where.filter((d) => d === destination).length })) };
}
