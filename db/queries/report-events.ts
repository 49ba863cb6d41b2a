/**
 * What happens in a leader's units between reports: people arriving on a reserved place
 * (innkomne) and residents leaving (utreise). A departure ends the stay on its real date,
 * which frees the place in capacity.ts and in the next planning snapshot.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, queryRows } from '../client.ts';
import { type PlaceKind, unitStays } from '../schema.ts';
import { appendAudit } from './audit.ts';
import { parseTextArray } from './queues.ts';
import { markDeceased } from './waitlist-status.ts';

/** A reserved allocation to one of the units: someone to prepare for. */
export interface Incoming {
  allocationId: number;
  unitId: number;
  personName: string;
  date: string;
  /** The entry's kind: for an interim stay, the place the person waits for. */
  kind: PlaceKind;
  /** Needs the unit must meet: for an interim stay, the vedtak's needs for that stay. */
  requiredTags: string[];
  /** A korttid stay while the person waits for their own place (korttid i påvente av langtidsplass). */
  interim: boolean;
}

/** Someone living in the unit now (an open unit stay). */
export interface Resident {
  stayId: number;
  unitId: number;
  personId: number;
  personName: string;
  fromDate: string;
  /** On an interim korttid stay: the kind of place they wait for (null otherwise). */
  waitsFor: PlaceKind | null;
}

export const DEPARTURE_REASONS = ['hjem', 'dod', 'flyttet'] as const;
export type DepartureReason = (typeof DEPARTURE_REASONS)[number];

const idList = (ids: number[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `);

/** Reserved allocations to the units, earliest first. */
export async function listIncoming(db: DbOrTx, unitIds: number[]): Promise<Incoming[]> {
  if (unitIds.length === 0) return [];
  const rows = await queryRows<{ id: number; unit_id: number; name: string; date: string; kind: PlaceKind; tags: string[] | string; interim: boolean }>(db, sql`
    select a.id, a.unit_id, p.name, a.date::text as date, e.kind, case when a.interim then ap.interim_tags else ap.required_tags end as tags, a.interim
    from allocations a join waitlist_entries e on e.id = a.entry_id join persons p on p.id = e.person_id
    join applications ap on ap.id = e.application_id
    where a.status = 'reserved' and a.unit_id in (${idList(unitIds)})
    order by a.date, p.name, a.id`);
  return rows.map((r) => ({ allocationId: r.id, unitId: r.unit_id, personName: r.name, date: r.date, kind: r.kind, requiredTags: parseTextArray(r.tags), interim: r.interim }));
}

/** Open stays in the units, by name. */
export async function listResidents(db: DbOrTx, unitIds: number[]): Promise<Resident[]> {
  if (unitIds.length === 0) return [];
  const rows = await queryRows<{ id: number; unit_id: number; person_id: number; name: string; from_date: string; waits_for: PlaceKind | null }>(db, sql`
    select s.id, s.unit_id, s.person_id, p.name, s.from_date::text as from_date, case when a.interim then e.kind end as waits_for
    from unit_stays s join persons p on p.id = s.person_id
    left join allocations a on a.id = s.allocation_id left join waitlist_entries e on e.id = a.entry_id
    where s.to_date is null and s.unit_id in (${idList(unitIds)})
    order by p.name, s.id`);
  return rows.map((r) => ({ stayId: r.id, unitId: r.unit_id, personId: r.person_id, personName: r.name, fromDate: r.from_date, waitsFor: r.waits_for }));
}

export interface Departure { stayId: number; date: string; reason: DepartureReason }

export type DepartureOutcome =
  | { ok: true; personId: number }
  | { ok: false; field: 'opphold' | 'dato'; message: string };

/**
 * Ends a resident's stay in the unit on the real departure date. On death the person's
 * waiting entries end too (markDeceased), unless a place is reserved for them: then only
 * the stay ends and the coordinator cancels the reservation. The bed counts as free from
 * the moment of registration (capacity.ts compares ended_at with the latest report).
 */
export async function registerDeparture(db: Db, unitId: number, departure: Departure, userId: number, now: Date): Promise<DepartureOutcome> {
  return db.transaction(async (tx) => {
    const [stay] = await tx.select().from(unitStays)
      .where(and(eq(unitStays.id, departure.stayId), eq(unitStays.unitId, unitId), isNull(unitStays.toDate))).for('update');
    if (!stay) return { ok: false, field: 'opphold', message: 'Velg en beboer som bor på enheten nå.' } as const;
    if (departure.date < stay.fromDate) {
      return { ok: false, field: 'dato', message: `Utreisedatoen kan ikke være før innflyttingen (${stay.fromDate}).` } as const;
    }
    const death = departure.reason === 'dod'
      ? await markDeceased(tx, stay.personId, { date: departure.date, reason: 'Død (meldt av institusjonsleder ved utreise)' }, userId, now)
      : { ok: false };
    if (!death.ok) {
      await tx.update(unitStays).set({ toDate: departure.date, endedAt: now, endReason: departure.reason }).where(eq(unitStays.id, stay.id));
      await appendAudit(tx, {
        userId, action: 'unit_stay.depart', entity: 'unit_stay', entityId: stay.id, personId: stay.personId,
        before: { unitId, fromDate: stay.fromDate, toDate: null }, after: { toDate: departure.date, endReason: departure.reason },
      });
    }
    return { ok: true, personId: stay.personId } as const;
  });
}
