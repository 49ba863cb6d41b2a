import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { createTestDatabase, testDrivers } from '../test/support/databases.ts';
import { type Database, migrationsFolder } from './client.ts';
import { countPendingMigrations } from './pending-migrations.ts';

describe.each(testDrivers)('pending migrations on %s', (driver) => {
  let database: Database;
  beforeAll(async () => { database = await createTestDatabase(driver); });
  afterAll(async () => { await database?.close(); });

  it('when the database is migrated, then none is pending', async () => {
    expect(await countPendingMigrations(database)).toBe(0);
  });

  it('when the newest migration is not in the journal, then exactly it is pending', async () => {
    const newest = readMigrationFiles({ migrationsFolder }).at(-1)!;
    await database.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = ${newest.folderMillis}`);
    try {
      expect(await countPendingMigrations(database)).toBe(1);
    } finally {
      await database.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${newest.hash}, ${newest.folderMillis})`);
    }
    expect(await countPendingMigrations(database)).toBe(0);
  });

  it('when the journal table does not exist, then every migration is pending', async () => {
    await database.db.execute(sql`alter table drizzle.__drizzle_migrations rename to renamed_journal`);
    try {
      expect(await countPendingMigrations(database)).toBe(readMigrationFiles({ migrationsFolder }).length);
    } finally {
      await database.db.execute(sql`alter table drizzle.renamed_journal rename to __drizzle_migrations`);
    }
  });
});
