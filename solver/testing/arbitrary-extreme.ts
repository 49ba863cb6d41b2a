import fc from 'fast-check';
import { SNAPSHOT_LIMITS as L } from '../snapshot-limits';
import type { Applicant, Snapshot, Unit } from '../snapshot';

const date = fc.constantFrom(L.firstDate, '2000-01-02', '2026-11-23', '2100-12-30', L.lastDate);
const big = (max: number) => fc.constantFrom(0, 1, max - 1, max);
const nok = big(L.maxNok);

/** Units whose places are at the limits: freeNow and departures add up to at most maxCount. */
const unitArb = (today: string, i: number) =>
  fc.record({ kind: fc.constantFrom('korttid', 'langtid'), freeNow: big(L.maxCount), deps: fc.array(fc.tuple(date, big(L.maxCount)), { maxLength: 3 }) })
    .map((r): Unit => {
      let left = L.maxCount - r.freeNow;
      const departures = r.deps.filter(([d]) => d >= today).map(([d, c]) => {
        const count = Math.min(c, left);
        left -= count;
        return { date: d, count };
      });
      return { id: `U${i}`, kind: r.kind as Unit['kind'], tags: [], beds: L.maxCount, freeNow: r.freeNow, departures };
    });

const applicantArb = (units: number, i: number) =>
  fc.record({
    kind: fc.constantFrom('korttid', 'langtid'), priority: fc.constantFrom(1, 2, 3), where: fc.constantFrom('home', 'hospital', 'unit'),
    ready: date, unit: fc.nat(units - 1), earliest: fc.option(date), guarantee: fc.option(date), decision: fc.option(date),
  }).map((r): Applicant => {
    const a: Applicant = { id: `P${i}`, kind: r.kind as Applicant['kind'], requires: [], priority: r.priority as 1 | 2 | 3, location: { type: 'home' } };
    if (r.where === 'hospital') a.location = { type: 'hospital', dischargeReadyDate: r.ready };
    else if (r.earliest !== null) a.earliestDate = r.earliest;
    if (r.where === 'unit') a.location = { type: 'unit', unitId: `U${r.unit}` };
    if (r.guarantee !== null) a.guaranteeDate = r.guarantee;
    if (r.decision !== null) a.decisionDate = r.decision;
    return a;
  });

/**
 * Valid snapshots whose values sit at the edges of SNAPSHOT_LIMITS: places per unit up to the
 * limit, dates at the ends of the allowed range (so day indexes of ±36,000), every price 0, 1
 * or the maximum, horizons of 1 or 366 days, turnarounds up to maxCount. Few units and people:
 * the point is the size of the values, not of the snapshot.
 */
export function extremeSnapshotArb(): fc.Arbitrary<Snapshot> {
  return fc
    .record({ today: date, H: fc.constantFrom(1, 2, 366), T: big(L.maxCount), nu: fc.integer({ min: 1, max: 3 }), np: fc.integer({ min: 0, max: 6 }) })
    .chain(({ today, H, T, nu, np }) => fc.record({
      today: fc.constant(today), H: fc.constant(H), T: fc.constant(T),
      units: fc.tuple(...Array.from({ length: nu }, (_, i) => unitArb(today, i))),
      applicants: np === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: np }, (_, i) => applicantArb(nu, i))),
      costs: fc.record({ o: nok, b: nok, l: nok, w1: nok, w2: nok, w3: nok, p: nok }),
    }))
    .map(({ today, H, T, units, applicants, costs: c }) => ({
      format: 'plassplan.snapshot/1',
      today,
      horizonDays: H,
      turnaroundDays: T,
      costs: { overliggerdognNok: c.o, guaranteeBreachNok: c.b, guaranteeLateDayNok: c.l, waitingDayNok: { '1': c.w1, '2': c.w2, '3': c.w3 }, nonPreferredNok: c.p },
      units: [...units],
      applicants: [...applicants],
    }));
}


const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * v2 at the limits: every unit of {@link extremeSnapshotArb} plus bookings holding up to all of
 * freeNow (long and short, from today or a far date), onlyFor on some; turnaround 0 or 14, tailDays
 * 0 or 366; langtid applicants with interim options and a couple (the first two applicants).
 */
export function extremeSnapshotArbV2(): fc.Arbitrary<Snapshot> {
  return fc
    .record({
      base: extremeSnapshotArb(),
      T: fc.constantFrom(0, 14),
      tail: fc.constantFrom(0, 366),
      bookings: fc.array(fc.record({ at: fc.nat(400), length: fc.constantFrom(1, 2, 366, 30_000), share: fc.constantFrom(0.5, 1) }), { maxLength: 3 }),
      onlyFor: fc.boolean(),
      couple: fc.boolean(),
    })
    .map(({ base, T, tail, bookings, onlyFor, couple }): Snapshot => {
      const units = base.units.map((u, i): Unit => {
        const bs = i % 2 === 0 ? bookings : [];
        // together at most freeNow, so the unit can hold them whoever is admitted
        const count = (share: number) => Math.floor((u.freeNow * share) / Math.max(1, bs.length));
        const held = bs.map((b) => ({ from: addDays(base.today, b.at), to: addDays(base.today, b.at + b.length), count: count(b.share) }));
        return { ...u, tags: onlyFor && i === 0 ? ['s'] : [], onlyFor: onlyFor && i === 0 ? ['s'] : [], bookings: held.filter((b) => b.count >= 1 && b.to <= L.lastDate) };
      });
      const applicants = base.applicants.map((a): Applicant => (a.kind === 'langtid' && a.location.type !== 'unit' ? { ...a, interim: { requires: [] } } : { ...a }));
      const [p, q] = applicants;
      if (couple && p && q) {
        for (const x of [p, q]) delete x.interim;
        q.kind = p.kind;
        [p.partnerId, q.partnerId] = [q.id, p.id];
      }
      return { ...base, format: 'plassplan.snapshot/2', turnaroundDays: T, tailDays: tail, units, applicants };
    });
}
