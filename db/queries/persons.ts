/** Persons: find by name or fødselsnummer, register, and read one. */
import { asc, eq, ilike, or } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { maskFnr } from '../fnr.ts';
import { persons } from '../schema.ts';
import { appendAudit } from './audit.ts';

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
  const [row] = await tx.insert(persons).values(person).returning({ id: persons.id });
  const id = row!.id;
  // The audit keeps the number masked: the log is read more widely than the person page.
  await appendAudit(tx, {
    userId, action: 'person.create', entity: 'person', entityId: id, personId: id,
    after: { name: person.name, fnr: maskFnr(person.fnr), district: person.district },
  });
  return id;
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
