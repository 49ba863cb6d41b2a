import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, queryRows } from '../db/client.ts';
import { countPendingMigrations } from '../db/pending-migrations.ts';
import { createRoleDatabase, type RoleDatabase } from '../test/support/roles.ts';
import { openAppDatabase } from './database.ts';

const serverUrl = process.env.TEST_DATABASE_URL;

// Login roles exist only on a server; PGlite always runs as its one superuser.
describe.skipIf(!serverUrl)('openAppDatabase with two roles (PostgreSQL only: needs TEST_DATABASE_URL)', () => {
  let roles: RoleDatabase | undefined;
  afterEach(async () => { await roles?.drop(); roles = undefined; });

  it('when only DATABASE_URL is set and it names the app role of an unmigrated database, then the start fails and says to use MIGRATION_DATABASE_URL', async () => {
    roles = await createRoleDatabase(serverUrl!);
    await expect(openAppDatabase({ databaseUrl: roles.appUrl, migrationDatabaseUrl: undefined, dataDir: '', backupDir: '', backupKeepDays: 14 }))
      .rejects.toThrow(/migrering\(er\) venter.*permission denied.*MIGRATION_DATABASE_URL/s);
  });

  it('when the owner has migrated (npm run db:migrate), then the app role starts on DATABASE_URL alone, without owner credentials', async () => {
    roles = await createRoleDatabase(serverUrl!);
    const owner = await openDb({ databaseUrl: roles.ownerUrl });
    await owner.close();
    const app = await openAppDatabase({ databaseUrl: roles.appUrl, migrationDatabaseUrl: undefined, dataDir: '', backupDir: '', backupKeepDays: 14 });
    try {
      expect(await countPendingMigrations(app)).toBe(0);
      const [who] = await queryRows<{ user: string; owner: string }>(app.db,
        sql`select current_user as user, tableowner as owner from pg_tables where tablename = 'audit_log'`);
      expect(who!.user).not.toBe(who!.owner);
    } finally {
      await app.close();
    }
  });

  it('when both URLs are set, then the owner migrates and the app runs as the app role', async () => {
    roles = await createRoleDatabase(serverUrl!);
    const app = await openAppDatabase({ databaseUrl: roles.appUrl, migrationDatabaseUrl: roles.ownerUrl, dataDir: '', backupDir: '', backupKeepDays: 14 });
    try {
      const [row] = await queryRows<{ user: string; owner: string; member: boolean }>(app.db,
        sql`select current_user as user, tableowner as owner, pg_has_role(current_user, 'plassplan_app', 'member') as member from pg_tables where tablename = 'audit_log'`);
      expect(row!.owner).toBe(new URL(roles.ownerUrl).username);
      expect(row!.user).toBe(new URL(roles.appUrl).username);
      expect(row!.member).toBe(true);
    } finally {
      await app.close();
    }
  });
});
