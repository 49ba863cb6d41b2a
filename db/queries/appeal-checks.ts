/**
 * The order of an appeal's steps, checked before anything is saved: each answer names the
 * form field it belongs to and says, in Norwegian, what is wrong. Pure, so every rule is
 * tested without a database; db/queries/appeals.ts runs them inside the transaction.
 */
import type { AppealRow } from './appeal-rules.ts';

export interface Refusal { field: string; message: string }

const refuse = (field: string, message: string): Refusal => ({ field, message });

export interface NewAppeal { receivedDate: string; vedtakReceivedDate: string | null }

/** A klage on a decided vedtak: received on or after the decision (and after the party got it), not in the future. */
export function checkNewAppeal(decisionDate: string | null, a: NewAppeal, today: string): Refusal | null {
  if (!decisionDate) return refuse('_', 'Søknaden er ikke avgjort ennå: det er ikke noe vedtak å klage på.');
  if (a.vedtakReceivedDate !== null) {
    if (a.vedtakReceivedDate < decisionDate) return refuse('vedtak_mottatt', 'Vedtaket kan ikke være mottatt før vedtaksdatoen.');
    if (a.vedtakReceivedDate > today) return refuse('vedtak_mottatt', 'Datoen kan ikke være fram i tid.');
  }
  if (a.receivedDate < decisionDate) return refuse('klage_mottatt', 'Klagen kan ikke være mottatt før vedtaksdatoen.');
  if (a.receivedDate > today) return refuse('klage_mottatt', 'Datoen kan ikke være fram i tid.');
  if (a.vedtakReceivedDate !== null && a.receivedDate < a.vedtakReceivedDate) {
    return refuse('vedtak_mottatt', 'Datoen vedtaket ble mottatt kan ikke være etter at klagen kom inn.');
  }
  return null;
}

/** The office's reassessment: once, on or after the appeal was received. */
export function checkReassessment(appeal: AppealRow, date: string, today: string): Refusal | null {
  if (appeal.reassessedDate) return refuse('_', 'Klagen er allerede vurdert.');
  if (date < appeal.receivedDate) return refuse('vurdert_dato', 'Vurderingen kan ikke være før klagen kom inn.');
  if (date > today) return refuse('vurdert_dato', 'Datoen kan ikke være fram i tid.');
  return null;
}

/** Sent on: only a kept vedtak, once, on or after the reassessment. */
export function checkForwarding(appeal: AppealRow, date: string, today: string): Refusal | null {
  if (appeal.sentDate) return refuse('_', 'Klagen er allerede sendt.');
  if (appeal.reassessmentResult !== 'opprettholdt') {
    return refuse('_', appeal.reassessmentResult === 'omgjort'
      ? 'Tjenestekontoret har omgjort vedtaket selv: klagen skal ikke sendes videre.'
      : 'Registrer tjenestekontorets vurdering før klagen sendes.');
  }
  if (date < appeal.reassessedDate!) return refuse('sendt_dato', 'Klagen kan ikke være sendt før vurderingen.');
  if (date > today) return refuse('sendt_dato', 'Datoen kan ikke være fram i tid.');
  return null;
}

/** The appeal body's outcome: only after the appeal was sent, once, dated on or after sending. */
export function checkOutcome(appeal: AppealRow, date: string, today: string): Refusal | null {
  if (appeal.outcome) return refuse('_', 'Utfallet av klagen er allerede registrert.');
  if (!appeal.sentDate) return refuse('_', 'Klagen må være sendt før utfallet kan registreres.');
  if (date < appeal.sentDate) return refuse('utfall_dato', 'Avgjørelsen kan ikke være før klagen ble sendt.');
  if (date > today) return refuse('utfall_dato', 'Datoen kan ikke være fram i tid.');
  return null;
}
