/**
 * What a decision changes for a run's other proposals: once anything is decided after the run
 * (an allocation accepted, rejected, overridden, cancelled or admitted, a booking made, moved
 * or cancelled), its proposals are out of date; and a proposal whose person already has a
 * place, or whose unit the ledger says has no place left from its date, cannot be accepted.
 * Works on any proposed allocation row, whatever kind of stay it proposes.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import type { WaitStatus } from '../schema.ts';
import { placesInLedger } from './allocations.ts';
import { loadLedgers } from './ledger.ts';

/**
 * Why a proposal cannot be accepted: its person no longer waits (with their entry's status), or
 * the unit has no place from its date; `waitsForMove` when a still-proposed move of the same run
 * would free a bed there (the chain: the ledger counts the bed once that move is accepted).
 */
export type ProposalConflict = { kind: 'person'; status: WaitStatus } | { kind: 'place'; waitsForMove: boolean };

/** The audit actions that count as decisions: every change of an allocation or a booking. */
const DECISION = sql`(l.action like 'allocation.%' or l.action like 'booking.%')`;

/** True when something was decided after the run was started, so its proposals no longer reflect today's state. */
export async function decidedSinceRun(db: DbOrTx, runId: number): Promise<boolean> {
  const rows = await queryRows<{ decided: boolean }>(db, sql`
    select exists (select 1 from audit_log l join planning_runs r on r.id = ${runId} where l.at > r.created_at and ${DECISION}) as decided`);
  return rows[0]?.decided === true;
}

/** A proposed allocation as far as conflicts go. */
export interface ProposedAllocation { allocationId: number; status: string; entryId: number; unitId: number; date: string }

/**
 * The conflicts of the still-proposed rows, by allocation id (rows without one are absent),
 * checked the way acceptProposal checks them: the entry must be waiting, and the unit's
 * ledger must keep a place on the date and every day after it (allocations.ts placesOn).
 */
export async function proposalConflicts(db: DbOrTx, rows: readonly ProposedAllocation[], now: Date): Promise<Map<number, ProposalConflict>> {
  const open = rows.filter((r) => r.status === 'proposed');
  const out = new Map<number, ProposalConflict>();
  if (open.length === 0) return out;
  const entryIds = [...new Set(open.map((r) => r.entryId))];
  const statuses = new Map((await queryRows<{ id: number; status: WaitStatus }>(db, sql`
    select id, status from waitlist_entries where id in (${sql.join(entryIds.map((id) => sql`${id}`), sql`, `)})`)).map((e) => [e.id, e.status]));
  const ledgers = new Map((await loadLedgers(db, now, [...new Set(open.map((r) => r.unitId))])).map((u) => [u.unitId, u]));
  for (const row of open) {
    const status = statuses.get(row.entryId);
    if (status !== 'waiting') out.set(row.allocationId, { kind: 'person', status: status ?? 'withdrawn' });
    else if (placesInLedger(ledgers.get(row.unitId), row.date) < 1) out.set(row.allocationId, { kind: 'place', waitsForMove: false });
  }
  const short = [...out].filter(([, c]) => c.kind === 'place').map(([id]) => id);
  for (const id of await waitingForMoves(db, short)) out.set(id, { kind: 'place', waitsForMove: true });
  return out;
}

/** Of the allocations, those whose run still proposes to move someone out of their unit. */
async function waitingForMoves(db: DbOrTx, allocationIds: number[]): Promise<number[]> {
  if (allocationIds.length === 0) return [];
  const rows = await queryRows<{ id: number }>(db, sql`
    select a.id from allocations a where a.id in (${sql.join(allocationIds.map((id) => sql`${id}`), sql`, `)})
      and exists (select 1 from allocations m join waitlist_entries e on e.id = m.entry_id
        join unit_stays s on s.person_id = e.person_id and s.to_date is null and s.unit_id = a.unit_id
        where m.planning_run_id = a.planning_run_id and m.status = 'proposed' and m.unit_id <> a.unit_id)`);
  return rows.map((r) => r.id);
}
