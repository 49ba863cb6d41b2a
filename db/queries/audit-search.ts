/** The admin's view of the audit log: filtered by user, action, person and Oslo days, a page at a time. */
import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { maskFnr } from '../fnr.ts';
import { auditLog, persons, users } from '../schema.ts';
import { type AuditNames, loadAuditNames } from './audit-names.ts';

export interface AuditFilter {
  userId?: number;
  action?: string;
  personId?: number;
  /** First day, inclusive, `YYYY-MM-DD` in Europe/Oslo. */
  from?: string;
  /** Last day, inclusive, `YYYY-MM-DD` in Europe/Oslo. */
  to?: string;
}

export interface AuditRow {
  id: number;
  at: Date;
  userId: number | null;
  username: string | null;
  displayName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  personId: number | null;
  personName: string | null;
  /** Lists never carry the full fødselsnummer. */
  personFnrMasked: string | null;
  before: unknown;
  after: unknown;
}

/** One page of the log, with the names behind the ids its rows mention. */
export interface AuditPage { rows: AuditRow[]; total: number; page: number; pageCount: number; names: AuditNames }

/** Rows per page on the admin's log page. */
export const AUDIT_PAGE_SIZE = 50;

function conditions(filter: AuditFilter): SQL | undefined {
  const osloMidnight = (day: string) => sql`(${day}::date)::timestamp at time zone 'Europe/Oslo'`;
  return and(
    filter.userId === undefined ? undefined : eq(auditLog.userId, filter.userId),
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.personId === undefined ? undefined : eq(auditLog.personId, filter.personId),
    filter.from ? sql`${auditLog.at} >= ${osloMidnight(filter.from)}` : undefined,
    filter.to ? sql`${auditLog.at} < ${osloMidnight(filter.to)} + interval '1 day'` : undefined,
  );
}

/** One page (1-based; past the end gives the last page) of matching entries, newest first. */
export async function searchAudit(db: DbOrTx, filter: AuditFilter, page = 1, pageSize = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const where = conditions(filter);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(auditLog).where(where);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.select({
    id: auditLog.id, at: auditLog.at, userId: auditLog.userId, username: users.username, displayName: users.displayName,
    action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId, personId: auditLog.personId,
    personName: persons.name, fnr: persons.fnr, before: auditLog.before, after: auditLog.after,
  }).from(auditLog).leftJoin(users, eq(users.id, auditLog.userId)).leftJoin(persons, eq(persons.id, auditLog.personId))
    .where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(pageSize).offset((current - 1) * pageSize);
  return {
    rows: rows.map(({ fnr, ...row }) => ({ ...row, personFnrMasked: fnr ? maskFnr(fnr) : null })),
    total, page: current, pageCount, names: await loadAuditNames(db, rows),
  };
}

/** The actions that occur in the log, for the filter's choices. */
export async function listAuditActions(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}

/** A person by id or by fødselsnummer (11 digits), for the log's person filter. */
export async function findPersonRef(db: DbOrTx, idOrFnr: string): Promise<{ id: number; name: string } | undefined> {
  const value = idOrFnr.trim();
  const where = /^\d{11}$/.test(value) ? eq(persons.fnr, value) : /^\d{1,9}$/.test(value) ? eq(persons.id, Number(value)) : undefined;
  if (!where) return undefined;
  const [row] = await db.select({ id: persons.id, name: persons.name }).from(persons).where(where);
  return row;
}
