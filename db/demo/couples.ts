/**
 * One couple in the demo (samboergaranti): two invented people married for decades, both granted
 * langtid on the waiting list and linked as partners; one is utskrivningsklar in hospital, the other at
 * home. They may not wait on korttid (a couple moves in together), they are urgent and past their
 * guarantee, and Langtid Lindeheim expects two places to free on one day next week, so the planner
 * proposes them together there.
 */
import { addDays, osloInstant } from '../dates.ts';
import { createPersonMaker } from './persons.ts';
import type { GuaranteeDays, PlannedCase, PlannedCouple, PlannedHospitalStay, PlannedPerson } from './plan-types.ts';
import type { Random } from './random.ts';
import { GRANTED_REASONING } from './texts.ts';

/** The unit whose latest report expects the two places the couple can move into together. */
export const COUPLE_UNIT = 'LIN-L';

/** The couple's persons (after `existing`, never repeating a name or fødselsnummer), their cases and their link. */
export function planCouple(random: Random, today: string, guarantee: GuaranteeDays, existing: readonly PlannedPerson[]):
  { persons: PlannedPerson[]; cases: PlannedCase[]; couples: PlannedCouple[]; hospitalStays: PlannedHospitalStay[]; departure: { unit: string; date: string; count: number } } {
  const makePerson = createPersonMaker(random, today);
  const taken = new Set(existing.flatMap((p) => [p.fnr, p.name]));
  const fresh = (surname?: string): PlannedPerson => {
    for (;;) {
      const p = makePerson([80, 90]);
      const name = surname ? `${p.name.split(' ')[0]} ${surname}` : p.name;
      if (!taken.has(p.fnr) && !taken.has(name)) { taken.add(p.fnr); taken.add(name); return { ...p, name }; }
    }
  };
  const first = fresh();
  const second = { ...fresh(first.name.split(' ').slice(1).join(' ')), district: first.district };
  const decision = addDays(today, -(guarantee.langtid + 6));
  const base = existing.length;
  const caseOf = (person: number): PlannedCase => ({
    person, queue: 'langtid', receivedDate: addDays(decision, -14), requiredTags: [], outcome: 'ventelistevedtak', decisionDate: decision,
    priority: 1, priorityReason: 'Begge trenger heldøgns omsorg; ektefellen klarer ikke lenger å hjelpe hjemme.',
    guaranteeDate: addDays(decision, guarantee.langtid), reasoning: GRANTED_REASONING['langtid-venteliste'], appealRegime: 'statsforvalteren',
    entry: { status: 'waiting', statusReason: null, statusChangedAt: osloInstant(decision, 12, 0), earliestDate: null, choices: [], allocation: null },
  });
  return {
    persons: [first, second],
    cases: [caseOf(base), caseOf(base + 1)],
    couples: [{ a: base, b: base + 1, reason: 'Ektefeller gjennom 58 år; ønsker å bo sammen på sykehjemmet.', createdOn: addDays(decision, 1) }],
    // One fell at home and is utskrivningsklar; the other cannot manage alone at home meanwhile.
    hospitalStays: [{ person: base, admittedDate: addDays(today, -8), dischargeReadyDate: addDays(today, -3), notifiedAt: osloInstant(addDays(today, -3), 9, 30) }],
    departure: { unit: COUPLE_UNIT, date: addDays(today, 9), count: 2 },
  };
}
