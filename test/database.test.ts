import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { queryRows } from '../db/client.ts';
import { auditLog, institutions, persons, units } from '../db/schema.ts';
import { createTestDatabase, testDrivers } from './support/databases.ts';

describe.each(testDrivers)('database rules on %s', (driver) => {
  let database: Database;
  beforeAll(async () => { database = await createTestDatabase(driver); });
  afterAll(async () => { await database?.close(); });

  it('when the audit log is updated or deleted, then the database refuses', async () => {
    const { db } = database;
    const [entry] = await db.insert(auditLog).values({ action: 'test', entity: 'test' }).returning();
    await expect(db.update(auditLog).set({ action: 'changed' }).where(eq(auditLog.id, entry!.id))).rejects.toThrow();
    await expect(db.delete(auditLog).where(eq(auditLog.id, entry!.id))).rejects.toThrow();
    const rows = await db.select().from(auditLog).where(eq(auditLog.id, entry!.id));
    expect(rows[0]?.action).toBe('test');
  });

  it('when a unit has more staffed beds than physical beds, then it is refused', async () => {
    const { db } = database;
    const [inst] = await db.insert(institutions).values({ name: 'Testheim', type: 'sykehjem', district: 'Sentrum' }).returning();
    await expect(db.insert(units).values({
      code: 'T-1', institutionId: inst!.id, name: 'Test', kind: 'langtid', physicalBeds: 4, staffedBeds: 5,
    })).rejects.toThrow();
    await expect(db.insert(units).values({
      code: 'T-2', institutionId: inst!.id, name: 'Test', kind: 'hotell' as never, physicalBeds: 4, staffedBeds: 4,
    })).rejects.toThrow();
  });

  it('when a fødselsnummer is not 11 digits, then it is refused', async () => {
    await expect(database.db.insert(persons).values({ name: 'Kari Test', fnr: '123', district: 'Sentrum' })).rejects.toThrow();
  });

  it('when raw rows are read, then both drivers give an array', async () => {
    const rows = await queryRows<{ one: number }>(database.db, sql`select 1 as one`);
    expect(rows).toEqual([{ one: 1 }]);
  });
});
