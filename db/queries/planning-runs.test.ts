import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSnapshot } from '../../solver/index.ts';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import type { Database } from '../client.ts';
import { auditLog, planningRuns } from '../schema.ts';
import { ABANDONED_RUN_ERROR, failAbandonedRuns, failRun, findRun, finishRun } from './planning-runs.ts';

const LEASE_MS = 90_000;
const snapshot = generateSnapshot({ people: 0, units: 1, horizonDays: 7 }, 1);

describe.each(testDrivers)('planning runs left running on %s', (driver) => {
  let database: Database;
  beforeAll(async () => { database = await createTestDatabase(driver); });
  afterAll(async () => { await database?.close(); });

  async function runningRun(ageMs = 0): Promise<number> {
    const createdAt = ageMs === 0 ? undefined : new Date(Date.now() - ageMs);
    const [run] = await database.db.insert(planningRuns).values({ snapshot, status: 'running', createdAt }).returning({ id: planningRuns.id });
    return run!.id;
  }
  const audits = (runId: number) => database.db.select().from(auditLog)
    .where(and(eq(auditLog.entity, 'planning_run'), eq(auditLog.entityId, String(runId))));

  it('when a run has been running for longer than any live process plans, then start recovery fails it with a reason, audited by the system', async () => {
    const dead = await runningRun(10 * 60_000);
    expect(await failAbandonedRuns(database.db, LEASE_MS)).toContain(dead);
    const run = await findRun(database.db, dead);
    expect(run).toMatchObject({ status: 'error', error: ABANDONED_RUN_ERROR });
    expect(ABANDONED_RUN_ERROR).toMatch(/^Planleggingen ble avbrutt fordi serveren stoppet/);
    const [entry] = await audits(dead);
    expect(entry).toMatchObject({ userId: null, action: 'planning.fail', before: { status: 'running' }, after: { status: 'error', error: ABANDONED_RUN_ERROR } });
  });

  it('when another live process has just started a run, then recovery leaves it running', async () => {
    const fresh = await runningRun();
    expect(await failAbandonedRuns(database.db, LEASE_MS)).not.toContain(fresh);
    expect((await findRun(database.db, fresh))!.status).toBe('running');
    expect(await audits(fresh)).toEqual([]);
  });

  it('when the database is this process\'s alone (age 0), then every run still running is failed', async () => {
    const fresh = await runningRun();
    expect(await failAbandonedRuns(database.db, 0)).toContain(fresh);
    expect((await findRun(database.db, fresh))!.status).toBe('error');
  });

  it('when a finished run is swept, then it keeps its outcome', async () => {
    const done = await runningRun(10 * 60_000);
    await database.db.update(planningRuns).set({ status: 'optimal' }).where(eq(planningRuns.id, done));
    expect(await failAbandonedRuns(database.db, 0)).not.toContain(done);
    expect((await findRun(database.db, done))!.status).toBe('optimal');
  });

  it('when a plan arrives for a run already failed, then the failure stands and no proposals are made', async () => {
    const late = await runningRun(10 * 60_000);
    await failAbandonedRuns(database.db, LEASE_MS);
    const plan = { format: 'plassplan.plan/1', snapshotToday: snapshot.today, admissions: [], unplaced: [],
      cost: { total: 0 }, solver: { name: 'test', status: 'optimal', bound: 0, millis: 1 } } as never;
    expect(await finishRun(database.db, late, plan, 1)).toBe(false);
    expect(await failRun(database.db, late, 'noe annet', null)).toBe(false);
    expect(await findRun(database.db, late)).toMatchObject({ status: 'error', error: ABANDONED_RUN_ERROR, plan: null });
  });
});
