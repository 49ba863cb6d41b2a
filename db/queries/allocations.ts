/**
 * The life of an allocation: proposed → reserved → admitted, or rejected / cancelled.
 * Reserving locks the unit's row, so two coordinators accepting at the same moment are
 * served one after the other and the second sees the first's reservation: no place is
 * ever reserved for two people.
 */
import { and, eq, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, type Tx } from '../client.ts';
import { osloToday } from '../dates.ts';
import { allocations, unitStays, waitlistEntries } from '../schema.ts';
import { appendAudit } from './audit.ts';
import { admissionReviewDate } from './korttid-review.ts';
import { acceptInterim, admitInterim, cancelInterim, cancelInterimOnArrival, overrideInterim } from './interim-allocations.ts';
import { availableOn } from './ledger-days.ts';
import { loadLedgers, type UnitLedger } from './ledger.ts';
import { partnerOfAllocation } from './couple-proposals.ts';
import { hasActivePartner } from './partners.ts';

export type AllocationOutcome =
  | { ok: true; allocationId: number }
  | { ok: false; reason: 'not-found' | 'not-proposed' | 'not-waiting' | 'no-place' | 'not-reserved' | 'couple'; message: string };

export interface Actor { userId: number; meetingId?: number | null }

/** Said when one of a couple's proposals is decided alone (couple-allocations.ts decides both). */
export const COUPLE_ALONE_MESSAGE = 'Forslaget gjelder et par som skal flytte inn sammen, og kan ikke avgjøres for én av dem alene. Godta eller avvis begge fra raden med begge navnene.';
export const COUPLE_OVERRIDE_MESSAGE = 'Et par kan ikke overstyres hver for seg. Avvis forslaget for begge, og lag nye forslag, eller avslutt koblingen på personsiden først.';

const fail = (reason: Exclude<AllocationOutcome, { ok: true }>['reason'], message: string): AllocationOutcome => ({ ok: false, reason, message });

/** Accepts a proposal: the allocation becomes reserved and the person's entry too. */
export async function acceptProposal(db: Db, allocationId: number, actor: Actor, now: Date): Promise<AllocationOutcome> {
  return db.transaction(async (tx) => {
    const [allocation] = await tx.select().from(allocations).where(eq(allocations.id, allocationId));
    if (!allocation) return fail('not-found', 'Forslaget finnes ikke.');
    if (allocation.interim) return acceptInterim(tx, allocation, actor, now);
    if (await partnerOfAllocation(tx, allocationId) !== null) return fail('couple', COUPLE_ALONE_MESSAGE);
    await lockUnit(tx, allocation.unitId);
    const [current] = await tx.select().from(allocations).where(eq(allocations.id, allocationId));
    if (current!.status !== 'proposed') return fail('not-proposed', 'Forslaget er allerede behandlet av noen andre. Last siden på nytt.');
    const reserved = await reserve(tx, { entryId: current!.entryId, unitId: current!.unitId, date: current!.date }, now);
    if (!reserved.ok) return reserved;
    await tx.update(allocations).set({ status: 'reserved', decidedBy: actor.userId, decidedAt: now, meetingId: actor.meetingId ?? null })
      .where(eq(allocations.id, allocationId));
    await appendAudit(tx, { userId: actor.userId, action: 'allocation.accept', entity: 'allocation', entityId: allocationId,
      personId: reserved.personId, before: { status: 'proposed' }, after: { status: 'reserved', unitId: current!.unitId, date: current!.date } });
    return { ok: true, allocationId };
  });
}

/** Rejects a proposal; the reason is kept for the minutes. */
export async function rejectProposal(db: Db, allocationId: number, reason: string, actor: Actor, now: Date): Promise<AllocationOutcome> {
  return db.transaction(async (tx) => {
    const [allocation] = await tx.select().from(allocations).where(eq(allocations.id, allocationId)).for('update');
    if (!allocation) return fail('not-found', 'Forslaget finnes ikke.');
    if (await partnerOfAllocation(tx, allocationId) !== null) return fail('couple', COUPLE_ALONE_MESSAGE);
    if (allocation.status !== 'proposed') return fail('not-proposed', 'Forslaget er allerede behandlet av noen andre. Last siden på nytt.');
    await tx.update(allocations).set({ status: 'rejected', reason: joinReason(allocation.reason, `Avvist: ${reason}`), decidedBy: actor.userId, decidedAt: now, meetingId: actor.meetingId ?? null })
      .where(eq(allocations.id, allocationId));
    const personId = await personOfEntry(tx, allocation.entryId);
    await appendAudit(tx, { userId: actor.userId, action: allocation.interim ? 'allocation.interim-reject' : 'allocation.reject', entity: 'allocation',
      entityId: allocationId, personId, before: { status: 'proposed' }, after: { status: 'rejected', reason, ...(allocation.interim ? { interim: true } : {}) } });
    return { ok: true, allocationId };
  });
}

