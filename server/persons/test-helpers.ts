/** Shared by the person route tests: fresh people and counts of what is stored. */
import { and, count, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { syntheticFnr } from '../../db/fnr.ts';
import { PERSON_VIEW_ACTIONS } from '../../db/queries/person-access.ts';
import { applications, auditLog, hospitalStays, persons, waitlistEntries } from '../../db/schema.ts';
import type { Client } from '../../test/support/http.ts';

let serial = 100;
/** A valid synthetic fødselsnummer not used by the demo data. */
export function freshFnr(): string {
  for (;;) {
    const fnr = syntheticFnr({ year: 1931 + (serial % 60), month: 1 + (serial % 12), day: 1 + (serial % 28) }, 900 + (serial++ % 99));
    if (fnr) return fnr;
  }
}

/** Registers a person through the form and returns the new id. */
export async function registerPerson(client: Client, name = 'Test Testesen'): Promise<number> {
  const res = await client.post('/personer', { navn: name, fodselsnummer: freshFnr(), bydel: 'Sentrum' });
  if (res.status !== 303) throw new Error(`register failed: ${res.status} ${await res.text()}`);
  return Number(/\/personer\/(\d+)/.exec(res.headers.get('location')!)![1]);
}

/** Rows per table; `audit` counts changes only (a refused form still logs that the person was seen). */
export interface Counts { persons: number; applications: number; entries: number; stays: number; audit: number }

export async function counts(db: Db): Promise<Counts> {
  const n = async (table: typeof persons | typeof applications | typeof waitlistEntries | typeof hospitalStays) =>
    (await db.select({ n: count() }).from(table))[0]!.n;
  const [changes] = await db.select({ n: count() }).from(auditLog).where(notInArray(auditLog.action, [...PERSON_VIEW_ACTIONS]));
  return { persons: await n(persons), applications: await n(applications), entries: await n(waitlistEntries), stays: await n(hospitalStays), audit: changes!.n };
}

export async function auditOf(db: Db, personId: number) {
  return db.select().from(auditLog).where(eq(auditLog.personId, personId)).orderBy(auditLog.id);
}

/** The person's audit entries of one action, e.g. how often the person was seen (`person.view`). */
export async function auditCount(db: Db, personId: number, action: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.personId, personId), eq(auditLog.action, action)));
  return row!.n;
}

/** A valid vedtak form, to be varied by each test. */
export const vedtakBody = (over: Record<string, string> = {}): Record<string, string> => ({
  mottatt: '2026-11-02', type: 'langtid', utfall: 'ventelistevedtak', vedtaksdato: '2026-11-16', prioritet: '2',
  prioritet_begrunnelse: 'Bor alene, økende behov', begrunnelse: 'Kan ikke lenger bo forsvarlig hjemme om natten.', ...over,
});

/** Non-htmx and htmx clients get different answers; tests use htmx like the browser does. */
export const HX = { headers: { 'hx-request': 'true' } };
