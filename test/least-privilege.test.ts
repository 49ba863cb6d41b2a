/**
 * The app's role may read and append to the audit log and nothing more: none of the ways
 * to rewrite history that an owner has (disable or drop the triggers, replace their
 * function, truncate, take the table over) is open to it, while the app itself works.
 */
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, migrateDb, queryRows } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import { loadDemo } from '../server/demo.ts';
import { registerPerson } from '../server/persons/test-helpers.ts';
import { testDrivers } from './support/databases.ts';
import { TEST_NOW, TEST_TODAY } from './support/demo-app.ts';
import { loginAs, startTestServer } from './support/http.ts';
import { type AppRoleDatabase, openAsAppRole } from './support/roles.ts';

/** Each a way to change or hide audit entries that only the owner (or a superuser) has. */
const attacks: [string, string][] = [
  ['UPDATE audit_log', `update audit_log set action = 'endret'`],
  ['DELETE FROM audit_log', `delete from audit_log`],
  ['TRUNCATE audit_log', `truncate audit_log`],
  ['ALTER TABLE … DISABLE TRIGGER ALL', `alter table audit_log disable trigger all`],
  // ALL includes the foreign keys' system triggers, which even the owner may not disable: USER is the owner's way.
  ['ALTER TABLE … DISABLE TRIGGER USER', `alter table audit_log disable trigger user`],
  ['ALTER TABLE … DISABLE TRIGGER <name>', `alter table audit_log disable trigger audit_log_no_update_or_delete`],
  ['DROP TRIGGER', `drop trigger audit_log_no_update_or_delete on audit_log`],
  ['CREATE TRIGGER (to swallow inserts)', `create trigger swallow before insert on audit_log for each row execute function audit_log_refuse_change()`],
  ['CREATE OR REPLACE the trigger function', `create or replace function audit_log_refuse_change() returns trigger as $$ begin return null; end $$ language plpgsql`],
  ['DROP TABLE audit_log', `drop table audit_log`],
  ['ALTER TABLE … OWNER TO', `alter table audit_log owner to current_user`],
  ['CREATE TABLE in public', `create table public.shadow (id int)`],
  ['a temporary audit_log that shadows the real one', `create temporary table audit_log (like public.audit_log)`],
  ['SET session_replication_role = replica', `set session_replication_role = replica`],
  ['calling the grants function', `select plassplan_grant_app_privileges()`],
];

/** The SQLSTATE a statement fails with, or 'ok'. drizzle wraps the driver's error in `cause`. */
async function sqlState(db: Db, statement: string): Promise<string> {
  try {
    await db.execute(sql.raw(statement));
    return 'ok';
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code ?? String(error);
  }
}

const auditCount = async (db: Db) => (await db.select({ n: count() }).from(auditLog))[0]!.n;

describe.each(testDrivers)('the app role on %s', (driver) => {
  let database: AppRoleDatabase;
  beforeAll(async () => { database = await openAsAppRole(driver); });
  afterAll(async () => { await database?.close(); });

  it('when the app runs on its role, then it logs in, registers and opens a person, and reads the audit rows it wrote', async () => {
    const { db } = database.app;
    await loadDemo(db, 'demo', TEST_TODAY);
    const server = await startTestServer(db, () => TEST_NOW);
    try {
      const before = await auditCount(db);
      const client = await loginAs(server.url, 'koordinator');
      const id = await registerPerson(client);
      expect((await client.get(`/personer/${id}`)).status).toBe(200);
      const actions = await queryRows<{ action: string }>(db, sql`select action from audit_log where person_id = ${id} order by id`);
      expect(actions.map((a) => a.action)).toEqual(['person.create', 'person.view']);
      expect(await auditCount(db)).toBeGreaterThan(before);
    } finally {
      await server.close();
    }
  });

  it.each(attacks)('when the app role tries %s, then it is refused for lack of privilege', async (_name, statement) => {
    expect(await sqlState(database.app.db, statement)).toBe('42501');
  });

  it('after every attempt, then the audit log, its triggers and their function are as they were', async () => {
    const { db } = database.app;
    const triggers = await queryRows<{ tgname: string; tgenabled: string }>(db,
      sql`select tgname, tgenabled from pg_trigger where tgrelid = 'audit_log'::regclass and not tgisinternal order by tgname`);
    expect(triggers).toEqual([{ tgname: 'audit_log_no_truncate', tgenabled: 'O' }, { tgname: 'audit_log_no_update_or_delete', tgenabled: 'O' }]);
    const [fn] = await queryRows<{ src: string }>(db, sql`select prosrc as src from pg_proc where proname = 'audit_log_refuse_change'`);
    expect(fn!.src).toContain('append-only');
    expect(await auditCount(db)).toBeGreaterThan(0);
  });

  it('when a later migration adds a table, then migrating grants the app role read and write on it', async () => {
    await database.asOwner(async (owner) => {
      await owner.db.execute(sql`create table later_table (id serial primary key, note text)`);
      await migrateDb(owner);
    });
    const { db } = database.app;
    await db.execute(sql`insert into later_table (note) values ('ny')`);
    await db.execute(sql`update later_table set note = 'endret'`);
    expect(await queryRows(db, sql`select note from later_table`)).toEqual([{ note: 'endret' }]);
    expect(await sqlState(db, 'truncate later_table')).toBe('42501');
  });
});
