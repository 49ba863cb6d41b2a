/**
 * The time limits of a klage (appeal), as pure functions of its dates:
 * - klagefrist: 4 weeks for vedtak that go to Statsforvalteren (korttid, langtid, the
 *   waiting list; pasient- og brukerrettighetsloven § 7-5), 3 weeks for vedtak appealed
 *   to the municipality's own klagenemnd (bofellesskap; forvaltningsloven §§ 28–29);
 * - counted from the day the party got the vedtak (fvl. § 29: «underretning … kommet
 *   fram»); when that day is not registered, from the decision date, the earliest it can be;
 * - a limit ending on a weekend or public holiday runs to the next working day (fvl. § 30).
 */
import { addDays } from '../dates.ts';
import { deadlineOn } from '../work-days.ts';
import type { appeals } from '../schema.ts';

export type AppealRow = typeof appeals.$inferSelect;

/** Weeks to appeal by regime. */
export const APPEAL_WEEKS: Record<string, number> = { statsforvalteren: 4, lokal: 3 };

/** Who decides the appeal, by regime, in Norwegian. */
export const APPEAL_BODY: Record<string, string> = { statsforvalteren: 'Statsforvalteren', lokal: 'kommunens klagenemnd' };

/** Last day to appeal (klagefrist), from the day the vedtak reached the party or the decision date. */
export function appealDeadline(regime: string, decisionDate: string, vedtakReceivedDate: string | null = null): string {
  return deadlineOn(addDays(vedtakReceivedDate ?? decisionDate, (APPEAL_WEEKS[regime] ?? 3) * 7));
}

/** «innen fristen» when received on or before the klagefrist, else «for sent» (fvl. § 31 may still let it be heard). */
export const isInTime = (receivedDate: string, deadline: string): boolean => receivedDate <= deadline;

/**
 * The day the office must have sent the appeal on (fvl. § 33: as soon as the case is
 * prepared, and fvl. § 11 a: without undue delay): `forwardDays` after it was received,
 * moved past weekends and holidays (fvl. § 30). `forwardDays` is settings.appealForwardDays.
 */
export const forwardDeadline = (receivedDate: string, forwardDays: number): string => deadlineOn(addDays(receivedDate, forwardDays));

/** Where the appeal stands. */
export type AppealState = 'til-vurdering' | 'omgjort-av-kontoret' | 'skal-sendes' | 'sendt' | 'avgjort';

export function appealState(a: Pick<AppealRow, 'reassessmentResult' | 'sentDate' | 'outcome'>): AppealState {
  if (a.outcome) return 'avgjort';
  if (a.sentDate) return 'sendt';
  if (a.reassessmentResult === 'omgjort') return 'omgjort-av-kontoret';
  if (a.reassessmentResult === 'opprettholdt') return 'skal-sendes';
  return 'til-vurdering';
}

/** Still the office's to send on: not sent, not changed by the office itself. */
export const awaitsForwarding = (a: Pick<AppealRow, 'reassessmentResult' | 'sentDate' | 'outcome'>): boolean =>
  a.sentDate === null && a.outcome === null && a.reassessmentResult !== 'omgjort';
