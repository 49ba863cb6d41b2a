import { initialFree } from '../baseline-places';
import { dateOfDay } from '../days';
import { generateSnapshot, type SnapshotSize } from '../generate';
import type { Snapshot } from '../snapshot';

/**
 * A generated v1 snapshot turned into v2 for the baseline's tests, until the generator writes
 * v2 itself: tailDays 14; every langtid or bofellesskap hospital patient may wait in korttid
 * (interim, no tags); skjermet langtid units only for skjermet; every fourth korttid unit has a
 * respite booking of what it can hold on days 3 .. 9; every tenth pair of home patients of one
 * kind without interim become partners.
 */
export function generatedV2(size: SnapshotSize, seed: number): Snapshot {
  const v1 = generateSnapshot(size, seed);
  const snap: Snapshot = { ...structuredClone(v1), format: 'plassplan.snapshot/2', tailDays: 14 };
  snap.units.forEach((u, i) => {
    u.onlyFor = u.kind === 'langtid' && u.tags.includes('skjermet') ? ['skjermet'] : [];
    u.bookings = [];
    if (u.kind !== 'korttid' || i % 4 !== 0) return;
    const free = initialFree(snap, u).slice(3, 10);
    const count = Math.min(1, ...free);
    if (count < 1) return;
    u.bookings.push({ from: dateOfDay(snap.today, 3), to: dateOfDay(snap.today, 10), count });
  });
  for (const a of snap.applicants) {
    if (a.kind !== 'korttid' && a.location.type === 'hospital') a.interim = { requires: [] };
  }
  const home = snap.applicants.filter((a) => a.location.type === 'home' && a.interim === undefined);
  for (let i = 0; i + 1 < home.length; i += 20) {
    const [a, b] = [home[i]!, home[i + 1]!];
    b.kind = a.kind;
    b.requires = [...a.requires];
    delete b.preferredUnits;
    delete b.excludedUnits;
    a.partnerId = b.id;
    b.partnerId = a.id;
  }
  return snap;
}
