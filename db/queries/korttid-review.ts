/** The revurderingsdato (planned end or review) of a korttid stay, set at admission or later, audited. */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { addDays } from '../dates.ts';
import { unitStays, units } from '../schema.ts';
import { appendAudit } from './audit.ts';
import { loadSettings } from './settings.ts';

/**
 * The review date a stay that opens today in the unit gets: `korttidReviewAfterDays` ahead for
 * a korttid unit (every korttid stay has a planned end or review), none for other kinds.
 */
export async function admissionReviewDate(tx: DbOrTx, unitId: number, today: string): Promise<string | null> {
  const [unit] = await tx.select({ kind: units.kind }).from(units).where(eq(units.id, unitId));
  if (unit?.kind !== 'korttid') return null;
  return addDays(today, (await loadSettings(tx)).korttidReviewAfterDays);
}

export type ReviewOutcome = { ok: true } | { ok: false; field: string; message: string };

/**
 * Sets (or, with null, clears) the review date of the person's open korttid stay `stayId`.
 * The date may not be before the stay began; an ended stay or a stay in another kind of unit is refused.
 */
export async function setReviewDate(db: DbOrTx, personId: number, stayId: number, reviewDate: string | null, userId: number): Promise<ReviewOutcome> {
  return db.transaction(async (tx) => {
    const [stay] = await tx.select({ fromDate: unitStays.fromDate, toDate: unitStays.toDate, reviewDate: unitStays.reviewDate, kind: units.kind })
      .from(unitStays).innerJoin(units, eq(units.id, unitStays.unitId))
      .where(and(eq(unitStays.id, stayId), eq(unitStays.personId, personId))).for('update', { of: unitStays });
    if (!stay) return { ok: false, field: 'not-found', message: 'Fant ikke oppholdet.' };
    if (stay.kind !== 'korttid') return { ok: false, field: '_', message: 'Revurderingsdato gjelder bare korttidsopphold.' };
    if (stay.toDate !== null) return { ok: false, field: '_', message: 'Oppholdet er avsluttet.' };
    if (reviewDate !== null && reviewDate < stay.fromDate) return { ok: false, field: 'revurderingsdato', message: 'Revurderingsdatoen kan ikke være før oppholdet begynte.' };
    if (reviewDate === stay.reviewDate) return { ok: true };
    await tx.update(unitStays).set({ reviewDate }).where(eq(unitStays.id, stayId));
    await appendAudit(tx, { userId, action: 'unit_stay.review-date', entity: 'unit_stay', entityId: stayId, personId,
      before: { reviewDate: stay.reviewDate }, after: { reviewDate } });
    return { ok: true };
  });
}
