/** Place reports: about eight weeks of weekday history per unit, the latest today for most. */
import { addDays, isWeekday, osloInstant } from '../dates.ts';
import { ALL_UNITS, CLOSED_UNIT, type DemoUnit, REPORTED_YESTERDAY, STALE_UNITS } from './institutions.ts';
import type { PlannedCase, PlannedReport, PlannedUnitStay } from './plan-types.ts';
import type { Random } from './random.ts';
import { CLOSED_REASON, REPORT_NOTES } from './texts.ts';

const HISTORY_DAYS = 56;
/** Reports in a row, ending with the latest, in which the closed unit is closed. */
const CLOSED_REPORTS = 3;
/** How many places are free on a report: mostly 0–2, bofellesskap seldom any. */
const FREE_WEIGHTS: Record<DemoUnit['kind'], number[]> = {
  korttid: [0, 0, 0, 0, 1, 1, 1, 2, 2, 3],
  langtid: [0, 0, 0, 0, 0, 0, 1, 1, 1, 2],
  bofellesskap: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1],
};
/** Days of stay on korttid before the expected departure of someone just admitted. */
const KORTTID_STAY_DAYS = 21;

export function planReports(random: Random, today: string, cases: PlannedCase[], stays: PlannedUnitStay[]): PlannedReport[] {
  return ALL_UNITS.flatMap((unit) => {
    const occupants = stays.filter((s) => s.unit === unit.code && s.toDate === null).length;
    const allocations = cases.flatMap((c) => (c.entry?.allocation?.unit === unit.code ? [{ ...c.entry.allocation, person: c.person }] : []));
    const days = reportDays(random, today, unit.code);
    return days.map((day, i): PlannedReport => {
      const latest = i === days.length - 1;
      const closed = unit.code === CLOSED_UNIT && i >= days.length - CLOSED_REPORTS;
      const room = unit.staffedBeds - occupants;
      const reservedNow = latest ? allocations.filter((a) => a.status === 'reserved').length : 0;
      const free = closed ? 0 : Math.min(room, Math.max(random.pick(FREE_WEIGHTS[unit.kind]), reservedNow));
      const reserved = latest ? Math.min(reservedNow, free) : free > 0 && random.chance(0.15) ? 1 : 0;
      const emptyButClosed = closed ? Math.min(room, random.int(1, 2)) : 0;
      const departures = latest && !closed && !(unit.code in STALE_UNITS) ? [
        ...allocations.filter((a) => a.status === 'admitted' && unit.kind === 'korttid')
          .map((a) => ({ date: addDays(a.date, KORTTID_STAY_DAYS), count: 1, person: a.person })),
        ...Array.from({ length: unit.kind === 'korttid' ? random.int(1, 2) : random.chance(0.25) ? 1 : 0 },
          () => ({ date: addDays(today, random.int(1, 20)), count: random.chance(0.15) ? 2 : 1, person: null })),
      ] : [];
      return {
        unit: unit.code,
        reportedAt: osloInstant(day, day === today ? 7 : random.int(7, 10), random.int(0, 59)),
        staffedBeds: unit.staffedBeds,
        occupied: unit.staffedBeds - free - emptyButClosed,
        freeNow: free,
        reserved,
        closedReason: closed ? CLOSED_REASON : null,
        note: random.chance(0.04) ? random.pick(REPORT_NOTES) : null,
        departures,
      };
    });
  });
}

/** Weekdays over the history, a few missed, and always the unit's latest day. */
function reportDays(random: Random, today: string, code: string): string[] {
  const lastOffset = STALE_UNITS[code] ?? (REPORTED_YESTERDAY.includes(code) ? 1 : 0);
  const days: string[] = [];
  for (let offset = HISTORY_DAYS; offset > lastOffset; offset--) {
    const day = addDays(today, -offset);
    if (isWeekday(day) && random.chance(0.92)) days.push(day);
  }
  days.push(addDays(today, -lastOffset));
  return days;
}
