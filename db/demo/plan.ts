/** The whole demo municipality as data: the same `today` and settings always give the same plan. */
import { planBookings } from './bookings.ts';
import { planCases } from './cases.ts';
import { planCouple } from './couples.ts';
import { INSTITUTIONS } from './institutions.ts';
import { planUnitStays } from './locations.ts';
import { addDays } from '../dates.ts';
import type { DemoPlan, GuaranteeDays, PlannedUnitStay } from './plan-types.ts';
import { createRandom } from './random.ts';
import { planReports } from './reports.ts';
import { planTaskCases } from './task-cases.ts';

const SEED = 90_000;

export function buildDemoPlan(today: string, guarantee: GuaranteeDays): DemoPlan {
  // One stream per part, so a change in one part leaves the others as they were.
  const { persons, cases, hospitalStays } = planCases(createRandom(SEED + 1), today, guarantee);
  const unitStays = withReviewDates(planUnitStays(createRandom(SEED + 2), cases, hospitalStays), today);
  const reports = planReports(createRandom(SEED + 3), today, cases, unitStays);
  const respite = planBookings(createRandom(SEED + 4), today, persons);
  const everyone = [...persons, ...respite.persons];
  const couple = planCouple(createRandom(SEED + 5), today, guarantee, everyone);
  const latest = reports.filter((r) => r.unit === couple.departure.unit).at(-1)!;
  latest.departures.push({ date: couple.departure.date, count: couple.departure.count, person: null });
  const before = [...everyone, ...couple.persons];
  // Drawn from no stream: the corrections and the patient without a case leave the rest of the demo as it was.
  const tasks = planTaskCases(today, before, [...cases, ...couple.cases]);
  return {
    institutions: INSTITUTIONS, persons: [...before, ...tasks.persons], cases: [...cases, ...couple.cases],
    hospitalStays: [...hospitalStays, ...couple.hospitalStays, ...tasks.hospitalStays], unitStays, reports, bookings: respite.bookings, couples: couple.couples,
  };
}

const KORTTID_UNITS = new Set(INSTITUTIONS.flatMap((i) => i.units.filter((u) => u.kind === 'korttid').map((u) => u.code)));

/**
 * Every open korttid stay has a revurderingsdato, as the app sets at admission: two weeks
 * after it began, or, for those already past that, a date in the coming two weeks (drawn from
 * no stream, so the rest of the demo stays as it was).
 */
function withReviewDates(stays: PlannedUnitStay[], today: string): PlannedUnitStay[] {
  return stays.map((s, i) => {
    if (s.toDate !== null || !KORTTID_UNITS.has(s.unit)) return s;
    const planned = addDays(s.fromDate, 14);
    return { ...s, reviewDate: planned > today ? planned : addDays(today, 2 + (i % 13)) };
  });
}
