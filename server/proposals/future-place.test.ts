import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { allocations, planningRuns } from '../../db/schema.ts';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import { TEST_NOW, TEST_TODAY } from '../../test/support/demo-app.ts';
import { type Client, loginAs, startTestServer, type TestServer } from '../../test/support/http.ts';
import { seedOneUnit } from '../../test/support/one-unit.ts';

const htmx = { 'hx-request': 'true' };
/** The one place of each test unit: full today, one resident leaves on this day. */
const DEPARTURE = '2026-12-14';

describe.each(testDrivers)('a place that frees on a future date on %s', (driver) => {
  let database: Database;
  let server: TestServer;
  let coordinator: Client;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    server = await startTestServer(database.db, () => TEST_NOW);
  });
  afterAll(async () => { await server?.close(); await database?.close(); });

  const reservedTo = async (unitId: number) =>
    (await database.db.select().from(allocations).where(and(eq(allocations.unitId, unitId), eq(allocations.status, 'reserved')))).length;

  it('when plan → accept is repeated four times, then the place is reserved once and not proposed again', async () => {
    const { unitId } = await seedOneUnit(database.db, { code: 'FUT-A', today: TEST_TODAY, freeNow: 0, departures: [{ date: DEPARTURE, count: 1 }], waiting: 5 });
    coordinator = await loginAs(server.url, 'koordinator');
    const proposedPerRound: number[] = [];
    for (let round = 0; round < 4; round++) {
      expect((await coordinator.post('/forslag/planlegg', {})).status).toBe(303);
      const [run] = await database.db.select().from(planningRuns).orderBy(desc(planningRuns.id)).limit(1);
      const proposals = await database.db.select().from(allocations)
        .where(and(eq(allocations.planningRunId, run!.id), eq(allocations.status, 'proposed'), eq(allocations.unitId, unitId)));
      proposedPerRound.push(proposals.length);
      for (const p of proposals) await coordinator.post(`/forslag/${p.id}/godta`, {}, { headers: htmx });
    }
    expect(await reservedTo(unitId)).toBe(1);
    expect(proposedPerRound).toEqual([1, 0, 0, 0]);
  });

  it('when 50 accepts of different proposals for the future place arrive at once, then exactly one wins', async () => {
    const { unitId, entryIds } = await seedOneUnit(database.db, { code: 'FUT-B', today: TEST_TODAY, freeNow: 0, departures: [{ date: DEPARTURE, count: 1 }], waiting: 50 });
    const proposals = await database.db.insert(allocations).values(entryIds.map((entryId) => ({
      entryId, unitId, date: DEPARTURE, status: 'proposed' as const, reason: 'Test av samtidighet',
    }))).returning({ id: allocations.id });
    const second = await loginAs(server.url, 'koordinator');
    const results = await Promise.all(proposals.map((p, i) => (i % 2 ? second : coordinator).post(`/forslag/${p.id}/godta`, {}, { headers: htmx })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(await reservedTo(unitId)).toBe(1);
  });
});
