/** Persons: find by name or fødselsnummer, register, and read one. */
import { asc, eq, ilike, or } from 'drizzle-orm';
import { insertRows, isAnyOf } from '../batch.ts';
import type { DbOrTx } from '../client.ts';
import { maskFnr } from '../fnr.ts';
import { persons } from '../schema.ts';
import { appendAudits } from './audit.ts';

export interface PersonHit {
  id: number;
  name: string;
  /** Lists never carry the full number. */
  fnrMasked: string;
  district: string;
}

/**
 * Persons whose name contains the text, or whose fødselsnummer is the text (spaces
 * ignored); at most `limit` (default 50), by name.
 */
export async function searchPersons(db: DbOrTx, text: string, limit = 50): Promise<PersonHit[]> {
  const q = text.trim();
  if (q.length < 2) return [];
  const digits = q.replace(/\s/g, '');
  const byName = ilike(persons.name, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const rows = await db.select().from(persons)
    .where(/^\d{11}$/.test(digits) ? or(eq(persons.fnr, digits), byName) : byName)
    .orderBy(asc(persons.name), asc(persons.id)).limit(limit);
  return rows.map((p) => ({ id: p.id, name: p.name, fnrMasked: maskFnr(p.fnr), district: p.district }));
}

export type Person = typeof persons.$inferSelect;

export async function findPerson(db: DbOrTx, id: number): Promise<Person | undefined> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  return row;
}

export async function findPersonByFnr(db: DbOrTx, fnr: string): Promise<Person | undefined> {
  const [row] = await db.select().from(persons).where(eq(persons.fnr, fnr));
  return row;
}

export interface NewPerson { name: string; fnr: string; district: string }

/** Inserts the person with its audit entry; call inside a transaction. */
export async function insertPerson(tx: DbOrTx, person: NewPerson, userId: number | null): Promise<number> {
  return (await insertPersons(tx, [person], userId)).get(person.fnr)!;
}

/**
 * Inserts persons (distinct fødselsnummer, none registered yet), a slice per statement,
 * each with its audit entry; returns their ids by fødselsnummer. Call inside a transaction.
 */
export async function insertPersons(tx: DbOrTx, people: readonly NewPerson[], userId: number | null): Promise<Map<string, number>> {
  const rows = await insertRows(tx, persons, people.map(({ name, fnr, district }) => ({ name, fnr, district })), ['id', 'fnr']);
  const ids = new Map(rows.map((r) => [r.fnr, r.id]));
  // The audit keeps the number masked: the log is read more widely than the person page.
  await appendAudits(tx, people.map((person) => ({
    userId, action: 'person.create', entity: 'person', entityId: ids.get(person.fnr)!, personId: ids.get(person.fnr)!,
    after: { name: person.name, fnr: maskFnr(person.fnr), district: person.district },
  })));
  return ids;
}

/** The registered persons among these fødselsnummer, in one query. */
export async function findPersonsByFnr(db: DbOrTx, fnrs: readonly string[]): Promise<Person[]> {
  return fnrs.length ? db.select().from(persons).where(isAnyOf(persons.fnr, fnrs)) : [];
}

export type CreatePersonOutcome = { ok: true; id: number } | { ok: false; reason: 'exists'; existingId: number };

/** Registers a person unless one with the same fødselsnummer exists. */
export async function createPerson(db: DbOrTx, person: NewPerson, userId: number): Promise<CreatePersonOutcome> {
  return db.transaction(async (tx) => {
    const existing = await findPersonByFnr(tx, person.fnr);
    if (existing) return { ok: false, reason: 'exists', existingId: existing.id } as const;
    return { ok: true, id: await insertPerson(tx, person, userId) } as const;
  });
}

/** Districts known from institutions and persons, for the district field's suggestions. */
export async function listDistricts(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ district: persons.district }).from(persons).orderBy(asc(persons.district));
  return rows.map((r) => r.district);
}
