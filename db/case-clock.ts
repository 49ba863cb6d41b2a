/**
 * The case clock of a pending application (søknad under behandling): days since it came
 * in against the saksbehandlingstid target for its kind, and when a foreløpig svar is due
 * (forvaltningsloven § 11 a). Pure: dates are ISO calendar days in Europe/Oslo.
 */
import { addDays, daysBetween } from './dates.ts';
import type { Settings } from './queries/settings.ts';
import type { PlaceKind } from './schema.ts';
import { deadlineOn } from './work-days.ts';

/** How soon a date needs the coordinator, as Oppgaver groups it; null: not yet. */
export type ClockUrgency = 'overdue' | 'today' | 'soon' | null;

/** The saksbehandlingstid target for the kind, in calendar days from receipt (settings). */
export function caseTargetDays(kind: PlaceKind, settings: Pick<Settings, 'targetCaseDaysKorttid' | 'targetCaseDaysLangtid' | 'targetCaseDaysBofellesskap'>): number {
  return { korttid: settings.targetCaseDaysKorttid, langtid: settings.targetCaseDaysLangtid, bofellesskap: settings.targetCaseDaysBofellesskap }[kind];
}

/** The same day one month on; a day the next month lacks (31 January) gives its last day (28 or 29 February). */
export function addOneMonth(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The day a foreløpig svar is due: one month after receipt (fvl. § 11 a: a case that cannot
 * be answered within a month). The month is a time limit like any other under the act, so
 * when it ends on a Saturday, Sunday or public holiday it runs to the next working day
 * (deadlineOn). Oppgaver warns `interimReplyWarnDays` ahead, so the letter normally goes
 * out well before.
 */
export const interimReplyDue = (receivedDate: string): string => deadlineOn(addOneMonth(receivedDate));

/**
 * Urgency of a date: passed → overdue, today → today, within `warnDays` → soon, else null.
 * `warnDays` 0 lists nothing before the day itself.
 */
export function urgencyOf(dueDate: string, today: string, warnDays: number): ClockUrgency {
  const left = daysBetween(today, dueDate);
  if (left < 0) return 'overdue';
  if (left === 0) return 'today';
  return left <= warnDays ? 'soon' : null;
}

export interface PendingClockInput {
  kind: PlaceKind;
  receivedDate: string;
  interimReplySentDate: string | null;
}

export interface CaseClock {
  /** Calendar days from receipt to today (0 on the day it came in). */
  daysSinceReceived: number;
  targetDays: number;
  /** The last day a decision meets the target: received + target days. */
  targetDate: string;
  /** Days left to the target date; negative once passed. */
  targetDaysLeft: number;
  targetUrgency: ClockUrgency;
  interimReplyDue: string;
  /** null when a foreløpig svar is recorded, else how urgent sending one is. */
  interimReplyUrgency: ClockUrgency;
}

/** The clock of one pending application on `today`: one function for the pages and the Oppgaver rules. */
export function caseClock(app: PendingClockInput, today: string, settings: Settings): CaseClock {
  const targetDays = caseTargetDays(app.kind, settings);
  const targetDate = addDays(app.receivedDate, targetDays);
  const due = interimReplyDue(app.receivedDate);
  return {
    daysSinceReceived: daysBetween(app.receivedDate, today),
    targetDays,
    targetDate,
    targetDaysLeft: daysBetween(today, targetDate),
    targetUrgency: urgencyOf(targetDate, today, settings.caseTargetWarnDays),
    interimReplyDue: due,
    interimReplyUrgency: app.interimReplySentDate ? null : urgencyOf(due, today, settings.interimReplyWarnDays),
  };
}
