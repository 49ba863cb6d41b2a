/**
 * Two-role setups for the least-privilege tests: a database owned by a role that migrates
 * it, and a login role in plassplan_app for the app. On the PostgreSQL server these are
 * real login roles with their own URLs; PGlite has one connection, so there the app role is
 * taken with SET ROLE (the grants are the same; the login boundary exists only on a server).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { type Database, openDb } from '../../db/client.ts';
import { openAppDatabase } from '../../server/database.ts';
import { createTestDatabase, type Driver } from './databases.ts';

/** A fresh, empty database on the server, its owner (no superuser, no CREATEROLE) and an app login role. */
export interface RoleDatabase {
  ownerUrl: string;
  appUrl: string;
  /** Drops the database and both roles, so the shared server does not fill up. */
  drop(): Promise<void>;
}

export async function createRoleDatabase(serverUrl: string): Promise<RoleDatabase> {
  const name = `plassplan_t_${randomBytes(6).toString('hex')}`;
  const [owner, app] = [`${name}_owner`, `${name}_app`];
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  // As a DBA would before the first migration (which creates it too, when it may): the
  // login role must be created into it. Roles are cluster-wide and tests run in parallel.
  await admin.unsafe(`do $$ begin create role plassplan_app nologin; exception when duplicate_object or unique_violation then null; end $$`);
  await admin.unsafe(`create role ${owner} login`);
  await admin.unsafe(`create role ${app} login in role plassplan_app`);
  await admin.unsafe(`create database ${name} owner ${owner}`);
  const urlAs = (user: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    url.username = user;
    url.password = '';
    return url.toString();
  };
  return {
    ownerUrl: urlAs(owner), appUrl: urlAs(app),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.unsafe(`drop role if exists ${app}`);
      await admin.unsafe(`drop role if exists ${owner}`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** The app's database on the app role, migrated by the owner; `asOwner` runs a step as the owner. */
export interface AppRoleDatabase {
  app: Database;
  asOwner<T>(step: (owner: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openAsAppRole(driver: Driver): Promise<AppRoleDatabase> {
  if (driver === 'pglite') {
    const database = await createTestDatabase('pglite');
    await database.db.execute(sql`create role plassplan_t_app login in role plassplan_app`);
    await database.db.execute(sql`set role plassplan_t_app`);
    return {
      app: database,
      asOwner: async (step) => {
        await database.db.execute(sql`reset role`);
        try { return await step(database); } finally { await database.db.execute(sql`set role plassplan_t_app`); }
      },
      close: () => database.close(),
    };
  }
  const roles = await createRoleDatabase(process.env.TEST_DATABASE_URL!);
  const app = await openAppDatabase({ databaseUrl: roles.appUrl, migrationDatabaseUrl: roles.ownerUrl, dataDir: '', backupDir: '', backupKeepDays: 14 });
  const owner = await openDb({ databaseUrl: roles.ownerUrl, migrate: false });
  return {
    app,
    asOwner: (step) => step(owner),
    close: async () => { await app.close(); await owner.close(); await roles.drop(); },
  };
}
