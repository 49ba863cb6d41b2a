/** The waiting lists (ventelister), one per kind and, for bofellesskap, per group-home kind. */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { daysBetween, overliggerCost } from '../dates.ts';
import { maskFnr } from '../fnr.ts';
import type { PlaceKind } from '../schema.ts';
import { overliggerRates } from '../schema.ts';

export const BOFELLESSKAP_KINDS = ['psykisk-helse', 'rop', 'utviklingshemming', 'barn-unge'] as const;

/** A queue: korttid, langtid, or bofellesskap of one kind (by the tag its vedtak requires). */
export interface QueueKey {
  kind: PlaceKind;
  /** Only for bofellesskap: the group-home kind. */
  groupKind?: (typeof BOFELLESSKAP_KINDS)[number];
}

export const QUEUE_IDS = ['korttid', 'langtid', ...BOFELLESSKAP_KINDS.map((k) => `bofellesskap-${k}` as const)] as const;
export type QueueId = (typeof QUEUE_IDS)[number];

export function queueKey(id: QueueId): QueueKey {
  if (id === 'korttid' || id === 'langtid') return { kind: id };
  return { kind: 'bofellesskap', groupKind: id.slice('bofellesskap-'.length) as QueueKey['groupKind'] };
}

export type Location =
  | { type: 'home' }
  | { type: 'hospital'; admittedDate: string; dischargeReadyDate: string | null; overligger: { days: number; nok: number } }
  | { type: 'unit'; unitName: string; fromDate: string };

export interface QueueRow {
  entryId: number;
  personId: number;
  name: string;
  /** Birth date and last two digits hidden: lists never carry the full number. */
  fnrMasked: string;
  status: 'waiting' | 'reserved';
  priority: number;
  requiredTags: string[];
  decisionDate: string;
  guaranteeDate: string | null;
  /** Days until the guarantee date; negative when it has passed. */
  guaranteeDaysLeft: number | null;
  location: Location;
}

interface RawRow {
  entry_id: number; person_id: number; name: string; fnr: string; status: 'waiting' | 'reserved';
  priority: number; required_tags: string[] | string; decision_date: string; guarantee_date: string | null;
  h_admitted: string | null; h_ready: string | null; h_status: string | null;
  unit_name: string | null; stay_from: string | null;
}

/**
 * The people waiting in a queue on `today`, most urgent first: priority, then the
 * guarantee date, then the vedtak date.
 */
export async function listQueue(db: DbOrTx, id: QueueId, today: string): Promise<QueueRow[]> {
  const key = queueKey(id);
  const groupFilter = key.groupKind ? sql`and ${key.groupKind} = any(a.required_tags)` : sql``;
  const rows = await queryRows<RawRow>(db, sql`
    select e.id as entry_id, p.id as person_id, p.name, p.fnr, e.status, a.priority, a.required_tags,
           a.decision_date::text, a.guarantee_date::text,
           h.admitted_date::text as h_admitted, h.discharge_ready_date::text as h_ready, h.status as h_status,
           u.name as unit_name, s.from_date::text as stay_from
    from waitlist_entries e
    join applications a on a.id = e.application_id
    join persons p on p.id = e.person_id
    left join hospital_stays h on h.person_id = p.id and h.ended_date is null
    left join unit_stays s on s.person_id = p.id and s.to_date is null
    left join units u on u.id = s.unit_id
    where e.kind = ${key.kind} and e.status in ('waiting', 'reserved') ${groupFilter}
    order by a.priority, a.guarantee_date nulls last, a.decision_date, p.name`);
  const rates = await loadOverliggerRates(db);
  return rows.map((row) => toQueueRow(row, today, rates));
}

function toQueueRow(row: RawRow, today: string, rates: Map<number, number>): QueueRow {
  return {
    entryId: row.entry_id,
    personId: row.person_id,
    name: row.name,
    fnrMasked: maskFnr(row.fnr),
    status: row.status,
    priority: row.priority,
    requiredTags: parseTextArray(row.required_tags),
    decisionDate: row.decision_date,
    guaranteeDate: row.guarantee_date,
    guaranteeDaysLeft: row.guarantee_date ? daysBetween(today, row.guarantee_date) : null,
    location: locationOf(row, today, rates),
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
  if (row.unit_name && row.stay_from) return { type: 'unit', unitName: row.unit_name, fromDate: row.stay_from };
  return { type: 'home' };
}

export async function loadOverliggerRates(db: DbOrTx): Promise<Map<number, number>> {
  const rows = await db.select().from(overliggerRates);
  return new Map(rows.map((r) => [r.year, r.nokPerDay]));
}

/** Count of people waiting per queue, for the queue tabs. */
export async function countQueues(db: DbOrTx): Promise<Record<QueueId, number>> {
  const rows = await queryRows<{ kind: PlaceKind; required_tags: string[] | string }>(db, sql`
    select e.kind, a.required_tags from waitlist_entries e join applications a on a.id = e.application_id
    where e.status in ('waiting', 'reserved')`);
  const counts = Object.fromEntries(QUEUE_IDS.map((id) => [id, 0])) as Record<QueueId, number>;
  for (const row of rows) {
    const tags = parseTextArray(row.required_tags);
    if (row.kind !== 'bofellesskap') counts[row.kind]++;
    for (const group of BOFELLESSKAP_KINDS) if (row.kind === 'bofellesskap' && tags.includes(group)) counts[`bofellesskap-${group}`]++;
  }
  return counts;
}

/** Raw text[] comes back as an array from postgres.js and PGlite; be lenient about `{a,b}` text. */
export function parseTextArray(value: string[] | string | null): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean).map((v) => v.replace(/^"|"$/g, ''));
}
