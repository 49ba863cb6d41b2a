/**
 * Interim korttid stays (korttidsopphold i påvente av langtidsplass): allocations with
 * `interim` set. They live as every allocation does (proposed → reserved → admitted, or
 * rejected / cancelled) and take a korttid place through the same unit lock and ledger check,
 * so a booking, an interim stay and an admission compete for the same capacity. What differs:
 * the waitlist entry keeps `waiting` throughout, because the person still waits for their own
 * place; at most one interim stay per entry is reserved or admitted at a time.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { osloToday } from '../dates.ts';
import { allocations, unitStays, waitlistEntries } from '../schema.ts';
import { type Actor, type AllocationOutcome, leaveCurrentPlace, lockUnit, type OverrideChoice, placesOn } from './allocations.ts';
import { appendAudit } from './audit.ts';
import { admissionReviewDate } from './korttid-review.ts';

type Allocation = typeof allocations.$inferSelect;
type Failure = Exclude<AllocationOutcome, { ok: true }>;

const fail = (reason: Failure['reason'], message: string): Failure => ({ ok: false, reason, message });
const TAKEN = 'Forslaget er allerede behandlet av noen andre. Last siden på nytt.';
const joinReason = (why: string | null, decision: string) => (why ? `${why}\n${decision}` : decision);

/** Accepts an interim proposal: the korttid place is reserved; the entry keeps waiting. Caller holds the transaction. */
export async function acceptInterim(tx: Tx, allocation: Allocation, actor: Actor, now: Date): Promise<AllocationOutcome> {
  await lockUnit(tx, allocation.unitId);
  const [current] = await tx.select().from(allocations).where(eq(allocations.id, allocation.id));
  if (current!.status !== 'proposed') return fail('not-proposed', TAKEN);
  const held = await holdInterim(tx, current!, now);
  if (!held.ok) return held;
  await tx.update(allocations).set({ status: 'reserved', decidedBy: actor.userId, decidedAt: now, meetingId: actor.meetingId ?? null })
    .where(eq(allocations.id, current!.id));
  await appendAudit(tx, { userId: actor.userId, action: 'allocation.interim-accept', entity: 'allocation', entityId: current!.id,
    personId: held.personId, before: { status: 'proposed' }, after: { status: 'reserved', unitId: current!.unitId, date: current!.date, interim: true } });
  return { ok: true, allocationId: current!.id };
}

/** Overrides an interim proposal with another person, korttid unit or day: a new reserved interim stay. */
export async function overrideInterim(tx: Tx, allocation: Allocation, choice: OverrideChoice, actor: Actor, now: Date): Promise<AllocationOutcome> {
  await lockUnit(tx, Math.min(allocation.unitId, choice.unitId));
  await lockUnit(tx, Math.max(allocation.unitId, choice.unitId));
  const [current] = await tx.select().from(allocations).where(eq(allocations.id, allocation.id));
  if (current!.status !== 'proposed') return fail('not-proposed', TAKEN);
  // Checked first: when it fails, nothing has been changed.
  const held = await holdInterim(tx, choice, now);
  if (!held.ok) return held;
  await tx.update(allocations).set({ status: 'rejected', reason: joinReason(current!.reason, `Overstyrt: ${choice.reason}`), decidedBy: actor.userId, decidedAt: now, meetingId: actor.meetingId ?? null })
    .where(eq(allocations.id, current!.id));
  const [created] = await tx.insert(allocations).values({
    entryId: choice.entryId, unitId: choice.unitId, date: choice.date, status: 'reserved', interim: true, planningRunId: current!.planningRunId,
    meetingId: actor.meetingId ?? null, reason: `Overstyring: ${choice.reason}`, decidedBy: actor.userId, decidedAt: now,
  }).returning({ id: allocations.id });
  await appendAudit(tx, { userId: actor.userId, action: 'allocation.interim-override', entity: 'allocation', entityId: created!.id,
    personId: held.personId, before: { proposalId: current!.id, entryId: current!.entryId, unitId: current!.unitId, date: current!.date },
    after: { entryId: choice.entryId, unitId: choice.unitId, date: choice.date, reason: choice.reason, interim: true } });
  return { ok: true, allocationId: created!.id };
}

/**
 * The person arrives at the korttid unit: a stay opens there (the hospital stay ends as at any
 * admission), and the entry keeps waiting: from now on the person is an occupant of the unit
 * who waits for their own place, and their bed frees when they move on.
 */
