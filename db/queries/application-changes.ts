/**
 * Changes to one application: its received date (only with a reason), the foreløpig svar
 * sent, and the decision of a pending one. Each in a transaction, audited with before and
 * after, the row locked first so two changes at once cannot both pass the checks.
 */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client.ts';
import { applications } from '../schema.ts';
import { appendAudit } from './audit.ts';
import { insertWaitingEntries, type NewVedtak, type VedtakIds } from './vedtak.ts';

/** A refusal names the field it belongs to (`field`), or none (`not-found`, `decided`). */
export type ApplicationOutcome<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reason: 'not-found' | 'decided'; message: string }
  | { ok: false; reason: 'field'; field: string; message: string };

const NOT_FOUND = { ok: false, reason: 'not-found', message: 'Fant ikke søknaden.' } as const;
const DECIDED = { ok: false, reason: 'decided', message: 'Søknaden er allerede avgjort.' } as const;

async function lockApplication(tx: Tx, personId: number, applicationId: number) {
  const [row] = await tx.select().from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.personId, personId))).for('update');
  return row;
}

/**
 * Corrects the date the application came in. The new date may not fall after the vedtak or
 * the foreløpig svar; the reason is required and kept in the audit entry with both dates.
 */
export async function changeReceivedDate(db: DbOrTx, personId: number, applicationId: number, change: { date: string; reason: string }, userId: number): Promise<ApplicationOutcome> {
  return db.transaction(async (tx) => {
    const row = await lockApplication(tx, personId, applicationId);
    if (!row) return NOT_FOUND;
    const field = (message: string) => ({ ok: false, reason: 'field', field: 'mottatt', message }) as const;
    if (row.decisionDate && change.date > row.decisionDate) return field('Mottatt-datoen kan ikke være etter vedtaksdatoen.');
    if (row.interimReplySentDate && change.date > row.interimReplySentDate) return field('Mottatt-datoen kan ikke være etter at foreløpig svar ble sendt.');
    if (change.date === row.receivedDate) return field('Datoen er den samme som før.');
    await tx.update(applications).set({ receivedDate: change.date }).where(eq(applications.id, applicationId));
    await appendAudit(tx, {
      userId, action: 'application.received-date', entity: 'application', entityId: applicationId, personId,
      before: { receivedDate: row.receivedDate }, after: { receivedDate: change.date, reason: change.reason },
    });
    return { ok: true } as const;
  });
}

/** Records the foreløpig svar (fvl. § 11 a) of a pending application: sent on or after receipt, promising a later decision date. */
export async function recordInterimReply(db: DbOrTx, personId: number, applicationId: number, reply: { sentDate: string; expectedDate: string }, userId: number): Promise<ApplicationOutcome> {
  return db.transaction(async (tx) => {
    const row = await lockApplication(tx, personId, applicationId);
    if (!row) return NOT_FOUND;
    if (row.outcome !== null) return DECIDED;
    if (reply.sentDate < row.receivedDate) return { ok: false, reason: 'field', field: 'sendt', message: 'Foreløpig svar kan ikke være sendt før søknaden kom inn.' } as const;
    await tx.update(applications).set({ interimReplySentDate: reply.sentDate, interimReplyExpectedDate: reply.expectedDate })
      .where(eq(applications.id, applicationId));
    await appendAudit(tx, {
      userId, action: 'application.interim-reply', entity: 'application', entityId: applicationId, personId,
      before: { interimReplySentDate: row.interimReplySentDate, interimReplyExpectedDate: row.interimReplyExpectedDate },
      after: { interimReplySentDate: reply.sentDate, interimReplyExpectedDate: reply.expectedDate },
    });
    return { ok: true } as const;
  });
}

/**
 * Decides a pending application with the vedtak form's checked values: the same row gets
 * its outcome (no second application), and a granted one its waiting entry. The stored
 * received date stands (it changes only through `changeReceivedDate`).
 */
export async function decideApplication(db: DbOrTx, applicationId: number, v: NewVedtak, userId: number): Promise<ApplicationOutcome<VedtakIds>> {
  return db.transaction(async (tx) => {
    const row = await lockApplication(tx, v.personId, applicationId);
    if (!row) return NOT_FOUND;
    if (row.outcome !== null) return DECIDED;
    if (v.decisionDate < row.receivedDate) return { ok: false, reason: 'field', field: 'vedtaksdato', message: 'Vedtaksdatoen kan ikke være før søknaden kom inn.' } as const;
    const decided = {
      kind: v.kind, requiredTags: v.requiredTags, outcome: v.outcome, decisionDate: v.decisionDate, priority: v.priority,
      priorityReason: v.priorityReason, guaranteeDate: v.guaranteeDate, guaranteeOverrideReason: v.guaranteeOverrideReason,
      reasoning: v.reasoning, appealRegime: v.appealRegime, interimAllowed: v.interimAllowed, interimTags: v.interimTags, decidedBy: userId,
    };
    await tx.update(applications).set(decided).where(eq(applications.id, applicationId));
    const entryId = (await insertWaitingEntries(tx, [{ v: { ...v, receivedDate: row.receivedDate }, applicationId }])).get(applicationId) ?? null;
    await appendAudit(tx, {
      userId, action: 'application.decide', entity: 'application', entityId: applicationId, personId: v.personId,
      before: { kind: row.kind, requiredTags: row.requiredTags, outcome: null },
      after: { ...decided, earliestDate: v.earliestDate, preferredUnitIds: v.preferredUnitIds, excludedUnitIds: v.excludedUnitIds, entryId },
    });
    return { ok: true, applicationId, entryId } as const;
  });
}
