/**
 * Which proposals are a couple's: two allocations of one planning run whose applicants are partners
 * (`partnerId`) in that run's snapshot. The snapshot is what the planner planned together, so a
 * link ended after the run does not split a pair it proposed, and a link made after it joins none. The
 * planner places partners in one unit on one day, so an allocation elsewhere (an override) is no pair's.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { findProposal, type ProposalRow } from './planning-runs.ts';

const pairsQuery = (where: ReturnType<typeof sql>) => sql`
  select al.id as "allocationId", (
    select pa.id from allocations pa
    where pa.planning_run_id = al.planning_run_id and 'V-' || pa.entry_id = ap->>'partnerId' and pa.id <> al.id
      and pa.unit_id = al.unit_id and pa.date = al.date
    order by pa.id limit 1) as "partnerId"
  from allocations al join planning_runs r on r.id = al.planning_run_id
  cross join lateral jsonb_array_elements(case when jsonb_typeof(r.snapshot->'applicants') = 'array' then r.snapshot->'applicants' else '[]'::jsonb end) ap
  where ${where} and ap->>'id' = 'V-' || al.entry_id and ap->>'partnerId' is not null`;

/** allocation id → its partner's allocation id in the same run, for the given allocations (absent: no partner). */
export async function partnersOfAllocations(db: DbOrTx, allocationIds: readonly number[]): Promise<Map<number, number>> {
  if (allocationIds.length === 0) return new Map();
  const rows = await queryRows<{ allocationId: number; partnerId: number | null }>(db,
    pairsQuery(sql`al.id in (${sql.join(allocationIds.map((id) => sql`${id}`), sql`, `)})`));
  return new Map(rows.flatMap((r) => (r.partnerId === null ? [] : [[r.allocationId, r.partnerId] as const])));
}

/** The partner's allocation id of one allocation, or null when it is no couple's. */
export async function partnerOfAllocation(db: DbOrTx, allocationId: number): Promise<number | null> {
  return (await partnersOfAllocations(db, [allocationId])).get(allocationId) ?? null;
}

/**
 * A couple's two rows as one: the row with the lower allocation id carries the other as `partner`
 * and the other is dropped. Decisions on the row post its id and are taken for both.
 */
export function foldCouples<Row extends ProposalRow>(rows: readonly Row[], partners: ReadonlyMap<number, number>): Row[] {
  const byId = new Map(rows.map((r) => [r.allocationId, r]));
  return rows.flatMap((row) => {
    const other = byId.get(partners.get(row.allocationId) ?? -1);
    if (!other) return [row];
    return other.allocationId < row.allocationId ? [] : [withPartner(row, other)];
  });
}

/** The row with the other's person and decision as its partner. */
export function withPartner<Row extends ProposalRow>(row: Row, other: ProposalRow): Row {
  return { ...row, partner: {
    allocationId: other.allocationId, status: other.status, entryId: other.entryId, personId: other.personId,
    personName: other.personName, priority: other.priority, reason: other.reason,
  } };
}

/** The partner's proposal of a couple's allocation, or undefined when it is no couple's. */
export async function findPartnerProposal(db: DbOrTx, allocationId: number): Promise<ProposalRow | undefined> {
  const partnerId = await partnerOfAllocation(db, allocationId);
  return partnerId === null ? undefined : findProposal(db, partnerId);
}
