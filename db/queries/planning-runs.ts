/** Planning runs: the snapshot each saw, the plan it gave, and the proposals made from it. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Plan, Snapshot } from '../../solver/index.ts';
import { type Db, type DbOrTx, queryRows } from '../client.ts';
import { allocations, planningRuns, units } from '../schema.ts';
import { appendAudit } from './audit.ts';
import { entryIdOf, type SnapshotWarning } from './snapshot.ts';

export type PlanningRun = typeof planningRuns.$inferSelect & { snapshot: Snapshot; plan: Plan | null; warnings: SnapshotWarning[] };

/** Stores a run that has started: the snapshot it plans, its warnings and the policy whose weights the snapshot carries. */
export async function startRun(db: DbOrTx, snapshot: Snapshot, warnings: SnapshotWarning[], userId: number, policy: string | null = null): Promise<number> {
  const [run] = await db.insert(planningRuns).values({ snapshot, warnings, policy, status: 'running', createdBy: userId }).returning({ id: planningRuns.id });
  return run!.id;
}

const stillRunning = (runId: number) => and(eq(planningRuns.id, runId), eq(planningRuns.status, 'running'));

/**
 * Stores the plan and turns its admissions and interim stays (plan/2, `interim` set) into
 * proposed allocations, in one transaction.
 * @returns false, changing nothing, if the run is no longer running (failed meanwhile, e.g. by {@link failAbandonedRuns})
 */
export async function finishRun(db: Db, runId: number, plan: Plan, userId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(planningRuns).set({ plan, status: plan.solver.status, engine: plan.solver.name, millis: plan.solver.millis })
      .where(stillRunning(runId)).returning({ id: planningRuns.id });
    if (!updated) return false;
    const unitIds = new Map((await tx.select({ id: units.id, code: units.code }).from(units)).map((u) => [u.code, u.id]));
    const proposed = (a: Plan['admissions'][number], interim: boolean) => ({
      entryId: entryIdOf(a.applicantId)!, unitId: unitIds.get(a.unitId)!, date: a.date, status: 'proposed' as const,
      planningRunId: runId, reason: a.why, interim,
    });
    const rows = [...plan.admissions.map((a) => proposed(a, false)), ...(plan.interimStays ?? []).map((a) => proposed(a, true))];
    if (rows.length) await tx.insert(allocations).values(rows);
    await appendAudit(tx, { userId, action: 'planning.run', entity: 'planning_run', entityId: runId,
      after: { status: plan.solver.status, admissions: plan.admissions.length, unplaced: plan.unplaced.length, total: plan.cost.total,
        ...(plan.interimStays ? { interimStays: plan.interimStays.length } : {}) } });
    return true;
  });
}

/**
 * Marks a running run failed (status `error`) with a reason the run's page shows, audited.
 * @param userId who ran it; null for the system
 * @returns false, changing nothing, if the run is no longer running
 */
export async function failRun(db: Db, runId: number, error: string, userId: number | null): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [failed] = await tx.update(planningRuns).set({ status: 'error', error }).where(stillRunning(runId)).returning({ id: planningRuns.id });
    if (failed) await auditFailure(tx, runId, error, userId);
    return failed !== undefined;
  });
}

/** The reason shown for a run whose process died while planning. */
export const ABANDONED_RUN_ERROR =
  'Planleggingen ble avbrutt fordi serveren stoppet (eller krasjet) før den var ferdig. Trykk «Lag nye forslag» for å planlegge på nytt.';

/**
 * Fails every run that is still `running` although no live process can be planning it, with
 * {@link ABANDONED_RUN_ERROR}, audited as the system (userId null), in one transaction. Call it at
 * start and from time to time.
 *
 * A run is abandoned when it is older than `olderThanMs`, by the database's clock (so the clocks
 * of several servers on one PostgreSQL do not matter). That is safe because a live process never
 * keeps a run running long: the planner's worker is terminated at its time limit and the run is
 * then finished with the fallback plan or failed, so a caller passing the time limit plus a
 * generous margin never fails a run another live process is planning. Runs record no owner (no
 * process id or heartbeat), so a run of a process that died a moment ago is failed only once it
 * is that old; a process that has the database to itself (PGlite: one process per data folder)
 * passes 0 at start and fails every run left running at once. If a slow live run is failed all
 * the same, {@link finishRun} refuses its late plan, so a run is never both failed and planned.
 * @param olderThanMs minimum age of a running run to count as abandoned, ms; 0 = every running run
 * @returns the ids of the runs failed
 */
export async function failAbandonedRuns(db: Db, olderThanMs: number): Promise<number[]> {
  return db.transaction(async (tx) => {
    const failed = await tx.update(planningRuns).set({ status: 'error', error: ABANDONED_RUN_ERROR })
      .where(and(eq(planningRuns.status, 'running'),
        sql`${planningRuns.createdAt} <= now() - ${Math.round(olderThanMs)}::integer * interval '1 millisecond'`))
      .returning({ id: planningRuns.id });
    for (const { id } of failed) await auditFailure(tx, id, ABANDONED_RUN_ERROR, null);
    return failed.map((r) => r.id);
  });
}

async function auditFailure(tx: DbOrTx, runId: number, error: string, userId: number | null): Promise<void> {
  await appendAudit(tx, { userId, action: 'planning.fail', entity: 'planning_run', entityId: runId,
    before: { status: 'running' }, after: { status: 'error', error } });
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
  /** An interim korttid stay while the person waits for their own place. */
  interim: boolean;
  /** For an interim stay: the run's final place for the same person (not rejected first), if any. */
  finalUnitCode: string | null; finalUnitName: string | null; finalDate: string | null;
  /** A couple's two proposals are one row: this is the partner's (couple-proposals.ts foldCouples). */
  partner?: PartnerProposal;
}

/** The partner's side of a couple's row: same unit, same day, decided together. */
export interface PartnerProposal { allocationId: number; status: string; entryId: number; personId: number; personName: string; priority: number; reason: string | null }

const proposalColumns = sql`
    select al.id as "allocationId", al.status, al.date::text as date, al.reason, e.id as "entryId", p.id as "personId",
      p.name as "personName", a.priority, e.kind, u.id as "unitId", u.code as "unitCode", u.name as "unitName",
      al.interim, f.code as "finalUnitCode", f.name as "finalUnitName", f.date as "finalDate"
    from allocations al join waitlist_entries e on e.id = al.entry_id join applications a on a.id = e.application_id
    join persons p on p.id = e.person_id join units u on u.id = al.unit_id
    left join lateral (select fu.code, fu.name, fa.date::text as date from allocations fa join units fu on fu.id = fa.unit_id
      where al.interim and fa.planning_run_id = al.planning_run_id and fa.entry_id = al.entry_id and not fa.interim
      order by fa.status = 'rejected', fa.id desc limit 1) f on true`;

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
