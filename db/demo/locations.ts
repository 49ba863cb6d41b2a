/** Where people are: admitted through their allocation, or langtid waiters on a korttid stay. */
import { addDays } from '../dates.ts';
import { ALL_UNITS } from './institutions.ts';
import type { PlannedCase, PlannedHospitalStay, PlannedUnitStay } from './plan-types.ts';
import type { Random } from './random.ts';

/** Share of the langtid waiters who wait in a korttid unit rather than at home. */
const LANGTID_IN_KORTTID_SHARE = 0.25;
/** Korttid beds left for the unit's other, unnamed residents and for circulation. */
const KORTTID_BEDS_KEPT = 3;

export function planUnitStays(random: Random, cases: PlannedCase[], hospitalStays: PlannedHospitalStay[]): PlannedUnitStay[] {
  const stays: PlannedUnitStay[] = [];
  const korttidUnits = ALL_UNITS.filter((u) => u.kind === 'korttid');
  const room = new Map(korttidUnits.map((u) => [u.code, u.staffedBeds - KORTTID_BEDS_KEPT]));
  const take = (unit: string) => { if (room.has(unit)) room.set(unit, room.get(unit)! - 1); return unit; };
  const pickKorttidUnit = () => random.pick(korttidUnits.filter((u) => room.get(u.code)! > 0)).code;

  let movedFromKorttid = false;
  for (const c of cases) {
    const allocation = c.entry?.allocation;
    if (allocation?.status !== 'admitted') continue;
    if (c.queue === 'langtid' && !movedFromKorttid) {
      // One came to the long-term place from a korttid stay that ended the same day.
      movedFromKorttid = true;
      stays.push({ person: c.person, unit: pickKorttidUnit(), fromDate: addDays(allocation.date, -random.int(20, 40)), toDate: allocation.date, endReason: 'flyttet', viaAllocation: false });
    }
    stays.push({ person: c.person, unit: take(allocation.unit), fromDate: allocation.date, toDate: null, endReason: null, viaAllocation: true });
  }

  const inHospital = new Set(hospitalStays.map((s) => s.person));
  const langtidWaiting = cases.filter((c) => c.queue === 'langtid' && c.entry?.status === 'waiting');
  const atHome = random.shuffle(langtidWaiting.filter((c) => !inHospital.has(c.person)));
  for (const c of atHome.slice(0, Math.round(langtidWaiting.length * LANGTID_IN_KORTTID_SHARE))) {
    stays.push({ person: c.person, unit: take(pickKorttidUnit()), fromDate: addDays(c.decisionDate!, -random.int(0, 14)), toDate: null, endReason: null, viaAllocation: false });
  }
  return stays;
}
