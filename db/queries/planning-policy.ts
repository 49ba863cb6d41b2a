/**
 * The office's planning policy: a named weighting of the planner's cost model
 * (plassplan.snapshot/2 `costs` and `tailDays`). Only overliggerdøgn are money, and their
 * rate is the national one (overligger_rates); every other figure is a weight that says how
 * much the office cares, in the same unit so that the planner can compare them.
 */
import type { Settings } from './settings.ts';

export const PLANNING_POLICIES = ['behov-forst', 'balansert', 'lavest-kostnad', 'egendefinert'] as const;
export type PlanningPolicy = (typeof PLANNING_POLICIES)[number];

/** The weights of a policy; overliggerdøgn come from the national rate, never from a policy. */
export interface PolicyWeights {
  guaranteeBreachNok: number;
  guaranteeLateDayNok: number;
  waitingDayNok: { 1: number; 2: number; 3: number };
  nonPreferredNok: number;
  /** A person not placed within the horizon counts as placed this many days after it. */
  tailDays: number;
}

/** Balansert: the v2 defaults of the exchange format. */
export const BALANCED: PolicyWeights = {
  guaranteeBreachNok: 10_000, guaranteeLateDayNok: 3000, waitingDayNok: { 1: 1500, 2: 500, 3: 100 }, nonPreferredNok: 300, tailDays: 14,
};

/**
 * The named policies. «Behov først»: a day of waiting at priority 1 weighs more than an
 * overliggerdøgn (5,981 NOK), so the most urgent are placed before the hospital is emptied.
 * «Lavest kostnad»: waiting and guarantees weigh little, so overliggerdøgn decide.
 */
export const NAMED_POLICIES: Record<Exclude<PlanningPolicy, 'egendefinert'>, PolicyWeights> = {
  'behov-forst': {
    guaranteeBreachNok: 20_000, guaranteeLateDayNok: 8000, waitingDayNok: { 1: 8000, 2: 2500, 3: 400 }, nonPreferredNok: 300, tailDays: 14,
  },
  balansert: BALANCED,
  'lavest-kostnad': {
    guaranteeBreachNok: 2000, guaranteeLateDayNok: 500, waitingDayNok: { 1: 300, 2: 100, 3: 20 }, nonPreferredNok: 50, tailDays: 14,
  },
};

export const isPlanningPolicy = (value: unknown): value is PlanningPolicy =>
  (PLANNING_POLICIES as readonly unknown[]).includes(value);

/** The policy the settings choose (an unknown stored name reads as Balansert). */
export const policyOf = (settings: Pick<Settings, 'planningPolicy'>): PlanningPolicy =>
  isPlanningPolicy(settings.planningPolicy) ? settings.planningPolicy : 'balansert';

/** The weights the planner uses under the settings: a named policy's, or the custom ones stored in settings. */
export function policyWeights(settings: Settings): PolicyWeights {
  const policy = policyOf(settings);
  if (policy !== 'egendefinert') return NAMED_POLICIES[policy];
  return {
    guaranteeBreachNok: settings.guaranteeBreachNok, guaranteeLateDayNok: settings.guaranteeLateDayNok,
    waitingDayNok: { 1: settings.waitingDayNokP1, 2: settings.waitingDayNokP2, 3: settings.waitingDayNokP3 },
    nonPreferredNok: settings.nonPreferredNok, tailDays: settings.tailDays,
  };
}
