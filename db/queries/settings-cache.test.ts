import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client.ts';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import { updateSettings } from './settings-admin.ts';
import { cachedSettings, loadSettings } from './settings.ts';
import { createUser } from './users.ts';

describe.each(testDrivers)('cached settings on %s', (driver) => {
  let database: Database;
  let adminId: number;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    adminId = await createUser(database.db, { username: 'admin', displayName: 'Admin', passwordHash: 'x', role: 'admin' }, null);
  });
  afterAll(async () => { await database?.close(); });

  it('when the row changes behind the app, then requests within the cache time still see the old values', async () => {
    const before = await cachedSettings(database.db);
    await database.db.execute(sql`update settings set horizon_days = ${before.horizonDays + 1}`);
    expect((await cachedSettings(database.db)).horizonDays).toBe(before.horizonDays);
  });

  it('when the settings are saved through updateSettings, then the next read has the new values', async () => {
    const { id: _id, updatedAt: _at, ...current } = await loadSettings(database.db);
    await updateSettings(database.db, { ...current, sessionIdleMinutes: current.sessionIdleMinutes + 5 }, adminId, new Date());
    expect(await cachedSettings(database.db)).toEqual(await loadSettings(database.db));
  });
});
