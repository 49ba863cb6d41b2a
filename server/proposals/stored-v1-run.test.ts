import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishRun, startRun } from '../../db/queries/planning-runs.ts';
import { buildSnapshot } from '../../db/queries/snapshot.ts';
import { allocations, planningRuns, users } from '../../db/schema.ts';
import { type Plan, planSnapshot, type Snapshot, validateSnapshot } from '../../solver/index.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_NOW } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';

/**
 * The snapshot the app wrote before v2, from today's data: format 1, the v1 settings' guarantee
 * prices, no tailDays, onlyFor, bookings or interim (v1 rejects each as an unknown field).
 */
function asStoredV1(v2: Snapshot): Snapshot {
  const { tailDays: _tail, ...rest } = v2;
  return {
    ...rest, format: 'plassplan.snapshot/1',
    costs: { ...v2.costs!, guaranteeBreachNok: 50_000, guaranteeLateDayNok: 2000 },
    units: v2.units.map(({ onlyFor: _only, bookings: _bookings, ...u }) => u),
    applicants: v2.applicants.map(({ interim: _interim, partnerId: _partner, ...a }) => a),
  };
}

describe.each(testDrivers)('A v1 run stored before v2 on %s', (driver) => {
  let app: DemoApp;
  let coordinator: Client;
  let runId: number;
  let stored: { snapshot: Snapshot; plan: Plan };

  beforeAll(async () => {
    app = await startDemoApp(driver);
    coordinator = await loginAs(app.server.url, 'koordinator');
    const db = app.database.db;
    const [user] = await db.select().from(users).where(eq(users.username, 'koordinator'));
    const validation = validateSnapshot(asStoredV1((await buildSnapshot(db, TEST_NOW)).snapshot));
    if (!validation.ok) throw new Error(JSON.stringify(validation.errors.slice(0, 3)));
    // As the app stored it: a run without a policy, a plan/1, its admissions as proposals.
    runId = await startRun(db, validation.snapshot, [], user!.id);
    const plan = await planSnapshot(validation.snapshot);
    expect(plan.format).toBe('plassplan.plan/1');
    expect(await finishRun(db, runId, plan, user!.id)).toBe(true);
    stored = { snapshot: validation.snapshot, plan };
  });
  afterAll(async () => { await app?.close(); });

  it('when it is opened, then its page and Forslag show it, saying its weighting was not stored', async () => {
    const page = await coordinator.get(`/forslag/kjoring/${runId}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`Planleggingskjøring ${runId}`);
    const forslag = await (await coordinator.get('/forslag')).text();
    expect(forslag).toContain(`Kjøring ${runId}`);
    expect(forslag).toContain('Vekting: ikke lagret');
    expect(forslag).not.toContain('Korttid mens de venter');
    const proposals = await app.database.db.select().from(allocations).where(eq(allocations.planningRunId, runId));
    expect(proposals).toHaveLength(stored.plan.admissions.length);
  });

  it('when it is downloaded and re-planned, then it is the stored v1 snapshot and plan, and costs what it cost', async () => {
    const snapshot = await (await coordinator.get(`/forslag/kjoring/${runId}/snapshot.json`)).json() as Snapshot;
    const plan = await (await coordinator.get(`/forslag/kjoring/${runId}/plan.json`)).json() as Plan;
    expect(snapshot.format).toBe('plassplan.snapshot/1');
    expect(plan).toEqual(stored.plan);
    const [row] = await app.database.db.select().from(planningRuns).where(eq(planningRuns.id, runId));
    expect(row!.policy).toBeNull();
    const validation = validateSnapshot(snapshot);
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    const again = await planSnapshot(validation.snapshot);
    expect(again.format).toBe('plassplan.plan/1');
    expect(again.cost.total).toBeCloseTo(plan.cost.total, 0);
  });
});
