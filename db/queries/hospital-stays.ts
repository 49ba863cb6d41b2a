/**
 * The hospital's messages about a person: melding om innlagt pasient, melding om
 * utskrivningsklar pasient, no longer discharge-ready, utskrevet and avmeldt. Each change
 * is audited with before and after in the same transaction.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client.ts';
import { hospitalStays } from '../schema.ts';
import { appendAudit } from './audit.ts';

export type HospitalStay = typeof hospitalStays.$inferSelect;
/** A refusal names the form field it belongs to, so the message shows there. */
export type HospitalOutcome = { ok: true } | { ok: false; field: string; message: string };

const refuse = (field: string, message: string) => ({ ok: false, field, message }) as const;

async function openStay(tx: Tx, personId: number): Promise<HospitalStay | undefined> {
  const [stay] = await tx.select().from(hospitalStays)
    .where(and(eq(hospitalStays.personId, personId), isNull(hospitalStays.endedDate))).for('update');
  return stay;
}

function audit(tx: Tx, userId: number, action: string, stay: HospitalStay, before: object | null, after: object) {
  return appendAudit(tx, { userId, action, entity: 'hospital_stay', entityId: stay.id, personId: stay.personId, before, after });
}

export interface Admission { admittedDate: string; dischargeReadyDate: string | null; notifiedAt: Date | null }

/** A new stay (melding om innlagt pasient), possibly already discharge-ready. */
export async function admitToHospital(db: DbOrTx, personId: number, a: Admission, userId: number): Promise<HospitalOutcome> {
  return db.transaction(async (tx) => {
    if (await openStay(tx, personId)) return refuse('_', 'Personen er allerede innlagt. Avslutt oppholdet først.');
    if (a.dischargeReadyDate && a.dischargeReadyDate < a.admittedDate) return refuse('utskrivningsklar', 'Kan ikke være utskrivningsklar før innleggelsen.');
    const values = {
      personId, admittedDate: a.admittedDate, dischargeReadyDate: a.dischargeReadyDate,
      notifiedAt: a.dischargeReadyDate ? a.notifiedAt : null, status: a.dischargeReadyDate ? 'utskrivningsklar' : 'innlagt',
    };
    const [stay] = await tx.insert(hospitalStays).values(values).returning();
    await audit(tx, userId, 'hospital.admit', stay!, null, values);
    return { ok: true } as const;
  });
}

/** melding om utskrivningsklar pasient: the overliggerdøgn clock starts on the date. */
export async function markDischargeReady(db: DbOrTx, personId: number, ready: { date: string; notifiedAt: Date }, userId: number): Promise<HospitalOutcome> {
  return db.transaction(async (tx) => {
    const stay = await openStay(tx, personId);
    if (!stay) return refuse('utskrivningsklar', 'Personen er ikke innlagt. Registrer innleggelsen først.');
    if (ready.date < stay.admittedDate) return refuse('utskrivningsklar', 'Kan ikke være utskrivningsklar før innleggelsen.');
    const after = { status: 'utskrivningsklar', dischargeReadyDate: ready.date, notifiedAt: ready.notifiedAt };
    await tx.update(hospitalStays).set(after).where(eq(hospitalStays.id, stay.id));
    await audit(tx, userId, 'hospital.discharge-ready', stay, pick(stay), after);
    return { ok: true } as const;
  });
}

/** The hospital withdraws discharge-readiness: back to innlagt, and the clock stops. */
export async function markNotDischargeReady(db: DbOrTx, personId: number, note: string | null, userId: number): Promise<HospitalOutcome> {
  return db.transaction(async (tx) => {
    const stay = await openStay(tx, personId);
    if (!stay || stay.status !== 'utskrivningsklar') return refuse('_', 'Personen er ikke meldt utskrivningsklar.');
    const after = { status: 'innlagt', dischargeReadyDate: null, notifiedAt: null };
    await tx.update(hospitalStays).set(after).where(eq(hospitalStays.id, stay.id));
    await audit(tx, userId, 'hospital.not-discharge-ready', stay, pick(stay), { ...after, note });
    return { ok: true } as const;
  });
}

export interface StayEnd { status: 'utskrevet' | 'avmeldt'; date: string; reason: string }

/** Discharged (home or elsewhere) or deregistered: the stay ends. */
export async function endHospitalStay(db: DbOrTx, personId: number, end: StayEnd, userId: number): Promise<HospitalOutcome> {
  return db.transaction(async (tx) => {
    const stay = await openStay(tx, personId);
    if (!stay) return refuse('_', 'Personen er ikke innlagt.');
    if (end.date < stay.admittedDate) return refuse('dato', 'Sluttdatoen kan ikke være før innleggelsen.');
    const after = { status: end.status, endedDate: end.date, endedReason: end.reason };
    await tx.update(hospitalStays).set(after).where(eq(hospitalStays.id, stay.id));
    await audit(tx, userId, `hospital.${end.status}`, stay, pick(stay), after);
    return { ok: true } as const;
  });
}

const pick = (s: HospitalStay) => ({ status: s.status, dischargeReadyDate: s.dischargeReadyDate, notifiedAt: s.notifiedAt, endedDate: s.endedDate, endedReason: s.endedReason });

/** Every stay of the person, newest first. */
export async function listHospitalStays(db: DbOrTx, personId: number): Promise<HospitalStay[]> {
  return db.select().from(hospitalStays).where(eq(hospitalStays.personId, personId)).orderBy(desc(hospitalStays.admittedDate), desc(hospitalStays.id));
}
