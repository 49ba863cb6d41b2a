import { dayIndex, isIsoDate } from './days';
import { SNAPSHOT_LIMITS } from './snapshot-limits';
import { problem, type SnapshotError } from './snapshot-messages';
import { isObject, list, type Raw } from './snapshot-raw';

/**
 * Checks what a schema of single fields cannot: unique ids, references to unknown units,
 * departures before today, `earliestDate` for hospital patients, places per unit in total. Works on untrusted input
 * (skips parts whose shape is wrong; the schema reports those).
 */
export function checkSnapshotReferences(input: unknown): SnapshotError[] {
  if (!isObject(input)) return [];
  const errors: SnapshotError[] = [];
  const unitIds = checkUnits(input, errors);
  list(input.applicants).forEach((a, i) => checkApplicant(a, i, unitIds, errors));
  checkUnique(list(input.applicants), 'applicants', errors);
  return errors;
}

function checkUnits(input: Raw, errors: SnapshotError[]): Set<string> {
  const today = typeof input.today === 'string' && isIsoDate(input.today) ? input.today : undefined;
  const units = list(input.units);
  units.forEach((u, i) => {
    if (isObject(u)) checkPlaces(u, i, errors);
    if (!isObject(u) || today === undefined) return;
    list(u.departures).forEach((d, j) => {
      if (!isObject(d) || typeof d.date !== 'string' || !isIsoDate(d.date)) return;
      if (dayIndex(today, d.date) < 0) {
        errors.push(
          problem(['units', i, 'departures', j, 'date'], `is before today (${today})`, `er før i dag (${today})`),
        );
      }
    });
  });
  return checkUnique(units, 'units', errors);
}

/** freeNow + departures ≤ maxCount: the planner holds every place of a unit in memory. */
function checkPlaces(u: Raw, i: number, errors: SnapshotError[]): void {
  const counts = [u.freeNow, ...list(u.departures).map((d) => (isObject(d) ? d.count : 0))];
  const places = counts.reduce<number>((sum, c) => sum + (typeof c === 'number' && c > 0 ? c : 0), 0);
  const max = SNAPSHOT_LIMITS.maxCount;
  if (places > max) {
    errors.push(problem(['units', i], `offers ${places} places (freeNow and departures); at most ${max}`,
      `gir ${places} plasser (freeNow og departures); høyst ${max}`));
  }
}

function checkUnique(items: unknown[], field: 'units' | 'applicants', errors: SnapshotError[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!isObject(item) || typeof item.id !== 'string') return;
    if (seen.has(item.id)) {
      errors.push(
        problem([field, i, 'id'], `duplicate id "${item.id}"`, `id "${item.id}" er brukt før`),
      );
    }
    seen.add(item.id);
  });
  return seen;
}

function checkApplicant(a: unknown, i: number, unitIds: Set<string>, errors: SnapshotError[]): void {
  if (!isObject(a)) return;
  const at = (...rest: PropertyKey[]) => ['applicants', i, ...rest];
  const unknownUnit = (path: PropertyKey[], v: unknown) => {
    if (typeof v === 'string' && v !== '' && !unitIds.has(v)) {
      errors.push(problem(path, `unknown unit "${v}"`, `ukjent enhet "${v}"`));
    }
  };
  const loc = a.location;
  if (isObject(loc)) {
    if (loc.type === 'unit') unknownUnit(at('location', 'unitId'), loc.unitId);
    if (loc.type === 'hospital' && a.earliestDate !== undefined) {
      errors.push(
        problem(
          at('earliestDate'),
          'is not allowed for hospital patients (their ready day is dischargeReadyDate)',
          'er ikke tillatt for sykehuspasienter (klar-dagen er dischargeReadyDate)',
        ),
      );
    }
  }
  for (const field of ['preferredUnits', 'excludedUnits'] as const) {
    list(a[field]).forEach((v, j) => unknownUnit(at(field, j), v));
  }
}
