/** The waiting lists (ventelister), one per kind and, for bofellesskap, per group-home kind. */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { daysBetween, overliggerCost } from '../dates.ts';
import { maskFnr } from '../fnr.ts';
import { type GuaranteeStatus, guaranteeStatus, type Place, placeOf } from './queue-status.ts';
import type { PlaceKind } from '../schema.ts';
import { overliggerRates } from '../schema.ts';

export const BOFELLESSKAP_KINDS = ['psykisk-helse', 'rop', 'utviklingshemming', 'barn-unge'] as const;

/** A queue: korttid, langtid, or bofellesskap of one group-home kind (by the tag its vedtak requires). */
export const QUEUE_IDS = ['korttid', 'langtid', ...BOFELLESSKAP_KINDS.map((k) => `bofellesskap-${k}` as const)] as const;
export type QueueId = (typeof QUEUE_IDS)[number];

export type Location =
  | { type: 'home' }
  | { type: 'hospital'; admittedDate: string; dischargeReadyDate: string | null; overligger: { days: number; nok: number } }
  | { type: 'unit'; unitName: string; unitKind: PlaceKind; fromDate: string };

export interface QueueRow {
  entryId: number;
  personId: number;
  name: string;
  /** Bydel (city district) the person belongs to. */
  district: string;
  /** The queues the entry stands in (one; a bofellesskap vedtak names its group-home kind). */
  queues: QueueId[];
  /** Birth date and last two digits hidden: lists never carry the full number. */
  fnrMasked: string;
  status: 'waiting' | 'reserved';
  priority: number;
  requiredTags: string[];
  decisionDate: string;
  guaranteeDate: string | null;
  /** Days until the guarantee date; negative when it has passed. */
  guaranteeDaysLeft: number | null;
  guarantee: GuaranteeStatus;
  location: Location;
  place: Place;
}

interface RawRow {
  entry_id: number; person_id: number; name: string; fnr: string; district: string; kind: PlaceKind; status: 'waiting' | 'reserved';
  priority: number; required_tags: string[] | string; decision_date: string; guarantee_date: string | null;
  h_admitted: string | null; h_ready: string | null; h_status: string | null;
  unit_name: string | null; unit_kind: PlaceKind | null; stay_from: string | null;
}

/**
 * Everyone waiting in any queue on `today`, most urgent first: priority, then the
 * guarantee date, then the vedtak date. A queue's list is the rows whose `queues` name it.
 */
export async function listAllWaiting(db: DbOrTx, today: string): Promise<QueueRow[]> {
  const rows = await queryRows<RawRow>(db, sql`
    select e.id as entry_id, p.id as person_id, p.name, p.fnr, p.district, e.kind, e.status, a.priority, a.required_tags,
           a.decision_date::text, a.guarantee_date::text,
           h.admitted_date::text as h_admitted, h.discharge_ready_date::text as h_ready, h.status as h_status,
           u.name as unit_name, u.kind as unit_kind, s.from_date::text as stay_from
    from waitlist_entries e
    join applications a on a.id = e.application_id
    join persons p on p.id = e.person_id
    left join hospital_stays h on h.person_id = p.id and h.ended_date is null
    left join unit_stays s on s.person_id = p.id and s.to_date is null
    left join units u on u.id = s.unit_id
    where e.status in ('waiting', 'reserved')
    order by a.priority, a.guarantee_date nulls last, a.decision_date, p.name, e.id`);
  const rates = await loadOverliggerRates(db);
  return rows.map((row) => toQueueRow(row, today, rates));
}

/** The queues an entry of `kind` with `tags` stands in. */
function queuesOf(kind: PlaceKind, tags: readonly string[]): QueueId[] {
  if (kind !== 'bofellesskap') return [kind];
  return BOFELLESSKAP_KINDS.filter((group) => tags.includes(group)).map((group) => `bofellesskap-${group}` as const);
}

function toQueueRow(row: RawRow, today: string, rates: Map<number, number>): QueueRow {
  const daysLeft = row.guarantee_date ? daysBetween(today, row.guarantee_date) : null;
  const location = locationOf(row, today, rates);
  return {
    entryId: row.entry_id,
    personId: row.person_id,
    name: row.name,
    district: row.district,
    queues: queuesOf(row.kind, parseTextArray(row.required_tags)),
    fnrMasked: maskFnr(row.fnr),
    status: row.status,
    priority: row.priority,
    requiredTags: parseTextArray(row.required_tags),
    decisionDate: row.decision_date,
    guaranteeDate: row.guarantee_date,
    guaranteeDaysLeft: daysLeft,
    guarantee: guaranteeStatus(daysLeft),
    location,
    place: placeOf(location),
  };
}

function locationOf(row: RawRow, today: string, rates: Map<number, number>): Location {
  if (row.h_admitted) {
    const ready = row.h_status === 'utskrivningsklar' ? row.h_ready : null;
    return {
      type: 'hospital', admittedDate: row.h_admitted, dischargeReadyDate: ready,
      overligger: ready ? overliggerCost(ready, today, rates) : { days: 0, nok: 0 },
    };
  }
  if (row.unit_name && row.unit_kind && row.stay_from) return { type: 'unit', unitName: row.unit_name, unitKind: row.unit_kind, fromDate: row.stay_from };
  return { type: 'home' };
}

export async function loadOverliggerRates(db: DbOrTx): Promise<Map<number, number>> {
  const rows = await db.select().from(overliggerRates);
  return new Map(rows.map((r) => [r.year, r.nokPerDay]));
}

/** Raw text[] comes back as an array from postgres.js and PGlite; be lenient about `{a,b}` text. */
export function parseTextArray(value: string[] | string | null): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean).map((v) => v.replace(/^"|"$/g, ''));
}
