import { dateOfDay } from './days';
import type { Applicant, Unit, UnitKind } from './snapshot';

type Rand = () => number;

const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

/**
 * Applicants: a third in hospital (ready from 10 days ago to 14 days ahead), a quarter in a
 * korttid bed waiting for langtid, the rest at home (some with a future earliestDate).
 */
export function makeApplicants(people: number, H: number, rand: Rand, today: string, units: Unit[]): Applicant[] {
  const ofKind = (k: UnitKind) => units.filter((u) => u.kind === k);
  const korttid = ofKind('korttid');
  return Array.from({ length: people }, (_, i) => {
    const r = rand();
    const where = r < 1 / 3 ? 'hospital' : r < 1 / 3 + 1 / 4 && korttid.length > 0 ? 'korttid' : 'home';
    const kind: UnitKind =
      where === 'korttid' ? 'langtid' : pick(rand, where === 'hospital' ? KINDS_HOSPITAL : KINDS_HOME);
    const a: Applicant = {
      id: `P-${String(i + 1).padStart(5, '0')}`,
      kind,
      requires: requires(kind, rand, units),
      priority: where === 'hospital' ? pick(rand, [1, 1, 2] as const) : pick(rand, [1, 2, 2, 3, 3] as const),
      decisionDate: dateOfDay(today, -int(rand, 0, 120)),
      location: { type: 'home' },
    };
    if (where === 'hospital') a.location = { type: 'hospital', dischargeReadyDate: dateOfDay(today, int(rand, -10, 14)) };
    if (where === 'korttid') a.location = { type: 'unit', unitId: pick(rand, korttid).id };
    if (where === 'home' && rand() < 0.2) a.earliestDate = dateOfDay(today, int(rand, 1, Math.min(H - 1, 21)));
    if (kind !== 'korttid' && rand() < 0.7) a.guaranteeDate = dateOfDay(today, int(rand, -20, 60));
    addWishes(a, rand, ofKind(kind));
    return a;
  });
}

const KINDS_HOSPITAL: UnitKind[] = ['korttid', 'korttid', 'korttid', 'korttid', 'korttid', 'korttid', 'langtid', 'langtid', 'bofellesskap'];
const KINDS_HOME: UnitKind[] = ['korttid', 'korttid', 'langtid', 'langtid', 'langtid', 'bofellesskap'];

function requires(kind: UnitKind, rand: Rand, units: Unit[]): string[] {
  if (kind === 'langtid') return rand() < 0.25 ? ['skjermet'] : [];
  if (kind === 'korttid') return rand() < 0.15 ? ['rehabilitering'] : [];
  const tags = [...new Set(units.filter((u) => u.kind === kind).flatMap((u) => u.tags))];
  return tags.length > 0 ? [pick(rand, tags)] : [];
}

function addWishes(a: Applicant, rand: Rand, sameKind: Unit[]): void {
  if (sameKind.length === 0) return;
  if (rand() < 0.2) a.preferredUnits = [...new Set([pick(rand, sameKind).id, pick(rand, sameKind).id])];
  if (rand() < 0.05) {
    const excluded = pick(rand, sameKind).id;
    if (!a.preferredUnits?.includes(excluded)) a.excludedUnits = [excluded];
  }
}
