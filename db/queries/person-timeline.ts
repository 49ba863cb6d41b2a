/**
 * A person's timeline: the dates the rows carry (application received, vedtak, hospital
 * messages, stays, allocations) and every audited registration and change, newest first.
 * Views of the page are not events: they are listed under «who has looked».
 */
import { and, desc, eq, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { auditLog, users } from '../schema.ts';
import type { PersonPageData } from './person-page.ts';
import { PERSON_VIEW_ACTIONS } from './person-access.ts';

export interface TimelineEvent {
  /** ISO date (business dates) or ISO timestamp (registrations), for sorting. */
  at: string;
  /** Business events carry only a date; registrations have a time and a user. */
  kind: 'event' | 'registration';
  /** The audit action or the row event, e.g. 'application.create', 'hospital.admitted'. */
  action: string;
  detail?: string;
  /** The vedtak's place kind and outcome as codes, for the view to put in words. */
  vedtak?: { kind: string; outcome?: string | null };
  by?: string | null;
}

export interface AuditRow { at: Date; action: string; after: unknown; by: string | null }

/** Audited changes to the person (not views), newest first; at most `limit` (default 500). */
export async function loadPersonAudit(db: DbOrTx, personId: number, limit = 500): Promise<AuditRow[]> {
  return db.select({ at: auditLog.at, action: auditLog.action, after: auditLog.after, by: users.displayName })
    .from(auditLog).leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.personId, personId), notInArray(auditLog.action, [...PERSON_VIEW_ACTIONS])))
    .orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit);
}

/** Merges row dates and audit entries into one list, newest first. */
export function buildTimeline(data: PersonPageData, audit: AuditRow[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const add = (at: string | null | undefined, action: string, detail?: string, vedtak?: TimelineEvent['vedtak']) => {
    if (at) events.push({ at, kind: 'event', action, detail, ...(vedtak && { vedtak }) });
  };
  for (const v of data.vedtak) {
    add(v.receivedDate, 'application.received', undefined, { kind: v.kind });
    add(v.decisionDate, 'application.decided', undefined, { kind: v.kind, outcome: v.outcome });
  }
  for (const s of data.hospitalStays) {
    add(s.admittedDate, 'hospital.admitted');
    add(s.dischargeReadyDate, 'hospital.discharge-ready');
    add(s.endedDate, `hospital.${s.status}`, s.endedReason ?? undefined);
  }
  for (const s of data.unitStays) {
    add(s.fromDate, 'unit.from', s.unitName);
    add(s.toDate, 'unit.to', s.unitName);
  }
  for (const a of data.allocations) add(a.date, `allocation.${a.status}`, a.unitName);
  for (const row of audit) {
    const vedtak = vedtakOf(row.action, row.after);
    events.push({ at: row.at.toISOString(), kind: 'registration', action: row.action, detail: vedtak ? undefined : detailOf(row.after), ...(vedtak && { vedtak }), by: row.by });
  }
  // A date sorts before the registrations made on it: «2026-11-23» < «2026-11-23T…».
  return events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** Audit actions whose entry carries an application's kind (and outcome, once decided). */
const VEDTAK_ACTIONS = ['application.create', 'application.register', 'application.decide'];

function vedtakOf(action: string, after: unknown): TimelineEvent['vedtak'] {
  if (!VEDTAK_ACTIONS.includes(action) || !after || typeof after !== 'object') return undefined;
  const record = after as Record<string, unknown>;
  return { kind: String(record.kind), outcome: typeof record.outcome === 'string' ? record.outcome : null };
}

function detailOf(after: unknown): string | undefined {
  if (!after || typeof after !== 'object') return undefined;
  const record = after as Record<string, unknown>;
  const text = record.reason ?? record.statusReason ?? record.priorityReason ?? record.endedReason ?? record.note;
  return typeof text === 'string' ? text : undefined;
}
