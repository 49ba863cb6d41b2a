/**
 * The simulated office's rates, for a municipality of about 90,000 (see README.md for where
 * each figure comes from). Rates are per day unless the name says otherwise.
 */
import type { Queue } from '../institutions.ts';

/** Rates of the simulated office; `simulateHistory` takes any of them to override. */
export interface SimConfig {
  /** Utskrivningsklare patients a year (about 17 per 1,000 inhabitants). */
  hospitalPatientsPerYear: number;
  /** Share of them going to an institution (the seed: 511 of 1,546). */
  hospitalToInstitutionShare: number;
  /** Of those going to an institution: share applying for langtid rather than korttid. */
  hospitalLangtidShare: number;
  /** korttid applications from home a year. */
  homeKorttidPerYear: number;
  /** langtid applications from home a year. */
  homeLangtidPerYear: number;
  /** Chance that a korttid stay leads to a langtid application during the stay. */
  korttidToLangtidChance: number;
  /** bofellesskap applications a year, per queue. */
  bofellesskapPerYear: Partial<Record<Queue, number>>;
  /** Share refused (avslag), by kind. */
  refusedShare: { korttid: number; langtid: number; bofellesskap: number };
  /** Daily death hazard of a langtid resident (median survival about 2.2 years). */
  langtidDeathHazard: number;
  /** Daily hazard while on korttid or waiting at home for langtid. */
  frailDeathHazard: number;
  /** Daily hazard that a person waiting at home withdraws. */
  withdrawHazard: number;
  /** Daily hazard that a bofellesskap resident moves out. */
  bofellesskapMoveHazard: number;
  /** Guarantee days from the vedtak (the settings' defaults). */
  guaranteeDays: { korttid: number; langtid: number; bofellesskap: number };
  /** Share of proposals the meeting rejects. */
  meetingRejectShare: number;
  /** Chance of an appeal after avslag and after ventelistevedtak. */
  appealChance: { avslag: number; ventelistevedtak: number };
  /** Share of appeals the office itself changes (omgjør) in its reassessment instead of sending them on (fvl. § 33). */
  appealOfficeChangeShare: number;
  /** Weekday of the allocation meeting (0 Sunday … 6 Saturday). */
  meetingWeekday: number;
  /** Planning horizon of the meeting's run (settings.horizonDays). */
  horizonDays: number;
}

/** The demo municipality's rates (calibrated: README.md). */
export const DEFAULT_CONFIG: SimConfig = {
  hospitalPatientsPerYear: 1530,
  hospitalToInstitutionShare: 0.33,
  hospitalLangtidShare: 0.04,
  homeKorttidPerYear: 580,
  homeLangtidPerYear: 13,
  korttidToLangtidChance: 0.015,
  bofellesskapPerYear: { 'psykisk-helse': 3, rop: 1.5, utviklingshemming: 2, 'barn-unge': 0.7 },
  refusedShare: { korttid: 0.015, langtid: 0.08, bofellesskap: 0.1 },
  langtidDeathHazard: Math.LN2 / (2.2 * 365),
  frailDeathHazard: 0.0008,
  withdrawHazard: 0.0006,
  bofellesskapMoveHazard: 0.0003,
  guaranteeDays: { korttid: 14, langtid: 61, bofellesskap: 90 },
  meetingRejectShare: 0.04,
  appealChance: { avslag: 0.25, ventelistevedtak: 0.04 },
  appealOfficeChangeShare: 0.15,
  meetingWeekday: 2,
  horizonDays: 28,
};

/**
 * Synthetic caseworkers (saksbehandlere) of the office, invented names; the loader makes each a
 * koordinator user (`saksbehandler1` …) who handled and decided the history's cases.
 */
export const CASEWORKERS = ['Ingrid Haugland', 'Tore Bakken', 'Sara Lien', 'Jonas Moe'] as const;
