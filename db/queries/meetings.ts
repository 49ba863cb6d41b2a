/**
 * Tildelingsmøter (weekly allocation meetings): the meeting row, the decisions recorded
 * on it, and its minutes, frozen once issued.
 */
import { createHash } from 'node:crypto';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { allocations, meetings } from '../schema.ts';
import { appendAudit } from './audit.ts';

export type Meeting = typeof meetings.$inferSelect;

export interface NewMeeting { weekStart: string; participants: string[]; planningRunId: number | null }

/** Starts a meeting for a week (Monday); audited as `meeting.start`. */
export async function createMeeting(db: DbOrTx, input: NewMeeting, userId: number, now: Date): Promise<number> {
  const [row] = await db.insert(meetings).values({ ...input, heldAt: now, createdBy: userId }).returning({ id: meetings.id });
  await appendAudit(db, { userId, action: 'meeting.start', entity: 'meeting', entityId: row!.id, after: input });
  return row!.id;
}

export async function findMeeting(db: DbOrTx, id: number): Promise<Meeting | undefined> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  return row;
}

/** Meetings, newest week first; optionally only one week's. */
export async function listMeetings(db: DbOrTx, options: { weekStart?: string; limit?: number } = {}): Promise<Meeting[]> {
  return db.select().from(meetings).where(options.weekStart ? eq(meetings.weekStart, options.weekStart) : undefined)
    .orderBy(desc(meetings.weekStart), desc(meetings.id)).limit(options.limit ?? 20);
}

/** The meeting before this one (earlier week, or earlier in the same week). */
export async function previousMeeting(db: DbOrTx, meeting: Meeting): Promise<Meeting | undefined> {
  const [row] = await db.select().from(meetings)
    .where(or(lt(meetings.weekStart, meeting.weekStart), and(eq(meetings.weekStart, meeting.weekStart), lt(meetings.id, meeting.id))))
    .orderBy(desc(meetings.weekStart), desc(meetings.id)).limit(1);
  return row;
}

/** The planning run whose proposals the meeting decides on. */
export async function setMeetingRun(db: DbOrTx, meetingId: number, runId: number, userId: number): Promise<void> {
  await db.update(meetings).set({ planningRunId: runId }).where(eq(meetings.id, meetingId));
  await appendAudit(db, { userId, action: 'meeting.plan', entity: 'meeting', entityId: meetingId, after: { planningRunId: runId } });
}

export async function setParticipants(db: DbOrTx, meetingId: number, participants: string[], userId: number): Promise<void> {
  const [before] = await db.select({ participants: meetings.participants }).from(meetings).where(eq(meetings.id, meetingId));
  await db.update(meetings).set({ participants }).where(and(eq(meetings.id, meetingId), isNull(meetings.minutesIssuedAt)));
  await appendAudit(db, { userId, action: 'meeting.participants', entity: 'meeting', entityId: meetingId, before, after: { participants } });
}

/**
 * Freezes the minutes as issued. Only the first issue wins: returns false when the
 * minutes were already issued (by anyone), and nothing changes.
 */
export async function issueMinutes(db: DbOrTx, meetingId: number, html: string, userId: number, now: Date): Promise<boolean> {
  const updated = await db.update(meetings).set({ minutesHtml: html, minutesIssuedAt: now })
    .where(and(eq(meetings.id, meetingId), isNull(meetings.minutesIssuedAt))).returning({ id: meetings.id });
  if (updated.length === 0) return false;
  const sha256 = createHash('sha256').update(html).digest('hex');
  await appendAudit(db, { userId, action: 'meeting.minutes-issue', entity: 'meeting', entityId: meetingId, after: { issuedAt: now, sha256 } });
  return true;
}

/** A coordinator chose to show full names on the projector. */
export async function auditShowNames(db: DbOrTx, meetingId: number, userId: number): Promise<void> {
  await appendAudit(db, { userId, action: 'meeting.show-names', entity: 'meeting', entityId: meetingId });
}

/** The planning run an allocation came from (null for none, undefined when there is no such allocation). */
export async function runOfAllocation(db: DbOrTx, allocationId: number): Promise<number | null | undefined> {
  const [row] = await db.select({ runId: allocations.planningRunId }).from(allocations).where(eq(allocations.id, allocationId));
  return row?.runId;
}

export interface MeetingDecision {
  allocationId: number; status: string; date: string; reason: string | null; decidedAt: Date | string | null;
  personId: number; personName: string; priority: number; kind: string; unitId: number; unitName: string; unitCode: string;
  /** Decided on Forslag (outside the meeting) the day the meeting was held. */
  onForslag: boolean;
  /** A korttid stay while the person waits for their own place (`kind`). */
  interim: boolean;
}

/**
 * Every proposal decided in the meeting (reserved or admitted places, rejected proposals),
 * and those decided on Forslag the same Oslo day, which belong to the same week's round.
 */
export async function listMeetingDecisions(db: DbOrTx, meetingId: number): Promise<MeetingDecision[]> {
  return queryRows<MeetingDecision>(db, sql`
    select al.id as "allocationId", al.status, al.date::text as date, al.reason, al.decided_at as "decidedAt",
      p.id as "personId", p.name as "personName", a.priority, e.kind, u.id as "unitId", u.name as "unitName", u.code as "unitCode",
      al.meeting_id is null as "onForslag", al.interim
    from allocations al join waitlist_entries e on e.id = al.entry_id join applications a on a.id = e.application_id
    join persons p on p.id = e.person_id join units u on u.id = al.unit_id
    join meetings m on m.id = ${meetingId}
    where al.meeting_id = m.id
      or (al.meeting_id is null and al.planning_run_id is not null and al.status <> 'proposed' and al.decided_at is not null
          and (al.decided_at at time zone 'Europe/Oslo')::date = (m.held_at at time zone 'Europe/Oslo')::date)
    order by u.name, al.date, p.name`);
}
