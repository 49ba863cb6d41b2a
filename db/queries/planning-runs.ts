/** Planning runs: the snapshot each saw, the plan it gave, and the proposals made from it. */
import { desc, eq, sql } from 'drizzle-orm';
import type { Plan, Snapshot } from '../../solver/index.ts';
import { type Db, type DbOrTx, queryRows } from '../client.ts';
import { allocations, planningRuns, units } from '../schema.ts';
import { appendAudit } from './audit.ts';
import { entryIdOf, type SnapshotWarning } from './snapshot.ts';

export type PlanningRun = typeof planningRuns.$inferSelect & { snapshot: Snapshot; plan: Plan | null; warnings: SnapshotWarning[] };

export async function startRun(db: DbOrTx, snapshot: Snapshot, warnings: SnapshotWarning[], userId: number): Promise<number> {
  const [run] = await db.insert(planningRuns).values({ snapshot, warnings, status: 'running', createdBy: userId }).returning({ id: planningRuns.id });
  return run!.id;
}

/** Stores the plan and turns its admissions into proposed allocations, in one transaction. */
export async function finishRun(db: Db, runId: number, plan: Plan, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const unitIds = new Map((await tx.select({ id: units.id, code: units.code }).from(units)).map((u) => [u.code, u.id]));
    await tx.update(planningRuns).set({ plan, status: plan.solver.status, engine: plan.solver.name, millis: plan.solver.millis })
      .where(eq(planningRuns.id, runId));
    const rows = plan.admissions.map((a) => ({
      entryId: entryIdOf(a.applicantId)!, unitId: unitIds.get(a.unitId)!, date: a.date, status: 'proposed' as const,
      planningRunId: runId, reason: a.why,
    }));
    if (rows.length) await tx.insert(allocations).values(rows);
    await appendAudit(tx, { userId, action: 'planning.run', entity: 'planning_run', entityId: runId,
      after: { status: plan.solver.status, admissions: plan.admissions.length, unplaced: plan.unplaced.length, total: plan.cost.total } });
  });
}

export async function failRun(db: DbOrTx, runId: number, error: string): Promise<void> {
  await db.update(planningRuns).set({ status: 'error', error }).where(eq(planningRuns.id, runId));
}

export async function findRun(db: DbOrTx, runId: number): Promise<PlanningRun | undefined> {
  const [run] = await db.select().from(planningRuns).where(eq(planningRuns.id, runId));
  return run as PlanningRun | undefined;
}

export async function latestRun(db: DbOrTx): Promise<PlanningRun | undefined> {
  const [run] = await db.select().from(planningRuns).where(sql`${planningRuns.status} <> 'running'`).orderBy(desc(planningRuns.id)).limit(1);
  return run as PlanningRun | undefined;
}

export async function listRuns(db: DbOrTx, limit = 20) {
  return db.select({ id: planningRuns.id, createdAt: planningRuns.createdAt, status: planningRuns.status, engine: planningRuns.engine, millis: planningRuns.millis })
    .from(planningRuns).orderBy(desc(planningRuns.id)).limit(limit);
}

export interface ProposalRow {
  allocationId: number; status: string; date: string; reason: string | null;
  entryId: number; personId: number; personName: string; priority: number; kind: string;
  unitId: number; unitCode: string; unitName: string;
}

const proposalColumns = sql`
    select al.id as "allocationId", al.status, al.date::text as date, al.reason, e.id as "entryId", p.id as "personId",
      p.name as "personName", a.priority, e.kind, u.id as "unitId", u.code as "unitCode", u.name as "unitName"
    from allocations al join waitlist_entries e on e.id = al.entry_id join applications a on a.id = e.application_id
    join persons p on p.id = e.person_id join units u on u.id = al.unit_id`;

/** The allocations a run proposed, with what has been decided about each. */
export async function listRunProposals(db: DbOrTx, runId: number): Promise<ProposalRow[]> {
  return queryRows<ProposalRow>(db, sql`${proposalColumns}
    where al.planning_run_id = ${runId}
    order by al.date, u.name, a.priority, p.name`);
}

export async function findProposal(db: DbOrTx, allocationId: number): Promise<ProposalRow | undefined> {
  const [row] = await queryRows<ProposalRow>(db, sql`${proposalColumns} where al.id = ${allocationId}`);
  return row;
}

/** Names of the people behind waitlist entries, for the unplaced list. */
export async function peopleOfEntries(db: DbOrTx, entryIds: number[]): Promise<Map<number, { personId: number; name: string }>> {
  if (entryIds.length === 0) return new Map();
  const rows = await queryRows<{ entry_id: number; person_id: number; name: string }>(db, sql`
    select e.id as entry_id, p.id as person_id, p.name from waitlist_entries e join persons p on p.id = e.person_id
    where e.id in (${sql.join(entryIds.map((id) => sql`${id}`), sql`, `)})`);
  return new Map(rows.map((r) => [r.entry_id, { personId: r.person_id, name: r.name }]));
}
