/**
 * A couple's proposals are decided as one (samboergaranti): accepting locks the unit once, checks
 * that the ledger has two places from the date, and reserves both, or neither; rejecting rejects
 * both. Each person's allocation is audited on its own, naming the partner's entry. A proposal
 * that is no couple's goes to allocations.ts as before.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../client.ts';
import { allocations, persons, waitlistEntries } from '../schema.ts';
import {
  acceptProposal, type Actor, type AllocationOutcome, joinReason, lockUnit, placesOn, rejectProposal,
} from './allocations.ts';
import { appendAudits } from './audit.ts';
import { partnerOfAllocation } from './couple-proposals.ts';

type Failure = Exclude<AllocationOutcome, { ok: true }>;
const fail = (reason: Failure['reason'], message: string): Failure => ({ ok: false, reason, message });
const TAKEN = 'Forslaget for paret er allerede behandlet av noen andre. Last siden på nytt.';

/** Accepts the proposal, and its partner's with it when it is a couple's (the one entry point for «Godta»). */
export async function acceptAllocation(db: Db, allocationId: number, actor: Actor, now: Date): Promise<AllocationOutcome> {
  const partner = await partnerOfAllocation(db, allocationId);
  return partner === null ? acceptProposal(db, allocationId, actor, now) : acceptCouple(db, allocationId, partner, actor, now);
}

/** Rejects the proposal, and its partner's with it when it is a couple's (the one entry point for «Avvis»). */
export async function rejectAllocation(db: Db, allocationId: number, reason: string, actor: Actor, now: Date): Promise<AllocationOutcome> {
  const partner = await partnerOfAllocation(db, allocationId);
  return partner === null ? rejectProposal(db, allocationId, reason, actor, now) : rejectCouple(db, [allocationId, partner], reason, actor, now);
}

/**
 * Reserves both partners' places in one transaction: both proposals still proposed, both persons
 * still waiting, the same unit and day, and two places in the ledger from that day on. Otherwise
 * nothing changes and the answer says why.
 */
export async function acceptCouple(db: Db, allocationId: number, partnerId: number, actor: Actor, now: Date): Promise<AllocationOutcome> {
  return db.transaction(async (tx) => {
    const ids = [allocationId, partnerId];
    const found = await tx.select().from(allocations).where(inArray(allocations.id, ids));
    if (found.length < 2) return fail('not-found', 'Forslaget finnes ikke.');
    const [a, b] = found;
    if (a!.unitId !== b!.unitId || a!.date !== b!.date) return fail('couple', 'Paret er ikke foreslått samme enhet og samme dag, og kan ikke godtas. Avvis og lag nye forslag.');
    await lockUnit(tx, a!.unitId);
    const current = await tx.select().from(allocations).where(inArray(allocations.id, ids)).orderBy(allocations.id).for('update');
    if (current.some((c) => c.status !== 'proposed')) return fail('not-proposed', TAKEN);
    const entries = await lockEntries(tx, current.map((c) => c.entryId));
    const gone = entries.find((e) => e.status !== 'waiting');
    if (gone) {
      const other = entries.find((e) => e !== gone)!;
      return fail('not-waiting', `${gone.name} venter ikke lenger på plass, og ${other.name} kan ikke få plass alene. Ingenting er endret. Avvis forslaget og lag nye forslag.`);
    }
    const free = await placesOn(tx, a!.unitId, a!.date, now);
    if (free < 2) {
      return fail('no-place', `Enheten har ikke lenger to ledige plasser fra denne datoen (${free < 1 ? 'ingen' : 'bare én'}), og paret skal flytte inn sammen. Ingen av dem er reservert – ingenting er endret.`);
    }
    await tx.update(waitlistEntries).set({ status: 'reserved', statusChangedAt: now, statusReason: null }).where(inArray(waitlistEntries.id, entries.map((e) => e.id)));
    await tx.update(allocations).set({ status: 'reserved', decidedBy: actor.userId, decidedAt: now, meetingId: actor.meetingId ?? null }).where(inArray(allocations.id, ids));
    await appendAudits(tx, current.map((c) => ({
      userId: actor.userId, action: 'allocation.accept', entity: 'allocation', entityId: c.id,
      personId: entries.find((e) => e.id === c.entryId)!.personId, before: { status: 'proposed' },
      after: { status: 'reserved', unitId: c.unitId, date: c.date, partnerEntryId: current.find((o) => o !== c)!.entryId },
    })));
    return { ok: true, allocationId };
  });
}

/** Rejects both partners' proposals with one reason, in one transaction; refused unless both are still proposed. */
export async function rejectCouple(db: Db, ids: [number, number], reason: string, actor: Actor, now: Date): Promise<AllocationOutcome> {
  return db.transaction(async (tx) => {
    const current = await tx.select().from(allocations).where(inArray(allocations.id, ids)).orderBy(allocations.id).for('update');
    if (current.length < 2) return fail('not-found', 'Forslaget finnes ikke.');
    if (current.some((c) => c.status !== 'proposed')) return fail('not-proposed', TAKEN);
    const entries = await tx.select({ id: waitlistEntries.id, personId: waitlistEntries.personId }).from(waitlistEntries)
      .where(inArray(waitlistEntries.id, current.map((c) => c.entryId)));
    for (const c of current) {
      await tx.update(allocations).set({ status: 'rejected', reason: joinReason(c.reason, `Avvist: ${reason}`), decidedBy: actor.userId, decidedAt: now, meetingId: actor.meetingId ?? null })
        .where(eq(allocations.id, c.id));
    }
    await appendAudits(tx, current.map((c) => ({
      userId: actor.userId, action: 'allocation.reject', entity: 'allocation', entityId: c.id,
      personId: entries.find((e) => e.id === c.entryId)?.personId ?? null, before: { status: 'proposed' },
      after: { status: 'rejected', reason, partnerEntryId: current.find((o) => o !== c)!.entryId },
    })));
    return { ok: true, allocationId: ids[0] };
  });
}

/** Locks both entries in id order and reads their status and the person's name. */
async function lockEntries(tx: Tx, entryIds: number[]) {
  await tx.select({ id: waitlistEntries.id }).from(waitlistEntries).where(inArray(waitlistEntries.id, entryIds)).orderBy(waitlistEntries.id).for('update');
  return tx.select({ id: waitlistEntries.id, personId: waitlistEntries.personId, status: waitlistEntries.status, name: persons.name })
    .from(waitlistEntries).innerJoin(persons, eq(persons.id, waitlistEntries.personId)).where(inArray(waitlistEntries.id, entryIds));
}
