import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users, userUnits } from '../db/schema.ts';
import { testDrivers } from '../test/support/databases.ts';
import { useDemoAppAs } from '../test/support/demo-app.ts';
import { dataFingerprint } from '../test/support/fingerprint.ts';
import { loginAs } from '../test/support/http.ts';

describe.each(testDrivers)('path ids on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'leder');
  const ownUnit = async () => {
    const [leader] = await ctx.app.database.db.select().from(users).where(eq(users.username, 'leder'));
    return (await ctx.app.database.db.select().from(userUnits).where(eq(userUnits.userId, leader!.id)))[0]!.unitId;
  };

  it('when a leader writes their own unit id as 15.0, 0x0f, 015, +15 or 1.5e1, then 404 and nothing is reported', async () => {
    const unit = await ownUnit();
    const before = await dataFingerprint(ctx.app.database.db);
    for (const id of [`${unit}.0`, `0x${unit.toString(16)}`, `0${unit}`, `+${unit}`, `${unit / 10}e1`]) {
      const res = await ctx.client.post(`/enheter/${id}/ingen-endring`, {}, { headers: { 'hx-request': 'true' } });
      expect(res.status, id).toBe(404);
      expect(await res.text()).toBe('Fant ikke det du ba om.');
    }
    expect(await dataFingerprint(ctx.app.database.db)).toEqual(before);
    expect((await ctx.client.get(`/plasser/enhet/${unit}`)).status).toBe(200);
  });

  it('when a unit id is beyond int4 or not a number, then a coordinator gets 404, not an error', async () => {
    const coordinator = await loginAs(ctx.app.server.url, 'koordinator');
    for (const id of ['99999999999', '2147483648', 'NaN', 'Infinity']) {
      expect((await coordinator.get(`/plasser/enhet/${id}`)).status, id).toBe(404);
    }
    expect((await coordinator.get('/plasser/enhet/2147483647')).status).toBe(404);
  });
});