export async function admitInterim(tx: Tx, allocation: Allocation, actor: Actor, now: Date): Promise<AllocationOutcome> {
  const today = osloToday(now);
  const [entry] = await tx.select({ personId: waitlistEntries.personId }).from(waitlistEntries).where(eq(waitlistEntries.id, allocation.entryId));
  const left = await leaveCurrentPlace(tx, entry!.personId, now);
  const reviewDate = await admissionReviewDate(tx, allocation.unitId, today);
  await tx.insert(unitStays).values({ personId: entry!.personId, unitId: allocation.unitId, allocationId: allocation.id, fromDate: today, reviewDate });
  await tx.update(allocations).set({ status: 'admitted', decidedBy: actor.userId, decidedAt: now }).where(eq(allocations.id, allocation.id));
  await appendAudit(tx, { userId: actor.userId, action: 'allocation.interim-admit', entity: 'allocation', entityId: allocation.id, personId: entry!.personId,
    before: { status: 'reserved', leftUnitId: left ?? null }, after: { status: 'admitted', unitId: allocation.unitId, fromDate: today, reviewDate, interim: true } });
  return { ok: true, allocationId: allocation.id };
}

/** Cancels a reserved interim stay: the korttid place goes back; the entry was waiting and still is. */
export async function cancelInterim(tx: Tx, allocation: Allocation, reason: string, actor: Actor, now: Date): Promise<AllocationOutcome> {
  await tx.update(allocations).set({ status: 'cancelled', reason: joinReason(allocation.reason, `Kansellert: ${reason}`), decidedBy: actor.userId, decidedAt: now })
    .where(eq(allocations.id, allocation.id));
  const [entry] = await tx.select({ personId: waitlistEntries.personId }).from(waitlistEntries).where(eq(waitlistEntries.id, allocation.entryId));
  await appendAudit(tx, { userId: actor.userId, action: 'allocation.interim-cancel', entity: 'allocation', entityId: allocation.id,
    personId: entry?.personId ?? null, before: { status: 'reserved' }, after: { status: 'cancelled', reason, interim: true } });
  return { ok: true, allocationId: allocation.id };
}

/**
 * At admission to the entry's own place, an interim stay still only reserved is no longer
 * needed: it is cancelled (audited) so its korttid place goes back.
 */
export async function cancelInterimOnArrival(tx: Tx, entryId: number, personId: number, actor: Actor, now: Date): Promise<void> {
  const reason = 'Innskrevet på egen plass';
  const open = await tx.select({ id: allocations.id, reason: allocations.reason }).from(allocations)
    .where(and(eq(allocations.entryId, entryId), eq(allocations.interim, true), eq(allocations.status, 'reserved')));
  for (const a of open) {
    await tx.update(allocations).set({ status: 'cancelled', reason: joinReason(a.reason, `Kansellert: ${reason}`), decidedBy: actor.userId, decidedAt: now })
      .where(eq(allocations.id, a.id));
    await appendAudit(tx, { userId: actor.userId, action: 'allocation.interim-cancel', entity: 'allocation', entityId: a.id, personId,
      before: { status: 'reserved' }, after: { status: 'cancelled', reason, interim: true } });
  }
}

/** Whether any of the entries has an interim stay reserved (a korttid place held; cancel it before the entry ends). */
export async function holdsInterimReservation(tx: Tx, entryIds: number[]): Promise<boolean> {
  if (entryIds.length === 0) return false;
  const [held] = await tx.select({ id: allocations.id }).from(allocations)
    .where(and(inArray(allocations.entryId, entryIds), eq(allocations.interim, true), eq(allocations.status, 'reserved'))).limit(1);
  return held !== undefined;
}

/**
 * Checks that the entry still waits, holds no interim stay yet, and that the korttid unit
 * has a place from the date on (the ledger, as for every reservation). The unit's row must
 * be locked by the caller.
 */
async function holdInterim(tx: Tx, target: { entryId: number; unitId: number; date: string }, now: Date): Promise<{ ok: true; personId: number } | Failure> {
  const [entry] = await tx.select().from(waitlistEntries).where(eq(waitlistEntries.id, target.entryId)).for('update');
  if (!entry || entry.status !== 'waiting') return fail('not-waiting', 'Personen venter ikke lenger på plass (allerede reservert, innskrevet eller avsluttet).');
  const [held] = await tx.select({ id: allocations.id }).from(allocations)
    .where(and(eq(allocations.entryId, entry.id), eq(allocations.interim, true), inArray(allocations.status, ['reserved', 'admitted'])));
  if (held) return fail('not-waiting', 'Personen har allerede et korttidsopphold mens hen venter på egen plass. Ingenting er endret.');
  if (await placesOn(tx, target.unitId, target.date, now) < 1) {
    return fail('no-place', 'Enheten har ingen ledig plass fra denne datoen lenger – plassene er lovet bort til andre reservasjoner eller avlastningsopphold. Ingenting er endret.');
  }
  return { ok: true, personId: entry.personId };
}
