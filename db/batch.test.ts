import { asc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../test/support/databases.ts';
import { insertRows, isAnyOf, SLICE_ROWS } from './batch.ts';
import type { Database } from './client.ts';
import { syntheticFnr } from './fnr.ts';
import { applications, auditLog, persons } from './schema.ts';

let serial = 0;
const nextFnr = (): string => syntheticFnr({ year: 1950, month: 1 + (serial % 12), day: 1 + (Math.floor(serial / 12) % 28) }, 500 + Math.floor(serial++ / 336)) ?? nextFnr();

describe.each(testDrivers)('insertRows on %s', (driver) => {
  let database: Database;
  beforeAll(async () => { database = await createTestDatabase(driver); });
  afterAll(async () => { await database?.close(); });

  it('when any text, arrays and JSON go in as JSON, then they read back as drizzle stores them itself', async () => {
    const { db } = database;
    const [person] = await insertRows(db, persons, [{ name: 'Ola «Test» "O\'Hara" \\ ø', fnr: nextFnr(), district: 'Sentrum' }], ['id', 'name']);
    expect(person!.name).toBe('Ola «Test» "O\'Hara" \\ ø');
    await fc.assert(fc.asyncProperty(
      fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 4 }), fc.string({ unit: 'grapheme', minLength: 1 }), // Objects, as audit entries are: drizzle on postgres.js sends a top-level JSON string unencoded, so its own "0" reads back as 0.
      fc.dictionary(fc.string(), fc.jsonValue(), { noNullPrototype: true }), fc.option(fc.constantFrom('2026-02-28', '2026-12-31')),
      async (tags, text, json, date) => {
        const row = {
          personId: person!.id, receivedDate: '2026-01-02', kind: 'langtid' as const, requiredTags: tags, outcome: date ? 'avslag' : null,
          decisionDate: date, reasoning: text, appealRegime: 'statsforvalteren',
        };
        const [viaJson] = await insertRows(db, applications, [row], ['id']);
        const [viaDrizzle] = await db.insert(applications).values(row).returning({ id: applications.id });
        const read = async (id: number) => {
          const [{ id: _id, createdAt: _at, ...rest }] = await db.select().from(applications).where(eq(applications.id, id)) as [typeof applications.$inferSelect];
          return rest;
        };
        expect(await read(viaJson!.id)).toEqual(await read(viaDrizzle!.id));
        const [audit] = await insertRows(db, auditLog, [{ action: 'test', entity: 'test', after: json }], ['after']);
        const [own] = await db.insert(auditLog).values({ action: 'test', entity: 'test', after: json }).returning({ after: auditLog.after });
        expect(audit!.after).toEqual(own!.after);
      },
    ), { numRuns: 40 });
  });

  it('when more rows than a slice go in, then every row is stored once and isAnyOf finds them all', async () => {
    const { db } = database;
    const people = Array.from({ length: SLICE_ROWS * 2 + 7 }, (_, i) => ({ name: `Person ${i}`, fnr: nextFnr(), district: 'Nord' }));
    const ids = await insertRows(db, persons, people, ['id', 'fnr']);
    expect(new Set(ids.map((r) => r.fnr))).toEqual(new Set(people.map((p) => p.fnr)));
    const found = await db.select({ fnr: persons.fnr }).from(persons).where(isAnyOf(persons.fnr, people.map((p) => p.fnr))).orderBy(asc(persons.fnr));
    expect(found.map((r) => r.fnr)).toEqual(people.map((p) => p.fnr).sort());
    const byId = await db.select({ id: persons.id }).from(persons).where(isAnyOf(persons.id, ids.map((r) => r.id)));
    expect(byId).toHaveLength(people.length);
  });
});
