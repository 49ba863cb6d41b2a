import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp, TEST_NOW } from '../../test/support/demo-app.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { loginAs } from '../../test/support/http.ts';
import { loadUnitCapacity } from '../../db/queries/capacity.ts';
import { listPlaces } from '../../db/queries/places.ts';

describe.each(testDrivers)('Plasser on %s', (driver) => {
  let app: DemoApp;
  beforeAll(async () => { app = await startDemoApp(driver); });
  afterAll(async () => { await app?.close(); });

  it('when the coordinator opens Plasser, then every unit shows with beds, free, reserved and report age', async () => {
    const coordinator = await loginAs(app.server.url, 'koordinator');
    const html = await (await coordinator.get('/plasser')).text();
    const institutions = await listPlaces(app.database.db, await loadUnitCapacity(app.database.db, TEST_NOW, 10));
    for (const unit of institutions.flatMap((i) => i.units)) expect(html).toContain(unit.code);
    expect(html).toContain('Bemannede');
    expect(html).toMatch(/for \d+ (min|t) siden|for \d+ dag(er)? siden/);
  });

  it('when an institution leader opens Plasser, then only their own units show', async () => {
    const leader = await loginAs(app.server.url, 'leder');
    const html = await (await leader.get('/plasser')).text();
    const all = (await listPlaces(app.database.db, await loadUnitCapacity(app.database.db, TEST_NOW, 10))).flatMap((i) => i.units);
    const [leaderUser] = await app.database.db.query.users.findMany({ where: (u, { eq }) => eq(u.username, 'leder') });
    const own = await app.database.db.query.userUnits.findMany({ where: (uu, { eq }) => eq(uu.userId, leaderUser!.id) });
    const ownIds = new Set(own.map((o) => o.unitId));
    expect(ownIds.size).toBeGreaterThan(0);
    for (const unit of all) {
      if (ownIds.has(unit.unitId)) expect(html).toContain(unit.code);
      else expect(html).not.toContain(`>${unit.code}<`);
    }
  });
});
