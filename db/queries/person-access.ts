/**
 * Who has looked at a person: every opening of a person's page or data is logged, and the
 * person has the right to know who did. Showing the full fødselsnummer is its own entry.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { auditLog, persons, type Role, users } from '../schema.ts';
import { appendAudit } from './audit.ts';

/** Audit actions that mean someone saw the person's data (not changes to it). */
export const PERSON_VIEW_ACTIONS = ['person.view', 'person.fnr-view', 'audit.person-search'] as const;
export type PersonViewAction = (typeof PERSON_VIEW_ACTIONS)[number];

export interface PersonViewer {
  at: Date;
  userId: number | null;
  username: string | null;
  displayName: string | null;
  role: Role | null;
  action: PersonViewAction;
}

/** Logs that the user opened the person's page or data (`person.view` unless told otherwise). */
export async function recordPersonView(db: DbOrTx, userId: number, personId: number, action: PersonViewAction = 'person.view'): Promise<void> {
  await appendAudit(db, { userId, action, entity: 'person', entityId: personId, personId });
}

/**
 * The full fødselsnummer, for the person page only; the showing is logged in the same
 * transaction (`person.fnr-view`). Undefined when there is no such person.
 */
export async function revealFnr(db: DbOrTx, userId: number, personId: number): Promise<string | undefined> {
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ fnr: persons.fnr }).from(persons).where(eq(persons.id, personId));
    if (!person) return undefined;
    await recordPersonView(tx, userId, personId, 'person.fnr-view');
    return person.fnr;
  });
}

/** Everyone who has looked at the person, newest first (at most `limit`, default 500). */
export async function listPersonViewers(db: DbOrTx, personId: number, limit = 500): Promise<PersonViewer[]> {
  const rows = await db.select({
    at: auditLog.at, userId: auditLog.userId, username: users.username, displayName: users.displayName,
    role: users.role, action: auditLog.action,
  }).from(auditLog).leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.personId, personId), inArray(auditLog.action, [...PERSON_VIEW_ACTIONS])))
    .orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit);
  return rows.map((row) => ({ ...row, action: row.action as PersonViewAction }));
}
