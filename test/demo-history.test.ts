/**
 * The app on the simulated history (`npm start`, the demo): every page a role may open
 * answers without a server error, including the pages of people with a long history.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryRows } from '../db/client.ts';
import { loadDemo } from '../server/demo.ts';
import { createTestDatabase, testDrivers } from './support/databases.ts';
import { loginAs, startTestServer, type TestServer } from './support/http.ts';
import { ROLE_USERS } from './support/route-ids.ts';

const TODAY = '2026-11-24';
const NOW = new Date('2026-11-24T09:00:00Z');

describe.each(testDrivers)('the app on the demo history on %s', (driver) => {
  let database: Database;
  let server: TestServer;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    expect(await loadDemo(database.db, 'demo', TODAY, true)).toBe(true);
    server = await startTestServer(database.db, () => NOW);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('when each role opens every page without a parameter, then none answers with a server error', async () => {
    for (const [role, username] of Object.entries(ROLE_USERS)) {
      const client = await loginAs(server.url, username);
      const pages = server.routes.specs.filter((r) => r.method === 'get' && !r.path.includes(':') && r.allow !== 'anyone' && r.allow.includes(role as never));
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) expect((await client.get(page.path)).status, `${role} ${page.path}`).toBeLessThan(500);
    }
  }, 120_000);

  it('when the coordinator opens the people with the most history, then their pages show it', async () => {
    const client = await loginAs(server.url, 'koordinator');
    const busiest = await queryRows<{ id: number; name: string }>(database.db, sql`select p.id, p.name from persons p
      order by (select count(*) from unit_stays s where s.person_id = p.id) + (select count(*) from applications a where a.person_id = p.id) desc, p.id limit 5`);
    for (const person of busiest) {
      const response = await client.get(`/personer/${person.id}`);
      expect(response.status, person.name).toBe(200);
      expect(await response.text()).toContain(person.name.split(' ')[0]);
    }
  }, 60_000);
});
