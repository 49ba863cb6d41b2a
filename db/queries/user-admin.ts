/**
 * The admin's user management: list, change role and units, deactivate, set a new
 * password. Each change runs in one transaction with its audit entry (before and after);
 * password hashes never go into the audit log.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { institutions, type Role, sessions, units, userUnits, users } from '../schema.ts';
import { appendAudit } from './audit.ts';

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  createdAt: Date;
  /** Units of an institusjonsleder; empty for other roles. */
  unitIds: number[];
}

export interface UnitChoice { id: number; code: string; name: string; institution: string }

export type UserChange = { ok: true } | { ok: false; reason: 'not-found' };

export const listUsers = (db: DbOrTx): Promise<UserRow[]> => selectUsers(db);

export async function findUser(db: DbOrTx, id: number): Promise<UserRow | undefined> {
  return (await selectUsers(db, id))[0];
}

async function selectUsers(db: DbOrTx, id?: number): Promise<UserRow[]> {
  const rows = await db.select({
    id: users.id, username: users.username, displayName: users.displayName, role: users.role,
    active: users.active, createdAt: users.createdAt,
  }).from(users).where(id === undefined ? undefined : eq(users.id, id)).orderBy(asc(users.username));
  const links = await db.select().from(userUnits).where(id === undefined ? undefined : eq(userUnits.userId, id));
  return rows.map((u) => ({ ...u, unitIds: links.filter((l) => l.userId === u.id).map((l) => l.unitId).sort((a, b) => a - b) }));
}

/** Whether a user name is taken, ignoring case (active or not: names are never reused). */
export async function usernameTaken(db: DbOrTx, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.username}) = lower(${username})`);
  return row !== undefined;
}

/** Active units with their institution, for the leader's unit choices. */
export async function listUnitChoices(db: DbOrTx): Promise<UnitChoice[]> {
  return db.select({ id: units.id, code: units.code, name: units.name, institution: institutions.name })
    .from(units).innerJoin(institutions, eq(institutions.id, units.institutionId))
    .where(eq(units.active, true)).orderBy(asc(institutions.name), asc(units.code));
}

export interface UserUpdate { displayName: string; role: Role; unitIds: number[] }

/** Changes name, role and units; only an institusjonsleder keeps units. */
export async function updateUser(db: DbOrTx, id: number, change: UserUpdate, byUserId: number): Promise<UserChange> {
  return db.transaction(async (tx) => {
    const before = await lockedUser(tx, id);
    if (!before) return { ok: false, reason: 'not-found' } as const;
    const unitIds = change.role === 'institusjonsleder' ? [...new Set(change.unitIds)].sort((a, b) => a - b) : [];
    await tx.update(users).set({ displayName: change.displayName, role: change.role }).where(eq(users.id, id));
    await tx.delete(userUnits).where(eq(userUnits.userId, id));
    if (unitIds.length) await tx.insert(userUnits).values(unitIds.map((unitId) => ({ userId: id, unitId })));
    await appendAudit(tx, {
      userId: byUserId, action: 'user.update', entity: 'user', entityId: id,
      before: { displayName: before.displayName, role: before.role, unitIds: before.unitIds },
      after: { displayName: change.displayName, role: change.role, unitIds },
    });
    return { ok: true } as const;
  });
}

/** Deactivating ends the user's sessions at once; the user and their history stay. */
export async function setUserActive(db: DbOrTx, id: number, active: boolean, byUserId: number): Promise<UserChange> {
  return db.transaction(async (tx) => {
    const before = await lockedUser(tx, id);
    if (!before) return { ok: false, reason: 'not-found' } as const;
    await tx.update(users).set({ active }).where(eq(users.id, id));
    if (!active) await tx.delete(sessions).where(eq(sessions.userId, id));
    await appendAudit(tx, {
      userId: byUserId, action: active ? 'user.activate' : 'user.deactivate', entity: 'user', entityId: id,
      before: { active: before.active }, after: { active },
    });
    return { ok: true } as const;
  });
}

/** Sets a new password hash and ends the user's sessions; the audit entry says only that it happened. */
export async function setPassword(db: DbOrTx, id: number, passwordHash: string, byUserId: number): Promise<UserChange> {
  return db.transaction(async (tx) => {
    const before = await lockedUser(tx, id);
    if (!before) return { ok: false, reason: 'not-found' } as const;
    await tx.update(users).set({ passwordHash }).where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await appendAudit(tx, { userId: byUserId, action: 'user.password-reset', entity: 'user', entityId: id });
    return { ok: true } as const;
  });
}

async function lockedUser(tx: DbOrTx, id: number): Promise<UserRow | undefined> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id)).for('update');
  return row ? findUser(tx, id) : undefined;
}