export interface OverrideChoice { entryId: number; unitId: number; date: string; reason: string }

/**
 * Overrides a proposal with another person, unit or date: the proposal is rejected with
 * the reason and a new reserved allocation made, in one transaction.
 */
export async function overrideProposal(db: Db, allocationId: number, choice: OverrideChoice, actor: Actor, now: Date): Promise<AllocationOutcome> {
  return db.transaction(async (tx) => {
    const [allocation] = await tx.select().from(allocations).where(eq(allocations.id, allocationId));
    if (!allocation) return fail('not-found', 'Forslaget finnes ikke.');
    if (allocation.interim) return overrideInterim(tx, allocation, choice, actor, now);
    if (await partnerOfAllocation(tx, allocationId) !== null) return fail('couple', COUPLE_OVERRIDE_MESSAGE);
    if (await hasActivePartner(tx, choice.entryId)) {
      return fail('couple', 'Personen skal flytte inn sammen med en partner og kan ikke få plass alene. Velg en annen person, eller avslutt koblingen på personsiden først.');
    }
    await lockUnit(tx, Math.min(allocation.unitId, choice.unitId));
    await lockUnit(tx, Math.max(allocation.unitId, choice.unitId));
    const [current] = await tx.select().from(allocations).where(eq(allocations.id, allocationId));
    if (current!.status !== 'proposed') return fail('not-proposed', 'Forslaget er allerede behandlet av noen andre. Last siden på nytt.');
    // Checked first: when it fails, nothing has been changed.
    const reserved = await reserve(tx, choice, now);
    if (!reserved.ok) return reserved;
    await tx.update(allocations).set({ status: 'rejected', reason: joinReason(current!.reason, `Overstyrt: ${choice.reason}`), decidedBy: actor.userId, decidedAt: now, meetingId: actor.meetingId ?? null })
      .where(eq(allocations.id, allocationId));
    const [created] = await tx.insert(allocations).values({
      entryId: choice.entryId, unitId: choice.unitId, date: choice.date, status: 'reserved', planningRunId: current!.planningRunId,
      meetingId: actor.meetingId ?? null, reason: `Overstyring: ${choice.reason}`, decidedBy: actor.userId, decidedAt: now,
    }).returning({ id: allocations.id });
    await appendAudit(tx, { userId: actor.userId, action: 'allocation.override', entity: 'allocation', entityId: created!.id,
      personId: reserved.personId, before: { proposalId: allocationId, entryId: current!.entryId, unitId: current!.unitId, date: current!.date },
      after: { entryId: choice.entryId, unitId: choice.unitId, date: choice.date, reason: choice.reason } });
    return { ok: true, allocationId: created!.id };
  });
}

export const joinReason = (why: string | null, decision: string) => (why ? `${why}\n${decision}` : decision);

/** Locks the unit's row: every change that takes places in the unit (accept, booking) waits here for the one before it. */
export async function lockUnit(tx: Tx, unitId: number): Promise<void> {
  await tx.execute(sql`select id from units where id = ${unitId} for update`);
}

async function personOfEntry(tx: DbOrTx, entryId: number): Promise<number | null> {
  const [entry] = await tx.select({ personId: waitlistEntries.personId }).from(waitlistEntries).where(eq(waitlistEntries.id, entryId));
  return entry?.personId ?? null;
}

/**
 * Checks that the unit has a place on the date and on every day after it, and marks the
 * entry reserved. The unit's row must be locked by the caller: accepts to one unit are
 * then checked one after the other, each against the reservations before it.
 */
async function reserve(tx: Tx, target: { entryId: number; unitId: number; date: string }, now: Date):
  Promise<({ ok: true; personId: number }) | Exclude<AllocationOutcome, { ok: true }>> {
  const [entry] = await tx.select().from(waitlistEntries).where(eq(waitlistEntries.id, target.entryId)).for('update');
  if (!entry || entry.status !== 'waiting') return { ok: false, reason: 'not-waiting', message: 'Personen venter ikke lenger på plass (allerede reservert, innskrevet eller avsluttet).' };
  if (await placesOn(tx, target.unitId, target.date, now) < 1) {
    return { ok: false, reason: 'no-place', message: 'Enheten har ingen ledig plass fra denne datoen lenger – plassene er lovet bort til andre reservasjoner eller avlastningsopphold. Ingenting er endret.' };
  }
  await tx.update(waitlistEntries).set({ status: 'reserved', statusChangedAt: now, statusReason: null }).where(eq(waitlistEntries.id, entry.id));
  return { ok: true, personId: entry.personId };
}

