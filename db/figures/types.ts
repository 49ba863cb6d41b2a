/**
 * What Nøkkeltall, the Årsrapport and their CSV files show for one period: every figure
 * computed once, by db/figures/compute.ts, from the events the database keeps. The
 * formulas are in db/figures/definitions.ts; the views only format these numbers.
 * Shares are percentages (0–100) and null when the denominator is 0; medians and p90 are
 * days and null when there is nothing to measure.
 */
import type { PlaceKind } from '../schema.ts';
import type { Period } from './period.ts';

/** Median, 90th percentile and count of a list of day counts. */
export interface DayStats { count: number; medianDays: number | null; p90Days: number | null }

/** vedtak made in the period (decision date in the period), by kind and outcome. */
export interface VedtakRow { kind: PlaceKind; innvilget: number; ventelistevedtak: number; avslag: number; total: number }

/** saksbehandlingstid: received → vedtak, calendar days, of the vedtak made in the period. */
export interface CaseTimeRow extends DayStats { kind: PlaceKind; targetDays: number; withinTarget: number; withinTargetPct: number | null }

/** Guarantees that fell due in the period: granted with a guarantee date in the period; breached when not admitted by it. */
export interface GuaranteeRow { kind: PlaceKind; due: number; breached: number; breachPct: number | null }

/** overliggerdøgn counted on the days they fell (a wait across a month's end is split), priced at each year's rate. */
export interface OverliggerMonth { month: string; days: number; nok: number }

/** Where the patients declared utskrivningsklar in the period went. */
export type DischargeDestination = 'korttid' | 'langtid' | 'bofellesskap' | 'hjem' | 'avmeldt' | 'venter';
export interface DischargeRow { destination: DischargeDestination; count: number }

/** The waiting list on the period's last day, by where the person waits. */
export interface WaitingAtEndRow { kind: PlaceKind; hjemme: number; korttid: number; sykehus: number; total: number }

/** Waiting time to placement of the admissions in the period: vedtak → admission, days. `priority` null: all. */
export interface WaitingTimeRow extends DayStats { kind: PlaceKind; priority: 1 | 2 | 3 | null }

/**
 * Occupancy (beleggsprosent, SSB/KOSTRA): stay-days in the period ÷ days in the period ÷
 * places × 100, respite (avlastning) excluded from both. Turnover (korttid only, KOSTRA):
 * time-limited stays in the period ÷ korttid users on the period's last day. Days per stay:
 * stay-days of the stays ended in the period ÷ their number.
 */
export interface OccupancyRow {
  kind: PlaceKind; places: number; stayDays: number; occupancyPct: number | null;
  staysStarted: number; staysEnded: number; daysPerStay: number | null;
  /** Stays with at least one day in the period (turnover's numerator). */
  staysInPeriod: number;
  usersAtEnd: number; turnover: number | null;
}

/** Appeals: received in the period, and the steps taken in it. */
export interface AppealFigures {
  received: number;
  reassessedKept: number; reassessedChanged: number; sent: number;
  stadfestet: number; opphevet: number; omgjort: number;
  /** Open on the period's last day (received, no outcome and not changed by the office). */
  openAtEnd: number;
}

export interface Targets {
  caseDays: Record<PlaceKind, number>;
  guaranteeBreachPct: number;
}

export interface Figures {
  period: Period;
  inhabitants: number;
  targets: Targets;
  vedtak: VedtakRow[];
  caseTime: CaseTimeRow[];
  guarantees: GuaranteeRow[];
  overligger: { days: number; nok: number; per1000: number; byMonth: OverliggerMonth[] };
  discharged: { total: number; rows: DischargeRow[] };
  waitingAtEnd: WaitingAtEndRow[];
  waitingTime: WaitingTimeRow[];
  occupancy: OccupancyRow[];
  appeals: AppealFigures;
}
