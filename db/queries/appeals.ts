/**
 * Klager (appeals) against a vedtak: register, the office's reassessment, sent on, and the
 * appeal body's outcome. Each step checks its order (appeal-checks.ts) and saves with its
 * audit entry in one transaction; a refusal saves nothing.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { APPEAL_OUTCOMES, appeals, applications, REASSESSMENT_RESULTS } from '../schema.ts';
import { checkForwarding, checkNewAppeal, checkOutcome, checkReassessment, type NewAppeal, type Refusal } from './appeal-checks.ts';
import type { AppealRow } from './appeal-rules.ts';
import { appendAudit } from './audit.ts';

export type AppealOutcome = { ok: true; appealId: number } | ({ ok: false } & Refusal);
export type ReassessmentResult = (typeof REASSESSMENT_RESULTS)[number];
export type AppealBodyOutcome = (typeof APPEAL_OUTCOMES)[number];

const refused = (r: Refusal): AppealOutcome => ({ ok: false, ...r });
const NOT_FOUND: AppealOutcome = { ok: false, field: 'not-found', message: 'Fant ikke klagen.' };

/** The person's appeals, oldest first. */
export async function listAppeals(db: DbOrTx, personId: number): Promise<AppealRow[]> {
  return db.select().from(appeals).where(eq(appeals.personId, personId)).orderBy(asc(appeals.receivedDate), asc(appeals.id));
}

/** Registers a klage against the person's vedtak `applicationId` (one per vedtak). */
export async function registerAppeal(db: DbOrTx, personId: number, applicationId: number, a: NewAppeal, userId: number, today: string): Promise<AppealOutcome> {
  return db.transaction(async (tx) => {
    const [vedtak] = await tx.select({ decisionDate: applications.decisionDate }).from(applications)
      .where(and(eq(applications.id, applicationId), eq(applications.personId, personId))).for('update');
    if (!vedtak) return { ok: false, field: 'not-found', message: 'Fant ikke vedtaket.' };
    const problem = checkNewAppeal(vedtak.decisionDate, a, today);
    if (problem) return refused(problem);
    const [existing] = await tx.select({ id: appeals.id }).from(appeals).where(eq(appeals.applicationId, applicationId));
    if (existing) return refused({ field: '_', message: 'Det er allerede registrert en klage på dette vedtaket.' });
    const [row] = await tx.insert(appeals).values({ applicationId, personId, ...a, createdBy: userId }).returning({ id: appeals.id });
    await appendAudit(tx, { userId, action: 'appeal.register', entity: 'appeal', entityId: row!.id, personId, after: { applicationId, appealReceivedDate: a.receivedDate, vedtakReceivedDate: a.vedtakReceivedDate } });
    return { ok: true, appealId: row!.id };
  });
}

type Step<I> = (appeal: AppealRow, input: I, today: string) => Refusal | null;

/** One later step: lock the appeal, check, save the changed columns, audit them. */
async function step<I>(db: DbOrTx, personId: number, appealId: number, input: I, today: string, userId: number,
  action: string, check: Step<I>, change: (input: I) => Partial<AppealRow>): Promise<AppealOutcome> {
  return db.transaction(async (tx) => {
    const [appeal] = await tx.select().from(appeals).where(and(eq(appeals.id, appealId), eq(appeals.personId, personId))).for('update');
    if (!appeal) return NOT_FOUND;
    const problem = check(appeal, input, today);
    if (problem) return refused(problem);
    const after = change(input);
    await tx.update(appeals).set(after).where(eq(appeals.id, appealId));
    const before = Object.fromEntries(Object.keys(after).map((k) => [k, appeal[k as keyof AppealRow]]));
    await appendAudit(tx, { userId, action, entity: 'appeal', entityId: appealId, personId, before, after });
    return { ok: true, appealId };
  });
}

/** The office's own reassessment (fvl. § 33): kept (to be sent on) or changed by the office. */
export const reassessAppeal = (db: DbOrTx, personId: number, appealId: number, r: { date: string; result: ReassessmentResult }, userId: number, today: string) =>
  step(db, personId, appealId, r, today, userId, 'appeal.reassess', (a, i, t) => checkReassessment(a, i.date, t),
    (i) => ({ reassessedDate: i.date, reassessmentResult: i.result }));

/** The day the appeal was sent to Statsforvalteren (or the local klagenemnd). */
export const forwardAppeal = (db: DbOrTx, personId: number, appealId: number, date: string, userId: number, today: string) =>
  step(db, personId, appealId, date, today, userId, 'appeal.forward', checkForwarding, (d) => ({ sentDate: d }));

/** The appeal body's outcome: stadfestet, opphevet or omgjort, with its date. */
export const decideAppeal = (db: DbOrTx, personId: number, appealId: number, o: { outcome: AppealBodyOutcome; date: string }, userId: number, today: string) =>
  step(db, personId, appealId, o, today, userId, 'appeal.decide', (a, i, t) => checkOutcome(a, i.date, t),
    (i) => ({ outcome: i.outcome, outcomeDate: i.date }));
