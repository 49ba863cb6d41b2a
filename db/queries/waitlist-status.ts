/**
 * Changes to a person's place on the waiting list: withdrawn, deceased, new priority.
 * Each has a mandatory reason and is audited with before and after, in one transaction.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client.ts';
import { applications, hospitalStays, unitStays, waitlistEntries } from '../schema.ts';
import { appendAudit } from './audit.ts';
import { holdsInterimReservation } from './interim-allocations.ts';

export type StatusOutcome = { ok: true } | { ok: false; reason: 'not-found' | 'not-waiting' | 'reserved' | 'date'; message: string };

const RESERVED_MESSAGE = 'Personen har en reservert plass. Kanseller den under Forslag først.';

async function lockEntry(tx: Tx, personId: number, entryId: number) {
  const [entry] = await tx.select().from(waitlistEntries)
    .where(and(eq(waitlistEntries.id, entryId), eq(waitlistEntries.personId, personId))).for('update');
  return entry;
}

/** Takes a waiting person off the list (status withdrawn). */
export async function withdrawEntry(db: DbOrTx, personId: number, entryId: number, reason: string, userId: number, at: Date): Promise<StatusOutcome> {
  return db.transaction(async (tx) => {
    const entry = await lockEntry(tx, personId, entryId);
    if (!entry) return { ok: false, reason: 'not-found', message: 'Fant ikke ventelisteplassen.' } as const;
    if (entry.status === 'reserved' || await holdsInterimReservation(tx, [entry.id])) return { ok: false, reason: 'reserved', message: RESERVED_MESSAGE } as const;
    if (entry.status !== 'waiting') return { ok: false, reason: 'not-waiting', message: 'Personen venter ikke lenger på denne plassen.' } as const;
    await tx.update(waitlistEntries).set({ status: 'withdrawn', statusReason: reason, statusChangedAt: at }).where(eq(waitlistEntries.id, entryId));
    await appendAudit(tx, {
      userId, action: 'waitlist.withdraw', entity: 'waitlist_entry', entityId: entryId, personId,
      before: { status: entry.status, statusReason: entry.statusReason }, after: { status: 'withdrawn', statusReason: reason },
    });
    return { ok: true } as const;
  });
}

/** Changes the priority of a waiting person's vedtak. */
export async function changePriority(db: DbOrTx, personId: number, entryId: number, change: { priority: number; reason: string }, userId: number): Promise<StatusOutcome> {
  return db.transaction(async (tx) => {
    const entry = await lockEntry(tx, personId, entryId);
    if (!entry) return { ok: false, reason: 'not-found', message: 'Fant ikke ventelisteplassen.' } as const;
    if (entry.status !== 'waiting' && entry.status !== 'reserved') {
      return { ok: false, reason: 'not-waiting', message: 'Prioriteten kan bare endres mens personen venter.' } as const;
    }
    const [app] = await tx.select().from(applications).where(eq(applications.id, entry.applicationId));
    await tx.update(applications).set({ priority: change.priority, priorityReason: change.reason }).where(eq(applications.id, entry.applicationId));
    await appendAudit(tx, {
      userId, action: 'application.priority', entity: 'application', entityId: entry.applicationId, personId,
      before: { priority: app!.priority, priorityReason: app!.priorityReason }, after: { priority: change.priority, priorityReason: change.reason },
    });
    return { ok: true } as const;
  });
}

/**
 * Records a death: every waiting entry becomes deceased, and an open hospital or unit
 * stay ends on the date. Refused while a place is reserved (the allocation is cancelled first).
 */
export async function markDeceased(db: DbOrTx, personId: number, death: { date: string; reason: string }, userId: number, at: Date): Promise<StatusOutcome> {
  return db.transaction(async (tx) => {
    const entries = await tx.select().from(waitlistEntries)
      .where(and(eq(waitlistEntries.personId, personId), inArray(waitlistEntries.status, ['waiting', 'reserved']))).for('update');
    if (entries.some((e) => e.status === 'reserved') || await holdsInterimReservation(tx, entries.map((e) => e.id))) return { ok: false, reason: 'reserved', message: RESERVED_MESSAGE } as const;
    const latestStart = await latestOpenStayStart(tx, personId);
    if (latestStart && death.date < latestStart) {
      return { ok: false, reason: 'date', message: 'Dødsdatoen kan ikke være før et åpent opphold startet.' } as const;
    }
    const ids = entries.map((e) => e.id);
    if (ids.length) await tx.update(waitlistEntries).set({ status: 'deceased', statusReason: death.reason, statusChangedAt: at }).where(inArray(waitlistEntries.id, ids));
    const endedHospital = await tx.update(hospitalStays).set({ endedDate: death.date, endedReason: 'død', status: 'avmeldt' })
      .where(and(eq(hospitalStays.personId, personId), isNull(hospitalStays.endedDate))).returning({ id: hospitalStays.id });
    const endedStays = await tx.update(unitStays).set({ toDate: death.date, endedAt: at, endReason: 'dod' })
      .where(and(eq(unitStays.personId, personId), isNull(unitStays.toDate))).returning({ id: unitStays.id });
    await appendAudit(tx, {
      userId, action: 'person.deceased', entity: 'person', entityId: personId, personId,
      before: { waitingEntryIds: ids }, after: { date: death.date, reason: death.reason, endedHospitalStays: endedHospital.map((h) => h.id), endedUnitStays: endedStays.map((s) => s.id) },
    });
    return { ok: true } as const;
  });
}

/** The latest start of an open hospital or unit stay, or null. */
async function latestOpenStayStart(tx: Tx, personId: number): Promise<string | null> {
  const [hospital] = await tx.select({ from: hospitalStays.admittedDate }).from(hospitalStays)
    .where(and(eq(hospitalStays.personId, personId), isNull(hospitalStays.endedDate)));
  const [stay] = await tx.select({ from: unitStays.fromDate }).from(unitStays)
    .where(and(eq(unitStays.personId, personId), isNull(unitStays.toDate)));
  const starts = [hospital?.from, stay?.from].filter((d): d is string => Boolean(d)).sort();
  return starts.at(-1) ?? null;
}
