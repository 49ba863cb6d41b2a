/** Users, their roles and the units an institution leader is responsible for. */
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { type Role, sessions, userUnits, users } from '../schema.ts';
import { appendAudit } from './audit.ts';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** Units an institusjonsleder may see; empty for other roles. */
  unitIds: number[];
}

export async function findActiveUserByName(db: DbOrTx, username: string) {
  const [user] = await db.select().from(users).where(and(eq(users.username, username), eq(users.active, true)));
  return user;
}

export interface SessionRow {
  userId: number;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** The session's user, when still active. */
  user: SessionUser | undefined;
}

/** `at` is the app's clock, so a session's age and idleness are measured on one clock. */
export async function insertSession(db: DbOrTx, id: string, userId: number, csrfToken: string, at: Date): Promise<void> {
  await db.insert(sessions).values({ id, userId, csrfToken, createdAt: at, lastSeenAt: at });
}

/** The session and its active user with their units, in one query: every request asks. */
export async function findSession(db: DbOrTx, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select({
    userId: sessions.userId, csrfToken: sessions.csrfToken, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt,
    activeId: users.id, username: users.username, displayName: users.displayName, role: users.role,
    unitIds: sql<number[]>`coalesce((select array_agg(${userUnits.unitId}) from ${userUnits} where ${userUnits.userId} = ${users.id}), '{}')`,
  }).from(sessions).leftJoin(users, and(eq(users.id, sessions.userId), eq(users.active, true))).where(eq(sessions.id, id));
  if (!row) return undefined;
  const { activeId, username, displayName, role, unitIds, ...session } = row;
  const user = activeId !== null && username !== null && displayName !== null && role !== null
    ? { id: activeId, username, displayName, role, unitIds: unitIds.map(Number) } : undefined;
  return { ...session, user };
}

export async function touchSession(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function deleteSession(db: DbOrTx, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  unitIds?: number[];
}

/** Creates a user with their units in one transaction, with its audit entry. */
export async function createUser(db: DbOrTx, user: NewUser, byUserId: number | null): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(users).values({
      username: user.username, displayName: user.displayName, passwordHash: user.passwordHash, role: user.role,
    }).returning({ id: users.id });
    const id = row!.id;
    if (user.unitIds?.length) await tx.insert(userUnits).values(user.unitIds.map((unitId) => ({ userId: id, unitId })));
    await appendAudit(tx, {
      userId: byUserId, action: 'user.create', entity: 'user', entityId: id,
      after: { username: user.username, displayName: user.displayName, role: user.role, unitIds: user.unitIds ?? [] },
    });
    return id;
  });
}
