import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import { TEST_NOW, TEST_TODAY } from '../../test/support/demo-app.ts';
import { seedOneUnit } from '../../test/support/one-unit.ts';
import type { Database } from '../client.ts';
import { addDays } from '../dates.ts';
import { allocations, auditLog, settings, units, unitStays, users } from '../schema.ts';
import { acceptProposal, admitAllocation } from './allocations.ts';

describe.each(testDrivers)('the review date set at admission on %s', (driver) => {
  let database: Database;
  let actor: { userId: number };
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedOneUnit(database.db, { code: 'REV-0', today: TEST_TODAY, freeNow: 0, waiting: 0 });
    actor = { userId: (await database.db.select().from(users).where(eq(users.username, 'koordinator')))[0]!.id };
  });
  afterAll(async () => { await database?.close(); });

  async function admitTo(code: string, kind: 'korttid' | 'langtid') {
    const unit = await seedOneUnit(database.db, { code, today: TEST_TODAY, freeNow: 1, waiting: 1 });
    await database.db.update(units).set({ kind }).where(eq(units.id, unit.unitId));
    const [proposal] = await database.db.insert(allocations).values({ entryId: unit.entryIds[0]!, unitId: unit.unitId, date: TEST_TODAY, status: 'proposed' }).returning();
    expect(await acceptProposal(database.db, proposal!.id, actor, TEST_NOW)).toMatchObject({ ok: true });
    expect(await admitAllocation(database.db, proposal!.id, actor, TEST_NOW)).toMatchObject({ ok: true });
    const [stay] = await database.db.select().from(unitStays).where(eq(unitStays.allocationId, proposal!.id));
    const admitted = await database.db.select().from(auditLog).where(eq(auditLog.action, 'allocation.admit'));
    return { stay: stay!, admitAudit: admitted.find((a) => String(a.entityId) === String(proposal!.id)) };
  }

  it('when a person is admitted to korttid, then the stay gets its review date the set number of days ahead, in the audit too', async () => {
    const { stay, admitAudit } = await admitTo('REV-K', 'korttid');
    expect(stay.reviewDate).toBe(addDays(TEST_TODAY, 14));
    expect(admitAudit!.after).toMatchObject({ reviewDate: addDays(TEST_TODAY, 14) });
    await database.db.update(settings).set({ korttidReviewAfterDays: 21 });
    expect((await admitTo('REV-K2', 'korttid')).stay.reviewDate).toBe(addDays(TEST_TODAY, 21));
  });

  it('when a person is admitted to langtid, then the stay has no review date', async () => {
    expect((await admitTo('REV-L', 'langtid')).stay.reviewDate).toBeNull();
  });
});
