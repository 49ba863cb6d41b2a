/**
 * The waiting list on the period's last day, by where each person was that day. On the
 * list: entries granted by then (vedtak date on or before the day) and not admitted,
 * withdrawn or deceased on or before it. The status column holds only the latest change,
 * so the day of admission comes from the allocations and unit stays, and the day of a
 * withdrawal or death from the last status change (both are final statuses).
 * Where: the queue's own rule (db/queries/queue-status.ts placeOf): an open hospital stay
 * → sykehus, else an open stay in a korttid unit → korttid, else hjemme (a person waiting
 * in another kind of place, e.g. a langtid resident waiting for bofellesskap, counts as hjemme).
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { placeOf } from '../queries/queue-status.ts';
import type { PlaceKind } from '../schema.ts';
import { KINDS } from './shared.ts';
import type { EntryFacts } from './entries.ts';
import type { WaitingAtEndRow } from './types.ts';

/** Waiting on `day`: granted by then, not admitted or closed on or before it. */
export const waitingOn = (e: EntryFacts, day: string): boolean =>
  e.decisionDate <= day && (e.admittedDate === null || e.admittedDate > day) && (e.closedDate === null || e.closedDate > day);

export type WaitPlace = 'hjemme' | 'korttid' | 'sykehus';

/** Where each of the persons was at the end of `day` (a stay ended that day is over). */
export async function loadPlacesOn(db: DbOrTx, personIds: readonly number[], day: string): Promise<Map<number, WaitPlace>> {
  if (personIds.length === 0) return new Map();
  const rows = await queryRows<{ person_id: number; in_hospital: boolean; unit_kind: PlaceKind | null }>(db, sql`
    select p.id as person_id,
      exists (select 1 from hospital_stays h where h.person_id = p.id and h.admitted_date <= ${day}::date
        and (h.ended_date is null or h.ended_date > ${day}::date)) as in_hospital,
      (select u.kind from unit_stays s join units u on u.id = s.unit_id where s.person_id = p.id and s.from_date <= ${day}::date
        and (s.to_date is null or s.to_date > ${day}::date) order by (u.kind = 'korttid') desc limit 1) as unit_kind
    from unnest(${`{${personIds.join(',')}}`}::int[]) as p(id)`);
  return new Map(rows.map((r) => {
    const place = placeOf(r.in_hospital ? { type: 'hospital' } : r.unit_kind ? { type: 'unit', unitKind: r.unit_kind } : { type: 'home' });
    return [r.person_id, place === 'sykehus' ? 'sykehus' : place === 'korttidsplass' ? 'korttid' : 'hjemme'];
  }));
}

/** One row per kind; `places` from {@link loadPlacesOn} for the waiting persons. */
export function waitingAtEndFigures(entries: readonly EntryFacts[], day: string, places: ReadonlyMap<number, WaitPlace>): WaitingAtEndRow[] {
  const waiting = entries.filter((e) => waitingOn(e, day));
  return KINDS.map((kind) => {
    const of = waiting.filter((e) => e.kind === kind);
    const at = (place: WaitPlace) => of.filter((e) => (places.get(e.personId) ?? 'hjemme') === place).length;
    return { kind, hjemme: at('hjemme'), korttid: at('korttid'), sykehus: at('sykehus'), total: of.length };
  });
}
