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

  it('when each role opens every page without a parameter, then none answers with a server error or shows an applicant id', async () => {
    for (const [role, username] of Object.entries(ROLE_USERS)) {
      const client = await loginAs(server.url, username);
      const pages = server.routes.specs.filter((r) => r.method === 'get' && !r.path.includes(':') && r.allow !== 'anyone' && r.allow.includes(role as never));
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        const response = await client.get(page.path);
        expect(response.status, `${role} ${page.path}`).toBeLessThan(500);
        // Downloads (the snapshot as JSON, CSV) may carry ids; pages name people.
        if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
        const text = (await response.text()).replace(/<[^>]+>/g, ' ');
        expect(text.match(/\b(V-|E)\d+\b/g) ?? [], `${role} ${page.path}`).toEqual([]);
      }
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

  it('when the coordinator reads the proposals, the latest meeting and people placed by it, then the planner\'s sentences name people, not ids', async () => {
    const client = await loginAs(server.url, 'koordinator');
    const [meeting] = await queryRows<{ id: number }>(database.db, sql`select id from meetings order by held_at desc limit 1`);
    const placed = await queryRows<{ person_id: number }>(database.db, sql`select e.person_id from allocations a
      join waitlist_entries e on e.id = a.entry_id where a.meeting_id = ${meeting!.id} order by a.id limit 3`);
    expect(placed.length).toBeGreaterThan(0);
    for (const path of ['/forslag', `/tildelingsmote/${meeting!.id}`, ...placed.map((p) => `/personer/${p.person_id}`)]) {
      const text = (await (await client.get(path)).text()).replace(/<[^>]+>/g, ' ');
      expect(text, path).toContain('får plass');
      expect(text.match(/\b(V-|E)\d+\b/g) ?? [], path).toEqual([]);
    }
  }, 60_000);
});