/**
 * Places a new reservation in the unit on `date` may still take: the ledger's least
 * free figure from that day on (0 for a closed unit; negative when over-booked). A
 * reservation fits when this is at least 1: no day from its date on is left short.
 */
export async function placesOn(tx: DbOrTx, unitId: number, date: string, now: Date): Promise<number> {
  const [unit] = await loadLedgers(tx, now, [unitId]);
  return placesInLedger(unit, date);
}

/** {@link placesOn} for a unit's ledger already loaded (many proposals at once). */
export function placesInLedger(unit: UnitLedger | undefined, date: string): number {
  if (!unit || unit.closed) return 0;
  return availableOn(unit.days, date);
}

/**
 * The person leaves where they are for a new place today: an open unit stay ends ('flyttet'),
 * an open hospital stay ends ('utskrevet').
 * @returns the unit the person left, if any
 */
export async function leaveCurrentPlace(tx: Tx, personId: number, now: Date): Promise<number | undefined> {
  const today = osloToday(now);
  const ended = await tx.update(unitStays).set({ toDate: today, endedAt: now, endReason: 'flyttet' })
    .where(and(eq(unitStays.personId, personId), sql`${unitStays.toDate} is null`)).returning({ unitId: unitStays.unitId });
  await tx.execute(sql`update hospital_stays set ended_date = ${today}, status = 'utskrevet', ended_reason = 'Innskrevet i kommunal plass'
    where person_id = ${personId} and ended_date is null`);
  return ended[0]?.unitId;
}

/**
 * Marks a reserved allocation admitted: the stay starts, an earlier stay ends (an interim
 * korttid stay too); an interim stay still only reserved is cancelled. An interim allocation
 * is admitted by admitInterim: the entry keeps waiting.
 */
export async function admitAllocation(db: Db, allocationId: number, actor: Actor, now: Date): Promise<AllocationOutcome> {
  return db.transaction(async (tx) => {
    const [allocation] = await tx.select().from(allocations).where(eq(allocations.id, allocationId)).for('update');
    if (!allocation) return fail('not-found', 'Tildelingen finnes ikke.');
    if (allocation.status !== 'reserved') return fail('not-reserved', 'Tildelingen er ikke reservert (allerede innskrevet eller kansellert).');
    if (allocation.interim) return admitInterim(tx, allocation, actor, now);
    const today = osloToday(now);
    const personId = (await personOfEntry(tx, allocation.entryId))!;
    const leftUnitId = await leaveCurrentPlace(tx, personId, now);
    await cancelInterimOnArrival(tx, allocation.entryId, personId, actor, now);
    const reviewDate = await admissionReviewDate(tx, allocation.unitId, today);
    await tx.insert(unitStays).values({ personId, unitId: allocation.unitId, allocationId, fromDate: today, reviewDate });
    await tx.update(allocations).set({ status: 'admitted', decidedBy: actor.userId, decidedAt: now }).where(eq(allocations.id, allocationId));
    await tx.update(waitlistEntries).set({ status: 'admitted', statusChangedAt: now }).where(eq(waitlistEntries.id, allocation.entryId));
    await appendAudit(tx, { userId: actor.userId, action: 'allocation.admit', entity: 'allocation', entityId: allocationId, personId,
      before: { status: 'reserved', leftUnitId: leftUnitId ?? null }, after: { status: 'admitted', unitId: allocation.unitId, fromDate: today, reviewDate } });
    return { ok: true, allocationId };
  });
}

/** Cancels a reserved allocation: the place goes back and the person waits again. */
export async function cancelAllocation(db: Db, allocationId: number, reason: string, actor: Actor, now: Date): Promise<AllocationOutcome> {
  return db.transaction(async (tx) => {
    const [allocation] = await tx.select().from(allocations).where(eq(allocations.id, allocationId)).for('update');
    if (!allocation) return fail('not-found', 'Tildelingen finnes ikke.');
    if (allocation.status !== 'reserved') return fail('not-reserved', 'Bare en reservert tildeling kan kanselleres.');
    if (allocation.interim) return cancelInterim(tx, allocation, reason, actor, now);
    await tx.update(allocations).set({ status: 'cancelled', reason: joinReason(allocation.reason, `Kansellert: ${reason}`), decidedBy: actor.userId, decidedAt: now })
      .where(eq(allocations.id, allocationId));
    await tx.update(waitlistEntries).set({ status: 'waiting', statusChangedAt: now, statusReason: reason }).where(eq(waitlistEntries.id, allocation.entryId));
    await appendAudit(tx, { userId: actor.userId, action: 'allocation.cancel', entity: 'allocation', entityId: allocationId,
      personId: await personOfEntry(tx, allocation.entryId), before: { status: 'reserved' }, after: { status: 'cancelled', reason } });
    return { ok: true, allocationId };
  });
}
