/**
 * Where the patients declared utskrivningsklar in the period went (discharge-ready date in
 * the period). A unit stay of the person that starts on the day the hospital stay ended,
 * or the next day → that unit's kind (an interim korttid stay counts as korttid); so does
 * a stay that ran on over that day (a resident back to their own place; the newest stay
 * wins when there are both); else
 * status avmeldt → avmeldt; else discharged (utskrevet) → hjem; still in hospital at the
 * period's end → venter.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import type { PlaceKind } from '../schema.ts';
import { type DayRange, inRange } from './shared.ts';
import type { DischargeDestination, DischargeRow } from './types.ts';

export const DESTINATIONS: readonly DischargeDestination[] = ['korttid', 'langtid', 'bofellesskap', 'hjem', 'avmeldt', 'venter'];

export interface ReadyPatient { readyDate: string; status: string; endedDate: string | null; nextUnitKind: PlaceKind | null }

/** Hospital stays whose discharge-ready date is in the range, with the kind of the unit stay they went to. */
export async function loadReadyPatients(db: DbOrTx, range: DayRange): Promise<ReadyPatient[]> {
  const rows = await queryRows<{ ready: string; status: string; ended: string | null; unit_kind: PlaceKind | null }>(db, sql`
    select distinct on (h.id) h.discharge_ready_date::text as ready, h.status, h.ended_date::text as ended, u.kind as unit_kind
    from hospital_stays h
    left join unit_stays s on s.person_id = h.person_id and s.from_date <= h.ended_date + 1 and (s.to_date is null or s.to_date > h.ended_date)
    left join units u on u.id = s.unit_id
    where h.discharge_ready_date >= ${range.from}::date and h.discharge_ready_date < ${range.to}::date
    order by h.id, s.from_date desc, s.id desc`);
  return rows.map((r) => ({ readyDate: r.ready, status: r.status, endedDate: r.ended, nextUnitKind: r.unit_kind }));
}

/** Where one patient had gone by the range's end. */
export function destinationOf(p: ReadyPatient, range: DayRange): DischargeDestination {
  if (p.endedDate === null || p.endedDate >= range.to) return 'venter';
  if (p.nextUnitKind) return p.nextUnitKind;
  return p.status === 'avmeldt' ? 'avmeldt' : 'hjem';
}

/** The count per destination (all six, in order) and the total, of the patients ready in the range. */
export function dischargeFigures(patients: readonly ReadyPatient[], range: DayRange): { total: number; rows: DischargeRow[] } {
  const where = patients.filter((p) => inRange(p.readyDate, range)).map((p) => destinationOf(p, range));
  return { total: where.length, rows: DESTINATIONS.map((destination) => ({ destination, count: where.filter((d) => d === destination).length })) };
}
